/**
 * Leaving and going home: "stop" and "cancel" always end the session (nothing pending is placed);
 * "start over" and "go home" close every list and question and keep the cart.
 */
import { ask, tell, type IntentHandler } from '../context';
import { home } from '../state-changes';

/** StopIntent and CancelIntent. */
export const stop: IntentHandler = (ctx) => {
  const { common } = ctx.locale;
  const ordering = ctx.state.pending?.kind === 'order' || ctx.state.pending?.kind === 'delivery';
  return Promise.resolve(
    tell(ordering ? common.goodbyeNothingOrdered({}) : common.goodbye({}), home(ctx.state)),
  );
};

/** NavigateHomeIntent and StartOverIntent. */
export const startOver: IntentHandler = (ctx) => {
  const { common } = ctx.locale;
  return Promise.resolve(ask(common.startOver({}), common.homeReprompt({}), home(ctx.state)));
};
