/**
 * A new order as it is written when placed: status, history, quote and the payment record.
 */
import type { Order, Quote } from './model';
import type { Approved } from './order-payment';

/** The order as placed now, paid (or due on delivery) under the given authorization. */
export function newOrder(
  customerId: string,
  orderId: string,
  key: string,
  quote: Quote,
  payment: Approved,
  now: Date,
): Order {
  const placedAt = now.toISOString();
  return {
    orderId,
    customerId,
    placedAt,
    status: 'placed',
    history: [{ status: 'placed', at: placedAt }],
    quote,
    payment: {
      method: payment.method,
      reference: payment.reference,
      status: payment.dueOnDelivery ? 'due_on_delivery' : 'authorized',
    },
    idempotencyKey: key,
    version: 1,
  };
}
