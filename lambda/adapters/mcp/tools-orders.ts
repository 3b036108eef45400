/**
 * The shopper's orders: where one is and when it should arrive, the recent ones, and cancelling
 * within the store's window (stock goes back). Always scoped to the token's customer: another
 * customer's order id is answered as not found.
 */
import * as z from 'zod';
import type { Order, OrderStatus } from '../../domain/model';
import type { Tracking } from '../../domain/tracking-service';
import type { Phrasing } from './phrasing';
import { defineTool, READ_ONLY } from './tool-kit';
import { orderView } from './views';

/** How many orders list_orders returns. */
export const LISTED_ORDERS = 10;

const orderIdSchema = z
  .string()
  .trim()
  .min(1, { error: 'give the order number' })
  .max(64, { error: 'an order number is at most 64 characters' })
  .describe('The order number, as place_order or list_orders gave it');

const STATUS_WORDS: Record<OrderStatus, string> = {
  placed: 'has been placed',
  confirmed: 'is confirmed',
  packed: 'is packed',
  shipped: 'has shipped',
  out_for_delivery: 'is out for delivery',
  delivered: 'was delivered',
  cancelled: 'was cancelled',
  returned: 'was returned',
};

function spokenTracking(tracking: Tracking, say: Phrasing): string {
  const lead = `Order ${tracking.orderId} ${STATUS_WORDS[tracking.status]}.`;
  if (['delivered', 'cancelled', 'returned'].includes(tracking.status)) return lead;
  const day = say.day(tracking.expectedDate);
  return tracking.late
    ? `${lead} It was expected ${day} and is running late.`
    : `${lead} It is expected ${day}.`;
}

/** order_status: one order, or the latest, with its expected day and whether it can be cancelled. */
export const orderStatus = defineTool({
  name: 'order_status',
  title: 'Where is my order',
  description:
    "Where an order is and when it should arrive; the shopper's latest order when no order number is given. " +
    'Says whether it can still be cancelled, and for how many minutes.',
  input: z.object({ orderId: orderIdSchema.optional() }),
  hints: READ_ONLY,
  personal: true,
  async run({ orderId }, call) {
    const order = await call.services.orders.find(call.customerId, orderId);
    const [tracking, cancel] = await Promise.all([
      call.services.tracking.describe(order),
      call.services.orders.cancellability(order),
    ]);
    return {
      data: {
        order: orderView(order, call.say),
        late: tracking.late,
        cancellable: cancel.ok,
        ...(cancel.ok ? { cancellableForMinutes: cancel.minutesLeft } : {}),
      },
      text: spokenTracking(tracking, call.say),
    };
  },
});

function summary(order: Order, say: Phrasing) {
  return {
    orderId: order.orderId,
    status: order.status,
    placedAt: order.placedAt,
    itemCount: order.quote.lines.reduce((n, l) => n + l.quantity, 0),
    total: say.money(order.quote.total),
    expectedDate: order.quote.delivery.expectedDate,
  };
}

/** list_orders: the recent orders, newest first. */
export const listOrders = defineTool({
  name: 'list_orders',
  title: 'Recent orders',
  description: `The shopper's ${LISTED_ORDERS} most recent orders, newest first: number, status, item count, total.`,
  input: z.object({}),
  hints: READ_ONLY,
  personal: true,
  async run(_args, call) {
    const orders = await call.services.orders.recent(call.customerId, LISTED_ORDERS);
    const data = { orders: orders.map((o) => summary(o, call.say)) };
    if (orders.length === 0) return { data, text: 'This account has no orders yet.' };
    const named = orders
      .slice(0, 3)
      .map(
        (o) =>
          `order ${o.orderId}, ${call.say.money(o.quote.total).formatted}, ${o.status.replaceAll('_', ' ')}`,
      );
    const lead = `${call.say.count(orders.length, 'recent order', 'recent orders')}`;
    return { data, text: `${lead}: ${named.join('; ')}.` };
  },
});

/** cancel_order: cancels within the window; refused with the reason otherwise. */
export const cancelOrder = defineTool({
  name: 'cancel_order',
  title: 'Cancel an order',
  description:
    "Cancels one of the shopper's orders while the store still allows it (the items go back on the shelf and " +
    'nothing is charged). Ask the shopper to confirm first. Refused, with the reason, once it has shipped or ' +
    'the cancel window has passed.',
  input: z.object({ orderId: orderIdSchema }),
  hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  personal: true,
  async run({ orderId }, call) {
    const order = await call.services.orders.cancel(call.customerId, orderId);
    return {
      data: { order: orderView(order, call.say) },
      text: `Order ${order.orderId} is cancelled; nothing will be charged for it.`,
    };
  },
});
