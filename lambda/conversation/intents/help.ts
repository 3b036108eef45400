/** HelpIntent and FallbackIntent: the help for where the shopper is (answers/help-answers.ts). */
import { fallbackAnswer, helpAnswer } from '../answers/help-answers';
import type { IntentHandler } from '../turn-context';

/** HelpIntent. */
export const help: IntentHandler = (ctx) => Promise.resolve(helpAnswer(ctx));

/** FallbackIntent, and any intent the core does not know. */
export const fallback: IntentHandler = (ctx) => Promise.resolve(fallbackAnswer(ctx));
