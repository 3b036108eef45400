/**
 * Placing a confirmed order through CheckoutService.placeOrder with the idempotency key, total and
 * cart version chosen at read-back: a repeated "yes" never orders twice, a total that changed since
 * the read-back is refused, and a cart changed since (another device, another session) is read
 * aloud again for a new "yes" instead of bought. The confirmation is spoken (the order number digit
 * by digit, the day it is expected) and repeated on a card. The merchant's e-mail comes from the
 * order item's stream event.
 */
import type { OrderSource } from '../../domain/checkout-types';
import { isDomainError } from '../../domain/errors';
import type { Order } from '../../domain/model';
import { awaiting, home, orderFocused, type Pending } from '../dialog-state';
import { withProgress } from '../progress';
import { ask, type Answer } from '../reply';
import { sentences } from '../speech/phrase';
import { storeMoney, type TurnContext } from '../turn-context';
import { offerUpdates } from '../orders/order-updates';
import { readBack } from './read-back';
import { deliveryWhen } from './delivery-when';

type OrderPending = Extract<Pending, { kind: 'order' }>;

/** Places the pending order (with the voice code heard, when one was asked) and confirms it. */
export async function placeOrder(
  ctx: TurnContext,
  pending: OrderPending,
  voiceCode?: string,
): Promise<Answer> {
  let order: Order;
  try {
    order = await place(ctx, pending, voiceCode);
  } catch (error) {
    if (isDomainError(error) && error.code === 'CART_CHANGED' && !pending.lines)
      return readAgain(ctx, pending);
    throw error;
  }
  return placedAnswer(ctx, order, await offerUpdates(ctx));
}

function place(ctx: TurnContext, pending: OrderPending, voiceCode?: string): Promise<Order> {
  const source: OrderSource = pending.lines ? { kind: 'lines', lines: pending.lines } : { kind: 'cart' };
  return withProgress(
    ctx,
    ctx.locale.common.placing(),
    ctx.deps.checkout.placeOrder(ctx.customer.id, {
      source,
      deliveryOptionId: pending.optionId,
      idempotencyKey: pending.key,
      expectedTotal: storeMoney(ctx, pending.total),
      ...(pending.skus ? { expectedSkus: pending.skus } : {}),
      ...(pending.cartVersion !== undefined ? { expectedCartVersion: pending.cartVersion } : {}),
      ...(voiceCode !== undefined ? { voiceCode } : {}),
    }),
  );
}

/** The cart changed after it was read back: nothing was ordered; the cart as it is now, for a new yes. */
async function readAgain(ctx: TurnContext, pending: OrderPending): Promise<Answer> {
  const priced = await ctx.deps.checkout.quote(ctx.customer.id, { kind: 'cart' }, pending.optionId);
  return readBack(ctx, priced, pending.codeRequired, { lead: ctx.locale.checkout.cartChangedReadAgain() });
}

/**
 * The order placed, said and shown on a card; with `askUpdates`, the platform then asks whether to
 * tell the shopper when the order moves (instead of "Anything else?").
 */
function placedAnswer(ctx: TurnContext, order: Order, askUpdates: boolean): Answer {
  const { checkout, phrasing } = ctx.locale;
  const { quote } = order;
  const when = deliveryWhen(ctx.locale, ctx.today, quote.delivery.expectedDate, quote.delivery.window);
  const payLater = order.payment.status === 'due_on_delivery' ? checkout.payOnDelivery() : undefined;
  const speech = sentences(
    checkout.placed({ orderId: order.orderId, when }),
    payLater,
    askUpdates ? ctx.locale.notify.askUpdates() : ctx.locale.cart.anythingElse(),
  );
  const lines = quote.lines
    .slice(0, 20)
    .map((l) => `${l.quantity} x ${l.name}: ${phrasing.moneyShown(l.lineTotal)}`);
  if (quote.lines.length > 20) lines.push(ctx.locale.cart.moreLines({ more: quote.lines.length - 20 }).text);
  const summary = checkout.cardSummary({ total: quote.total, option: quote.delivery.name, when });
  const card = {
    title: checkout.cardTitle({ orderId: order.orderId }).text,
    text: [...lines, summary.text, payLater?.text].filter(Boolean).join('\n'),
  };
  // The order just placed is in focus: "when will it arrive", "cancel it".
  const state = awaiting(orderFocused(home(ctx.state), order.orderId), { kind: 'anythingElse' });
  const answer = ask(speech, checkout.placedReprompt(), state, { card });
  return askUpdates ? { ...answer, askPermission: 'notifications' } : answer;
}
