/**
 * StopIntent and CancelIntent: "stop" and "cancel" end the session; nothing pending is placed, and
 * the shopper hears so when an order was waiting, and that the items in the cart are kept when there
 * are any. "Cancel" (or "cancel that", "never mind") said right after a cart change, while "anything
 * else?" is still open, cancels that change instead: it is undone and said, and the session goes on.
 * Said to a question about what to add ("did you mean A or B?", "would you like to add it?"), it
 * drops the question: nothing is added, and the shopping goes on.
 */
import { leaving } from '../cart/closing';
import { undoAndSay } from '../cart/undo';
import { settled } from '../dialog-state';
import { ask } from '../reply';
import type { IntentHandler } from '../turn-context';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** StopIntent, and CancelIntent when there is no change of this moment to cancel. */
export const stop: IntentHandler = (ctx) => {
  const ordering = ctx.state.pending?.kind === 'order' || ctx.state.pending?.kind === 'delivery';
  return leaving(ctx, ordering ? ctx.locale.common.nothingOrdered() : undefined);
};

/** CancelIntent: the cart change just made is undone, a question about adding dropped; otherwise as "stop". */
export const cancel: IntentHandler = async (ctx) => {
  const { pending, lastChange, order, list } = ctx.state;
  if (pending?.kind === 'anythingElse' && lastChange && !order) {
    noteReinterpreted(ctx, 'correction');
    return undoAndSay(ctx);
  }
  if (list?.kind === 'choice' || pending?.kind === 'add') {
    noteReinterpreted(ctx, 'closing');
    const { list: _asked, ...rest } = settled(ctx.state);
    const { cart, common } = ctx.locale;
    const adding = pending?.kind === 'add' || list?.pick === undefined || list.pick.action === 'add';
    return ask(adding ? cart.notAdded() : common.whatElse(), common.homeReprompt(), rest);
  }
  return stop(ctx);
};
