/**
 * StartOverIntent and NavigateHomeIntent: close every list and question; the cart stays.
 */
import { home } from '../dialog-state';
import { ask } from '../reply';
import type { IntentHandler } from '../turn-context';

/** NavigateHomeIntent and StartOverIntent. */
export const startOver: IntentHandler = (ctx) => {
  const { common } = ctx.locale;
  return Promise.resolve(ask(common.startOver(), common.homeReprompt(), home(ctx.state)));
};
