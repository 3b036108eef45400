/**
 * Turns a DynamoDB stream record into the order event the merchant receives, or nothing: an order
 * item inserted is `order.placed`, an order item whose status changed is `order.status_changed`;
 * every other item and change (an erased customer's order moved under a pseudonym included) is not
 * an order event. The stored order is read with the same
 * mapper the repository uses, and only business fields are sent: no names or addresses.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Order } from '../../domain/model';
import { ENTITY } from '../dynamodb/keys';
import { itemToOrder } from '../dynamodb/order-item';

/** The kinds of order event. */
export type OrderEventType = 'order.placed' | 'order.status_changed' | 'order.amended';

/** The JSON body of an order event (amounts in minor units with their currency). */
export interface OrderEvent {
  readonly id: string;
  readonly type: OrderEventType;
  readonly occurredAt: string;
  readonly order: {
    readonly orderId: string;
    readonly customerId: string;
    readonly status: string;
    readonly previousStatus?: string;
    readonly statusChangedAt?: string;
    readonly placedAt: string;
    readonly currency: string;
    readonly totals: Pick<Order['quote'], 'subtotal' | 'tax' | 'total'> & {
      readonly delivery: Order['quote']['delivery']['price'];
    };
    readonly fees: Order['quote']['fees'];
    readonly delivery: Order['quote']['delivery'];
    readonly lines: Order['quote']['lines'];
    readonly payment: { readonly method: string; readonly status: string };
    /** Lines added after placing, each with what it added to the total and its own payment. */
    readonly amendments?: readonly {
      readonly at: string;
      readonly lines: Order['quote']['lines'];
      readonly difference: Order['quote']['total'];
      readonly payment: { readonly method: string; readonly status: string };
    }[];
  };
}

type Image = Record<string, AttributeValue>;

function read(image: unknown): Record<string, unknown> | undefined {
  return image ? unmarshall(image as Image) : undefined;
}

function body(
  order: Order,
  id: string,
  type: OrderEventType,
  occurredAt: string,
  previous?: string,
): OrderEvent {
  const { quote } = order;
  const lastChange = order.history.at(-1);
  return {
    id,
    type,
    occurredAt,
    order: {
      orderId: order.orderId,
      customerId: order.customerId,
      status: order.status,
      ...(previous ? { previousStatus: previous } : {}),
      ...(lastChange ? { statusChangedAt: lastChange.at } : {}),
      placedAt: order.placedAt,
      currency: quote.currency,
      totals: {
        subtotal: quote.subtotal,
        delivery: quote.delivery.price,
        tax: quote.tax,
        total: quote.total,
      },
      fees: quote.fees.map(({ id: feeId, name, amount }) => ({ id: feeId, name, amount })),
      delivery: {
        optionId: quote.delivery.optionId,
        name: quote.delivery.name,
        price: quote.delivery.price,
        expectedDate: quote.delivery.expectedDate,
      },
      lines: quote.lines.map(({ sku, name, quantity, unitPrice, lineTotal }) => ({
        sku,
        name,
        quantity,
        unitPrice,
        lineTotal,
      })),
      payment: { method: order.payment.method, status: order.payment.status },
      ...(order.amendments
        ? {
            amendments: order.amendments.map((a) => ({
              at: a.at,
              lines: a.lines,
              difference: a.difference,
              payment: { method: a.payment.method, status: a.payment.status },
            })),
          }
        : {}),
    },
  };
}

/** How many additions a stored order item holds. */
function additions(item: Record<string, unknown> | undefined): number {
  return Array.isArray(item?.amendments) ? item.amendments.length : 0;
}

/**
 * The order event a record carries, or undefined when it carries none. Throws (CorruptItemError)
 * when an order item does not have an order's shape: that record must not be dropped silently.
 */
export function toOrderEvent(record: DynamoDBRecord): OrderEvent | undefined {
  if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') return undefined;
  const item = read(record.dynamodb?.NewImage);
  if (!item || item.type !== ENTITY.order) return undefined;
  // An erased customer's order moved under a pseudonym is the same order, not a new one.
  if (item.erasedAt !== undefined) return undefined;
  const previous = read(record.dynamodb?.OldImage);
  const amended = record.eventName === 'MODIFY' && additions(item) > additions(previous);
  if (record.eventName === 'MODIFY' && previous?.status === item.status && !amended) return undefined;
  const order = itemToOrder(item);
  const id = record.eventID ?? `${order.orderId}:${order.status}`;
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  const occurredAt = new Date(seconds ? seconds * 1000 : Date.now()).toISOString();
  if (record.eventName === 'INSERT') return body(order, id, 'order.placed', occurredAt);
  if (amended) return body(order, id, 'order.amended', occurredAt);
  return body(
    order,
    id,
    'order.status_changed',
    occurredAt,
    typeof previous?.status === 'string' ? previous.status : undefined,
  );
}
