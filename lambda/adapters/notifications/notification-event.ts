/**
 * Which order changes become notifications: a status the Proactive Events schema has (confirmed,
 * packed, shipped, out for delivery, delivered), and a cancellation by the store (a message, and
 * a notice told on the next launch). A shopper's own cancellation and `placed` are told in the
 * conversation itself. The queued event names the customer and the order, nothing of its items.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { OrderStatus } from '../../domain/model';
import { ENTITY } from '../dynamodb/keys';
import { itemToOrder } from '../dynamodb/order-item';
import type { QueuedEvent } from '../webhooks/event-queue';
import { proactiveStatusOf } from './proactive-event';

/** The queued event type of an order notification. */
export const ORDER_NOTIFICATION = 'notification.order_status';

/** What an order notification carries. */
export interface OrderNotification {
  readonly customerId: string;
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly byStore: boolean;
  /** The expected arrival day (YYYY-MM-DD). */
  readonly expectedDate: string;
  readonly occurredAt: string;
}

/** The notification a stream record calls for, as a queued event, or undefined. */
export function toNotificationEvent(record: DynamoDBRecord): QueuedEvent | undefined {
  if (record.eventName !== 'MODIFY') return undefined;
  const image = record.dynamodb?.NewImage;
  const before = record.dynamodb?.OldImage;
  if (!image || !before) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.type !== ENTITY.order || item.erasedAt !== undefined) return undefined;
  if (unmarshall(before as Record<string, AttributeValue>).status === item.status) return undefined;
  const order = itemToOrder(item);
  const byStore = order.status === 'cancelled' && order.history.at(-1)?.by === 'store';
  if (!proactiveStatusOf(order.status) && !byStore) return undefined;
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  const notification: OrderNotification = {
    customerId: order.customerId,
    orderId: order.orderId,
    status: order.status,
    byStore,
    expectedDate: order.quote.delivery.expectedDate,
    occurredAt: new Date(seconds ? seconds * 1000 : Date.now()).toISOString(),
  };
  return {
    id: `${record.eventID ?? `${order.orderId}:${order.status}`}:notify`,
    group: order.orderId,
    type: ORDER_NOTIFICATION,
    body: JSON.stringify(notification),
  };
}
