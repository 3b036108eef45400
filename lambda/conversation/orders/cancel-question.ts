/**
 * "Cancel order 123, 24 dollars? You have 20 minutes to change your mind": asked before an order is
 * cancelled, within the store's cancel window (the "yes" handler cancels it); outside it, the reason
 * it cannot be cancelled.
 */
import { awaiting, orderFocused, settled } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { sentences } from '../speech/phrase';
import { orderNumberSlot, requireLinked, type TurnContext } from '../turn-context';

/** The question before cancelling the order named, else the one in focus, else the latest. */
export async function askToCancel(ctx: TurnContext): Promise<Answer> {
  requireLinked(ctx);
  const { orders, common } = ctx.locale;
  const order = await ctx.deps.orders.find(ctx.customer.id, orderNumberSlot(ctx) ?? ctx.state.order?.orderId);
  const verdict = await ctx.deps.orders.cancellability(order);
  const orderId = order.orderId;
  if (!verdict.ok) {
    const refusal = {
      window_passed: orders.tooLate,
      already_shipped: orders.shipped,
      already_final: orders.final,
    }[verdict.reason];
    return ask(sentences(refusal({ orderId }), common.whatElse()), common.homeReprompt(), settled(ctx.state));
  }
  return ask(
    orders.confirmCancel({ orderId, total: order.quote.total, minutes: verdict.minutesLeft }),
    orders.confirmCancelReprompt(),
    awaiting(orderFocused(ctx.state, orderId), { kind: 'cancelOrder', orderId }),
    { suggestions: labels([common.yesLabel(), common.noLabel()]) },
  );
}
