/**
 * StopIntent and CancelIntent: "stop" and "cancel" always end the session; nothing pending is
 * placed, and the shopper hears so when an order was waiting.
 */
import { home } from '../dialog-state';
import { tell } from '../reply';
import type { IntentHandler } from '../turn-context';

/** StopIntent and CancelIntent. */
export const stop: IntentHandler = (ctx) => {
  const { common } = ctx.locale;
  const ordering = ctx.state.pending?.kind === 'order' || ctx.state.pending?.kind === 'delivery';
  return Promise.resolve(tell(ordering ? common.goodbyeNothingOrdered() : common.goodbye(), home(ctx.state)));
};
