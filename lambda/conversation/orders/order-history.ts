/**
 * Orders told together: every open order briefly (the count first, the newest three), the last
 * order's contents, the last few orders. One query of the customer's recent orders each.
 */
import { localTime } from '../../domain/delivery';
import { DomainError } from '../../domain/errors';
import type { Order } from '../../domain/model';
import { home } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { sentences, shorten, NAME_LENGTH } from '../speech/phrase';
import { requireLinked, type TurnContext } from '../turn-context';
import { loadedOrderStatusAnswer } from './order-answers';

/** How many orders are named at most; the count says how many there are in all. */
const NAMED = 3;
/** How far back open orders are looked for. */
const RECENT = 20;
const CLOSED: readonly string[] = ['delivered', 'cancelled', 'returned'];

async function recentOrders(ctx: TurnContext, limit: number): Promise<Order[]> {
  requireLinked(ctx);
  const orders = await ctx.deps.orders.recent(ctx.customer.id, limit);
  if (orders.length === 0) throw new DomainError('ORDER_NOT_FOUND', 'no orders yet', {});
  return orders;
}

/** The store-local day an order was placed, said relative to today. */
function placedWhen(ctx: TurnContext, order: Order): string {
  const day = localTime(new Date(order.placedAt), ctx.settings.timeZone).date;
  return ctx.locale.phrasing.date(day, ctx.today);
}

const itemCount = (order: Order): number => order.quote.lines.reduce((sum, line) => sum + line.quantity, 0);

/**
 * "Where's my order" without a number: one open order (or none open: the latest) as before; more
 * than one, each briefly, newest first, the count first.
 */
export async function openOrdersAnswer(ctx: TurnContext): Promise<Answer> {
  const orders = await recentOrders(ctx, RECENT);
  const open = orders.filter((order) => !CLOSED.includes(order.status));
  if (open.length <= 1) return loadedOrderStatusAnswer(ctx, (open[0] ?? orders[0])!);
  const { notify, phrasing } = ctx.locale;
  const told = await Promise.all(
    open.slice(0, NAMED).map(async (order) => {
      const tracking = await ctx.deps.tracking.describe(order);
      const when = phrasing.date(tracking.expectedDate, ctx.today);
      const values = { orderId: order.orderId, status: order.status, when };
      return tracking.late ? notify.openOrderLate(values) : notify.openOrder(values);
    }),
  );
  const count =
    open.length > NAMED
      ? notify.openCountNewest({ count: open.length })
      : notify.openCount({ count: open.length });
  return ask(sentences(count, ...told), notify.openReprompt(), home(ctx.state));
}

/** "What did I order last time": the latest order's items (the first three named) and total. */
export async function lastOrderAnswer(ctx: TurnContext): Promise<Answer> {
  const [order] = await recentOrders(ctx, 1);
  const { notify, phrasing, cart } = ctx.locale;
  const lines = order!.quote.lines;
  const named = lines
    .slice(0, NAMED)
    .map((line) => phrasing.quantityOf(line.quantity, shorten(line.name, NAME_LENGTH)));
  const more = lines.length > NAMED ? [cart.moreLines({ more: lines.length - NAMED })] : [];
  const speech = notify.lastOrder({
    when: placedWhen(ctx, order!),
    count: itemCount(order!),
    items: phrasing.list([...named, ...more], 'and'),
    total: order!.quote.total,
  });
  return ask(speech, notify.lastOrderReprompt(), home(ctx.state));
}

/** "My last three orders": each briefly, newest first (when, how many items, total, status). */
export async function recentOrdersAnswer(ctx: TurnContext): Promise<Answer> {
  const orders = await recentOrders(ctx, NAMED);
  const { notify } = ctx.locale;
  const told = orders.map((order) =>
    notify.recentOrder({
      orderId: order.orderId,
      when: placedWhen(ctx, order),
      count: itemCount(order),
      total: order.quote.total,
      status: order.status,
    }),
  );
  return ask(
    sentences(notify.recentCount({ count: orders.length }), ...told),
    notify.openReprompt(),
    home(ctx.state),
  );
}
