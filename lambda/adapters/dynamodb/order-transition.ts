/**
 * Moving an order to a new status in one transaction, guarded by the version and status it was read
 * at, optionally putting its lines back into stock (a cancelled order's goods can be sold again).
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Order, OrderStatus } from '../../domain/model';
import { ConcurrencyConflict, type TransitionOptions } from '../../domain/ports';
import {
  cancellationReasons,
  isConditionFailure,
  isRetryableContention,
  isTransactionCanceled,
} from './dynamo-errors';
import { quantitiesBySku, transitionTransaction } from './order-transaction';

/**
 * Writes the transition and returns the order as stored after it. A lost race (another writer moved
 * the order first, or held it) throws ConcurrencyConflict. A product that no longer exists is left
 * out of the restock rather than blocking the transition forever.
 */
export async function transitionOrder(
  doc: DynamoDBDocumentClient,
  tableName: string,
  order: Order,
  to: OrderStatus,
  at: string,
  options: TransitionOptions,
): Promise<Order> {
  const change = { status: to, at, ...(options.by ? { by: options.by } : {}) };
  const quantities = options.restock ? quantitiesBySku(order.quote.lines) : new Map<string, number>();
  for (;;) {
    try {
      await doc.send(
        new TransactWriteCommand({
          TransactItems: transitionTransaction(tableName, order, change, quantities),
        }),
      );
      return {
        ...order,
        status: to,
        history: [...order.history, change],
        version: order.version + 1,
      };
    } catch (error) {
      if (!isTransactionCanceled(error)) {
        if (isRetryableContention(error)) throw new ConcurrencyConflict(`order ${order.orderId}`);
        throw error;
      }
      const reasons = cancellationReasons(error);
      if (isConditionFailure(reasons[0]) || isRetryableContention(error)) {
        throw new ConcurrencyConflict(`order ${order.orderId}`);
      }
      const skus = [...quantities.keys()];
      const missing = skus.filter((_, index) => isConditionFailure(reasons[index + 1]));
      if (missing.length === 0) throw error;
      for (const sku of missing) quantities.delete(sku);
    }
  }
}
