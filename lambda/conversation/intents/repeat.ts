/**
 * "Repeat": says the last answer again, word for word, with its reprompt and the same state.
 */
import { ask } from '../reply';
import type { IntentHandler } from '../turn-context';

/** RepeatIntent. */
export const repeat: IntentHandler = (ctx) => {
  const last = ctx.state.last;
  const { common } = ctx.locale;
  if (!last) return Promise.resolve(ask(common.nothingToRepeat(), common.homeReprompt(), ctx.state));
  return Promise.resolve(ask(last.speech, last.reprompt ?? common.homeReprompt(), ctx.state));
};
