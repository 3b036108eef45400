/**
 * StopIntent and CancelIntent: "stop" and "cancel" end the session; nothing pending is placed, and
 * the shopper hears so when an order was waiting, and that the items in the cart are kept when there
 * are any. "Cancel" (or "cancel that", "never mind") said right after a cart change, while "anything
 * else?" is still open, cancels that change instead: it is undone and said, and the session goes on.
 */
import { leaving } from '../cart/closing';
import { undoAndSay } from '../cart/undo';
import type { IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** StopIntent, and CancelIntent when there is no change of this moment to cancel. */
export const stop: IntentHandler = (ctx) => {
  const ordering = ctx.state.pending?.kind === 'order' || ctx.state.pending?.kind === 'delivery';
  return leaving(ctx, ordering ? ctx.locale.common.nothingOrdered() : undefined);
};

/** CancelIntent: the cart change just made is undone; otherwise as "stop". */
export const cancel: IntentHandler = (ctx) => {
  const { pending, lastChange, order } = ctx.state;
  if (pending?.kind === 'anythingElse' && lastChange && !order) {
    noteReinterpreted(ctx, 'correction');
    return undoAndSay(ctx);
  }
  return stop(ctx);
};
