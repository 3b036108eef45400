/**
 * The Google function's entry: wiring only (platforms/google.ts), built once per container at cold
 * start.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { handleHttpEvent } from '../adapters/google/http-event';
import { buildServices } from '../composition-root';
import { readConfig } from '../config';
import { wireGoogleAction } from '../platforms/google';

const config = readConfig(process.env);
const action = wireGoogleAction(config, buildServices(config));

/** One HTTP API (payload 2.0) request in, one response out. */
export const handler = async (event: APIGatewayProxyEventV2) => handleHttpEvent(action, event);
