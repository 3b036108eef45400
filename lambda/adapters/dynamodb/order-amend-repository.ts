/**
 * Additions to placed orders on DynamoDB: one transaction takes each added product's stock (never
 * below zero), replaces the order only while it is at the version and in a status it was read at,
 * and checks the purchase guard on the profile. A cancelled transaction is explained from its
 * reasons, in that order of roles.
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AmendOrderCommand, AmendOrderResult, OrderAmendRepository } from '../../domain/amend-port';
import {
  cancellationReasons,
  isConditionFailure,
  isRetryableContention,
  isTransactionCanceled,
} from './dynamo-errors';
import { orderKey, productKey } from './keys';
import { orderToItem } from './order-item';
import { checkPurchaseGuard, type TransactItem } from './order-transaction';

/** OrderAmendRepository on one DynamoDB table. */
export class DynamoOrderAmendRepository implements OrderAmendRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Writes the addition, or says why not (see AmendOrderResult). */
  async amend(command: AmendOrderCommand): Promise<AmendOrderResult> {
    const skus = [...command.added.keys()];
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: this.items(command) }));
      return { kind: 'amended', order: command.order };
    } catch (error) {
      if (!isTransactionCanceled(error)) {
        if (isRetryableContention(error)) return { kind: 'order_changed' };
        throw error;
      }
      const reasons = cancellationReasons(error);
      if (isConditionFailure(reasons[skus.length])) return { kind: 'order_changed' };
      if (isConditionFailure(reasons[skus.length + 1])) return { kind: 'purchase_refused' };
      const sku = skus.find((_, index) => isConditionFailure(reasons[index]));
      if (sku) return { kind: 'out_of_stock', sku };
      // Contention on one of the items: the caller reads the order again.
      return { kind: 'order_changed' };
    }
  }

  private items(command: AmendOrderCommand): TransactItem[] {
    const { order } = command;
    const stock: TransactItem[] = [...command.added].map(([sku, quantity]) => ({
      Update: {
        TableName: this.tableName,
        Key: productKey(sku),
        // Only sell what is there: the write fails, and nothing is added, if stock would go below zero.
        ConditionExpression: 'attribute_exists(pk) AND stock >= :qty',
        UpdateExpression: 'SET stock = stock - :qty, version = version + :one',
        ExpressionAttributeValues: { ':qty': quantity, ':one': 1 },
      },
    }));
    const key = orderKey(order.customerId, order.placedAt, order.orderId);
    return [
      ...stock,
      {
        Put: {
          TableName: this.tableName,
          Item: orderToItem(order),
          // Only the order as read, still before packing: a status change or another addition wins.
          ConditionExpression: 'pk = :pk AND version = :read AND (#status = :placed OR #status = :confirmed)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pk': key.pk,
            ':read': command.readVersion,
            ':placed': 'placed',
            ':confirmed': 'confirmed',
          },
        },
      },
      checkPurchaseGuard(this.tableName, order.customerId, command.purchaseGuard),
    ];
  }
}
