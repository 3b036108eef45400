/**
 * PermissionResponse: the platform's answer to its permission question (Alexa's voice consent),
 * for order updates or for the reminder being set; anything else is handled as not understood.
 */
import { reminderPermissionAnswered } from '../cart/reminder-offer';
import { updatesAnswered } from '../orders/order-updates';
import { ask } from '../reply';
import type { IntentHandler } from '../turn-context';

/** PermissionResponse. */
export const permissionResponse: IntentHandler = async (ctx) => {
  const answer = ctx.turn.permissionAnswer;
  if (!answer) return ask(ctx.locale.common.whatElse(), ctx.locale.common.homeReprompt(), ctx.state);
  return answer.kind === 'reminders'
    ? reminderPermissionAnswered(ctx, answer.status)
    : updatesAnswered(ctx, answer.status);
};
