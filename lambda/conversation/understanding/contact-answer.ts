/**
 * Whether words that reached the contact-preference intent answer "how should the team get back to
 * you?": they name a way (a call, a message) or a time of day the model lists. Other words ("what
 * are the ingredients in the third one") only fitted its open slots and were not that answer.
 */
import { slot, type TurnContext } from '../turn-context';

/** True when the method or the time of day resolved to a listed value. */
export function namesAWayBack(ctx: TurnContext): boolean {
  return Boolean(slot(ctx, 'method')?.resolvedId || slot(ctx, 'daypart')?.resolvedId);
}
