/**
 * The stored forms of an order (under its customer, sorted by time, findable by id through gsi1)
 * and of the idempotency record that points at the order placed under a key.
 */
import * as z from 'zod';
import type { Order } from '../../domain/model';
import { moneySchema } from './cart-item';
import { parseStoredItem } from './dynamo-errors';
import { ENTITY, idempotencyKey, orderByIdIndexKey, orderKey } from './keys';
import { ORDER_STATUSES } from '../../domain/order-status';

const statusSchema = z.enum(ORDER_STATUSES);

const orderLineSchema = z.object({
  sku: z.string().min(1),
  name: z.string(),
  quantity: z.number().int().positive(),
  unitPrice: moneySchema,
  lineTotal: moneySchema,
});

const orderItemSchema = z
  .object({
    type: z.literal(ENTITY.order),
    orderId: z.string().min(1),
    customerId: z.string().min(1),
    placedAt: z.string().min(1),
    status: statusSchema,
    history: z.array(
      z.object({ status: statusSchema, at: z.string(), by: z.enum(['shopper', 'store']).optional() }),
    ),
    quote: z.object({
      currency: z.string(),
      lines: z.array(orderLineSchema),
      subtotal: moneySchema,
      delivery: z.object({
        optionId: z.string(),
        name: z.string(),
        price: moneySchema,
        expectedDate: z.string(),
        window: z.object({ from: z.string(), to: z.string() }).optional(),
      }),
      fees: z.array(z.object({ id: z.string(), name: z.string(), amount: moneySchema })),
      tax: moneySchema,
      total: moneySchema,
    }),
    payment: z.object({
      method: z.enum(['pay_on_delivery', 'merchant_webhook']),
      reference: z.string(),
      status: z.enum(['due_on_delivery', 'authorized']),
    }),
    idempotencyKey: z.string().min(1),
    version: z.number().int().nonnegative(),
  })
  // The entity type is how the item is stored, not part of the domain object.
  .transform(({ type: _type, ...value }) => value);

/** The stored item of an order, with its gsi1 keys so it can be found by id. */
export function orderToItem(order: Order): Record<string, unknown> {
  const { orderId, customerId, placedAt, status, history, quote, payment, version } = order;
  return {
    ...orderKey(customerId, placedAt, orderId),
    ...orderByIdIndexKey(orderId),
    type: ENTITY.order,
    orderId,
    customerId,
    placedAt,
    status,
    history,
    quote,
    payment,
    idempotencyKey: order.idempotencyKey,
    version,
  };
}

/** The order a stored item holds; throws CorruptItemError when the item is not a valid order. */
export function itemToOrder(item: Record<string, unknown>): Order {
  return parseStoredItem(orderItemSchema, ENTITY.order, item);
}

/** What an idempotency record says: which order was placed under the key, and by which call. */
export interface IdempotencyRecord {
  readonly customerId: string;
  readonly orderId: string;
  /** The order's sort key, so the order is one GetItem away. */
  readonly orderSk: string;
  /** Epoch seconds after which the record no longer counts (TTL deletes it some time later). */
  readonly expiresAt: number;
  /** The place() call that wrote it, to tell our own retried write from someone else's. */
  readonly callId: string;
}

const idempotencyItemSchema = z.object({
  type: z.literal(ENTITY.idempotency),
  customerId: z.string().min(1),
  orderId: z.string().min(1),
  orderSk: z.string().min(1),
  expiresAt: z.number().int(),
  callId: z.string(),
});

/** The stored idempotency record for an order placed under `key`. */
export function idempotencyToItem(
  key: string,
  order: Order,
  expiresAt: number,
  callId: string,
): Record<string, unknown> {
  return {
    ...idempotencyKey(key),
    type: ENTITY.idempotency,
    customerId: order.customerId,
    orderId: order.orderId,
    orderSk: orderKey(order.customerId, order.placedAt, order.orderId).sk,
    expiresAt,
    callId,
  };
}

/** The record a stored item holds; throws CorruptItemError when it is not a valid record. */
export function itemToIdempotency(item: Record<string, unknown>): IdempotencyRecord {
  return parseStoredItem(idempotencyItemSchema, ENTITY.idempotency, item);
}
