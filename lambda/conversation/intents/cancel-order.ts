/**
 * CancelOrderIntent: "cancel my order" (or "cancel it", the order in focus), within the store's
 * cancel window, after a yes (the "yes" handler cancels it); otherwise the reason it cannot be
 * cancelled.
 */
import { leaving } from '../cart/closing';
import { undoAndSay } from '../cart/undo';
import { awaiting, orderFocused, settled } from '../dialog-state';
import { ask, labels } from '../reply';
import { sentences } from '../speech/phrase';
import { orderNumberSlot, requireLinked, type IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** CancelOrderIntent: checks the window first, then asks. */
export const cancelOrder: IntentHandler = async (ctx) => {
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
};

/**
 * CancelItIntent ("cancel it"): "it" is the order in focus (cancelled after a yes), else the last
 * cart change (undone), else nothing: the session ends as with "cancel".
 */
export const cancelIt: IntentHandler = (ctx) => {
  if (ctx.state.order) {
    noteReinterpreted(ctx, 'order-in-focus');
    return cancelOrder(ctx);
  }
  if (ctx.state.lastChange) {
    noteReinterpreted(ctx, 'correction');
    return undoAndSay(ctx);
  }
  return leaving(ctx);
};
