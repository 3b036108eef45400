/**
 * Placing a confirmed order through CheckoutService.placeOrder with the idempotency key and total
 * chosen at read-back: a repeated "yes" never orders twice, and a total that changed since the
 * read-back is refused. The confirmation is spoken (the order number digit by digit, the day it is
 * expected) and repeated on a card. The merchant's e-mail comes from the order item's stream event.
 */
import type { OrderSource } from '../../domain/checkout-types';
import { awaiting, home, orderFocused, type Pending } from '../dialog-state';
import { withProgress } from '../progress';
import { ask, type Answer } from '../reply';
import { sentences } from '../speech/phrase';
import { storeMoney, type TurnContext } from '../turn-context';

type OrderPending = Extract<Pending, { kind: 'order' }>;

/** Places the pending order and confirms it. */
export async function placeOrder(ctx: TurnContext, pending: OrderPending): Promise<Answer> {
  const { checkout, common, phrasing } = ctx.locale;
  const source: OrderSource = pending.lines ? { kind: 'lines', lines: pending.lines } : { kind: 'cart' };
  const order = await withProgress(
    ctx,
    common.placing(),
    ctx.deps.checkout.placeOrder(ctx.customer.id, {
      source,
      deliveryOptionId: pending.optionId,
      idempotencyKey: pending.key,
      expectedTotal: storeMoney(ctx, pending.total),
      ...(pending.skus ? { expectedSkus: pending.skus } : {}),
    }),
  );
  const { quote } = order;
  const when = phrasing.date(quote.delivery.expectedDate, ctx.today);
  const payLater = order.payment.status === 'due_on_delivery' ? checkout.payOnDelivery() : undefined;
  const speech = sentences(
    checkout.placed({ orderId: order.orderId, when }),
    payLater,
    ctx.locale.cart.anythingElse(),
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
  return ask(speech, checkout.placedReprompt(), state, { card });
}
