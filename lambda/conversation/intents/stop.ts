/**
 * StopIntent and CancelIntent: "stop" and "cancel" always end the session; nothing pending is
 * placed, and the shopper hears so when an order was waiting, and that the items in the cart are
 * kept when there are any.
 */
import { leaving } from '../cart/closing';
import type { IntentHandler } from '../turn-context';

/** StopIntent and CancelIntent. */
export const stop: IntentHandler = (ctx) => {
  const ordering = ctx.state.pending?.kind === 'order' || ctx.state.pending?.kind === 'delivery';
  return leaving(ctx, ordering ? ctx.locale.common.nothingOrdered() : undefined);
};
