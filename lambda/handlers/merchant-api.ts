/** Lambda entry of the merchant API (HTTP API, payload 2.0): wiring only. */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { buildMerchantApi } from '../adapters/merchant-api/merchant-api';
import { buildServices } from '../composition-root';
import { readConfig } from '../config';

const api = buildMerchantApi(buildServices(readConfig(process.env)));

/** Answers one merchant API request. */
export const handler = async (event: APIGatewayProxyEventV2, _context?: Context) => api(event);
