/**
 * The merchant API (`/api/...`, IAM-authorized at API Gateway in AWS; behind the dev secret
 * locally): move orders along their states, read them, see, claim and close handoff requests, answer
 * return requests, export or
 * erase a shopper's data, read and replace store settings, and set stock. Requests and answers are
 * JSON; money is in minor units.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import type { CatalogService } from '../../domain/catalog-service';
import type { DataRightsService } from '../../domain/data-rights-service';
import type { OrderService } from '../../domain/order-service';
import type { Clock, HandoffQueue, Logger } from '../../domain/ports';
import type { ReturnService } from '../../domain/return-service';
import type { StoreService } from '../../domain/store-service';
import { settingsDocumentSchema, settingsFromDocument } from '../store-settings/settings-document';
import { errorResponse, HttpError, json, parseBody, validated, type Route } from './http';
import { ticketRoutes } from './ticket-routes';
import { ORDER_STATUSES } from '../../domain/order-status';

/** What the merchant API works on. */
export interface MerchantApiDependencies {
  readonly orders: OrderService;
  readonly catalog: CatalogService;
  readonly store: StoreService;
  readonly handoffQueue: HandoffQueue;
  /** Return requests: the merchant's answer to each. */
  readonly returns: Pick<ReturnService, 'setStatus' | 'list'>;
  readonly dataRights: Pick<DataRightsService, 'export' | 'erase'>;
  readonly clock: Clock;
  readonly logger: Logger;
}

const statusBody = z.object({ status: z.enum(ORDER_STATUSES) });
const stockBody = z.object({ stock: z.number().int().min(0) });
const id = /^[A-Za-z0-9._@+:\-/]{1,200}$/;

type Result = APIGatewayProxyStructuredResultV2;

/** Reading an order and moving it along its states. */
function orderRoutes(deps: MerchantApiDependencies): Route[] {
  return [
    [
      'GET',
      /^\/api\/orders\/([^/]+)\/([^/]+)$/,
      async ([customer, order]) => json(200, await deps.orders.get(customer!, order!)),
    ],
    [
      'POST',
      /^\/api\/orders\/([^/]+)\/([^/]+)\/status$/,
      async ([customer, order], event) => {
        const { status } = validated(statusBody, parseBody(event.body, event.isBase64Encoded));
        return json(200, await deps.orders.updateStatus(customer!, order!, status));
      },
    ],
  ];
}

/** The shoppers who asked for a person, and closing their requests. */
function handoffRoutes(deps: MerchantApiDependencies): Route[] {
  return [
    [
      'GET',
      /^\/api\/handoffs$/,
      async (_, event) => {
        const limit = Math.min(100, Math.max(1, Number(event.queryStringParameters?.limit ?? 25) || 25));
        return json(200, { handoffs: await deps.handoffQueue.listOpen(limit) });
      },
    ],
    [
      'POST',
      /^\/api\/handoffs\/([^/]+)\/close$/,
      async ([ticket]) => {
        const closed = await deps.handoffQueue.closeTicket(ticket!, deps.clock.now().toISOString());
        if (!closed) throw new HttpError(404, 'NOT_FOUND', `No open handoff request ${ticket}.`);
        return json(200, { ticketId: ticket, status: 'closed' });
      },
    ],
  ];
}

/** A shopper's data rights: everything kept about them, and its erasure (orders kept, pseudonymised). */
function dataRightsRoutes(deps: MerchantApiDependencies): Route[] {
  return [
    [
      'GET',
      /^\/api\/customers\/([^/]+)\/data$/,
      async ([customer]) => json(200, await deps.dataRights.export(customer!)),
    ],
    [
      'DELETE',
      /^\/api\/customers\/([^/]+)\/data$/,
      async ([customer]) => json(200, await deps.dataRights.erase(customer!)),
    ],
  ];
}

/** The store settings, and a product with its stock. */
function storeRoutes(deps: MerchantApiDependencies): Route[] {
  return [
    ['GET', /^\/api\/settings$/, async () => json(200, await deps.store.settings())],
    [
      'PUT',
      /^\/api\/settings$/,
      async (_, event) => {
        const document = validated(settingsDocumentSchema, parseBody(event.body, event.isBase64Encoded));
        const settings = settingsFromDocument(document);
        await deps.store.save(settings);
        return json(200, settings);
      },
    ],
    ['GET', /^\/api\/products\/([^/]+)$/, async ([sku]) => json(200, await deps.catalog.get(sku!))],
    [
      'PUT',
      /^\/api\/products\/([^/]+)\/stock$/,
      async ([sku], event) => {
        const { stock } = validated(stockBody, parseBody(event.body, event.isBase64Encoded));
        await deps.catalog.setStock(sku!, stock);
        return json(200, await deps.catalog.get(sku!));
      },
    ],
  ];
}

/** Answers a request with the route for its path and method: 404, 405 or 400 when there is none. */
function dispatch(routes: readonly Route[], event: APIGatewayProxyEventV2, method: string): Promise<Result> {
  const path = (event.rawPath ?? '').replace(/\/+$/, '');
  const matches = routes.filter(([, pattern]) => pattern.test(path));
  if (matches.length === 0) throw new HttpError(404, 'NOT_FOUND', `No such resource: ${path}.`);
  const route = matches.find(([m]) => m === method);
  if (!route) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `Use ${matches.map(([m]) => m).join(' or ')}.`);
  const params = route[1].exec(path)!.slice(1).map(decodeURIComponent);
  if (!params.every((p) => id.test(p)))
    throw new HttpError(400, 'BAD_REQUEST', 'An identifier in the path is malformed.');
  return route[2](params, event);
}

/** Builds the API's request handler. */
export function buildMerchantApi(
  deps: MerchantApiDependencies,
): (event: APIGatewayProxyEventV2) => Promise<Result> {
  const routes = [
    ...orderRoutes(deps),
    ...handoffRoutes(deps),
    ...ticketRoutes(deps),
    ...dataRightsRoutes(deps),
    ...storeRoutes(deps),
  ];
  return async (event) => {
    const method = event.requestContext?.http?.method ?? 'GET';
    try {
      return await dispatch(routes, event, method);
    } catch (error) {
      const response = errorResponse(error);
      if (response.statusCode === 500) deps.logger.error('merchant_api.failed', { method, error });
      return response;
    }
  };
}
