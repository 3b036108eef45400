/**
 * CancelOrderIntent: "cancel my order" (or "cancel it", the order in focus), within the store's
 * cancel window, after a yes (the "yes" handler cancels it); otherwise the reason it cannot be
 * cancelled.
 */
import { leaving } from '../cart/closing';
import { undoAndSay } from '../cart/undo';
import { askToCancel } from '../orders/cancel-question';
import type { IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** CancelOrderIntent: checks the window first, then asks. */
export const cancelOrder: IntentHandler = (ctx) => askToCancel(ctx);

/**
 * CancelItIntent ("cancel it"): "it" is the order in focus (cancelled after a yes), else the last
 * cart change (undone), else nothing: the session ends as with "cancel".
 */
export const cancelIt: IntentHandler = (ctx) => {
  if (ctx.state.order) {
    noteReinterpreted(ctx, 'order-in-focus');
    return askToCancel(ctx);
  }
  if (ctx.state.lastChange) {
    noteReinterpreted(ctx, 'correction');
    return undoAndSay(ctx);
  }
  return leaving(ctx);
};
