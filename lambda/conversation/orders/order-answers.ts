/**
 * The order in focus, said: its status and when it is expected, what is in it, and what it came to.
 * Each answer keeps the order in focus, so "cancel it" or "when will it arrive" next means it.
 */
import type { Order } from '../../domain/model';
import type { Tracking } from '../../domain/tracking-service';
import { awaiting, orderFocused } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { sentences, shorten, NAME_LENGTH } from '../speech/phrase';
import { requireLinked, type TurnContext } from '../turn-context';
import { deliveryWhen } from '../checkout/delivery-when';

/** How many lines of an order are named; the count says how many there are in all. */
const NAMED_LINES = 3;

/** The order's status and when it is expected (or that it is late), then "Anything else?". */
export async function orderStatusAnswer(ctx: TurnContext, orderId?: string): Promise<Answer> {
  requireLinked(ctx);
  return trackingAnswer(ctx, await ctx.deps.tracking.track(ctx.customer.id, orderId));
}

/** The status answer of an order already read. */
export async function loadedOrderStatusAnswer(ctx: TurnContext, order: Order): Promise<Answer> {
  return trackingAnswer(ctx, await ctx.deps.tracking.describe(order));
}

function trackingAnswer(ctx: TurnContext, tracking: Tracking): Answer {
  const { orders, cart } = ctx.locale;
  const when = deliveryWhen(ctx.locale, ctx.today, tracking.expectedDate, tracking.window);
  const open = !['delivered', 'cancelled', 'returned'].includes(tracking.status);
  const arrival = !open ? undefined : tracking.late ? orders.late({ when }) : orders.expected({ when });
  return ask(
    sentences(
      orders.status({ orderId: tracking.orderId, status: tracking.status }),
      arrival,
      cart.anythingElse(),
    ),
    orders.statusReprompt(),
    awaiting(orderFocused(ctx.state, tracking.orderId), { kind: 'anythingElse' }),
  );
}

function contents(ctx: TurnContext, order: Order): Answer {
  const { orders, phrasing } = ctx.locale;
  const lines = order.quote.lines;
  const named = lines
    .slice(0, NAMED_LINES)
    .map((line) => phrasing.quantityOf(line.quantity, shorten(line.name, NAME_LENGTH)));
  const more =
    lines.length > NAMED_LINES ? [ctx.locale.cart.moreLines({ more: lines.length - NAMED_LINES })] : [];
  const count = lines.reduce((sum, line) => sum + line.quantity, 0);
  const speech = orders.contents({
    orderId: order.orderId,
    count,
    items: phrasing.list([...named, ...more], 'and'),
  });
  return ask(speech, orders.aboutItReprompt(), orderFocused(ctx.state, order.orderId));
}

/** What the order holds ("what's in it") or what it came to ("how much was it"). */
export async function orderDetailAnswer(
  ctx: TurnContext,
  orderId: string,
  detail: 'contents' | 'total',
): Promise<Answer> {
  requireLinked(ctx);
  const order = await ctx.deps.orders.find(ctx.customer.id, orderId);
  if (detail === 'contents') return contents(ctx, order);
  const speech = ctx.locale.orders.total({ orderId: order.orderId, total: order.quote.total });
  return ask(speech, ctx.locale.orders.aboutItReprompt(), orderFocused(ctx.state, order.orderId));
}
