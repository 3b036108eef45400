/**
 * The services for changing an order after it was placed: additions to placed orders and returns of
 * delivered lines, on their DynamoDB repositories, wired from the services they build on.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoOrderAmendRepository } from './adapters/dynamodb/order-amend-repository';
import { DynamoReturnRepository } from './adapters/dynamodb/return-repository';
import { AmendService, type AmendDependencies } from './domain/amend-service';
import type { IdGenerator } from './domain/ports';
import { ReturnService } from './domain/return-service';

/** Additions to placed orders, and returns and refunds of delivered lines. */
export interface OrderChangeServices {
  readonly amend: AmendService;
  readonly returns: ReturnService;
}

/** What they run on besides the services they build on. */
export interface OrderChangeRuntime {
  readonly doc: DynamoDBDocumentClient;
  readonly config: { readonly tableName: string };
  readonly payments: AmendDependencies['payments'];
  readonly ids: IdGenerator;
  readonly clock: AmendDependencies['clock'];
}

/** Builds them on the table. */
export function buildOrderChanges(
  runtime: OrderChangeRuntime,
  services: Pick<AmendDependencies, 'orders' | 'catalog' | 'store' | 'customers'>,
): OrderChangeServices {
  const { doc, payments, ids, clock } = runtime;
  const tableName = runtime.config.tableName;
  const deps = { ...services, payments, clock };
  const returns = new DynamoReturnRepository(doc, tableName);
  return {
    amend: new AmendService({ ...deps, amendments: new DynamoOrderAmendRepository(doc, tableName) }),
    returns: new ReturnService(returns, deps.orders, deps.catalog, deps.store, ids, clock),
  };
}
