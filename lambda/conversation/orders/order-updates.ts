/**
 * Order updates by notification: after an order is placed, a platform that asks for permissions by
 * voice (Alexa) asks once per customer whether to tell them when their order moves; the answer is
 * recorded with the platform user the notifications go to. Declined or unanswered, the platform's
 * permissions card follows, so the shopper can turn them on later. A platform without that ability
 * is never asked, and nothing is promised there.
 */
import { settled } from '../dialog-state';
import { ask, type Answer } from '../reply';
import type { PermissionAnswer } from '../turn';
import type { TurnContext } from '../turn-context';

/** Whether to ask for order updates now: the first time only, where the platform can ask. */
export async function offerUpdates(ctx: TurnContext): Promise<boolean> {
  const abilities = ctx.turn.abilities;
  if (!abilities?.askPermission || !ctx.customer.linked) return false;
  const from = { alexaUserId: ctx.turn.platformUserId, locale: ctx.turn.locale };
  const contacts = ctx.deps.contacts;
  // A recording that fails costs the shopper nothing: the order is placed and said either way.
  if (abilities.granted.includes('notifications')) {
    await contacts.answered(ctx.customer.id, 'notifications', 'granted', from).catch(() => undefined);
    return false;
  }
  return contacts.askOnce(ctx.customer.id, from).catch(() => false);
}

/** The answer to the order-updates question: recorded, and said; a card when it was not a yes. */
export async function updatesAnswered(ctx: TurnContext, status: PermissionAnswer['status']): Promise<Answer> {
  const { notify } = ctx.locale;
  const recorded = status === 'accepted' ? 'granted' : status === 'denied' ? 'denied' : 'asked';
  if (ctx.customer.linked) {
    const from = { alexaUserId: ctx.turn.platformUserId, locale: ctx.turn.locale };
    await ctx.deps.contacts.answered(ctx.customer.id, 'notifications', recorded, from);
  }
  const state = settled(ctx.state);
  if (status === 'accepted') return ask(notify.updatesOn(), notify.updatesReprompt(), state);
  const speech = status === 'denied' ? notify.updatesOff() : notify.updatesNotAnswered();
  return { ...ask(speech, notify.updatesReprompt(), state), permissionCard: 'notifications' };
}
