/**
 * A reminder for the cart left behind: when a shopper leaves with items in the cart on a platform
 * that makes reminders, "Want a reminder tomorrow evening?"; a yes makes one (tomorrow at 6 PM in
 * the store's time zone, never naming an item) with the reminders permission, asking for it by
 * voice first when it is not granted. Where the platform makes no reminders, the shopper just
 * hears that the cart is kept.
 */
import { addDays } from '../../domain/delivery';
import { awaiting, home } from '../dialog-state';
import { ask, tell, type Answer } from '../reply';
import type { PermissionAnswer } from '../turn';
import type { TurnContext } from '../turn-context';
import { leaving } from './closing';

/** When the reminder rings, in the store's time zone. */
const REMINDER_TIME = '18:00';

/** Leaving: the reminder offered when it can be made and the cart holds items; otherwise goodbye. */
export async function leavingWithReminderOffer(ctx: TurnContext): Promise<Answer> {
  if (!ctx.turn.abilities?.remind) return leaving(ctx);
  const view = await ctx.deps.cart.read(ctx.customer.id).catch(() => undefined);
  if (!view || view.itemCount === 0) return leaving(ctx);
  const { notify } = ctx.locale;
  return ask(
    notify.reminderOffer({ count: view.itemCount }),
    notify.reminderOfferReprompt(),
    awaiting(home(ctx.state), { kind: 'reminder' }),
  );
}

/** "Yes" to the offer: the reminder made, or the permission asked for first. */
export async function acceptReminder(ctx: TurnContext): Promise<Answer> {
  const abilities = ctx.turn.abilities;
  if (!abilities?.remind) return leaving(ctx);
  if (!abilities.granted.includes('reminders') && abilities.askPermission) {
    return { ...tellAfter(ctx.locale.notify.reminderAsk(), ctx), askPermission: 'reminders' };
  }
  return makeReminder(ctx);
}

/** The answer to the reminders permission question: a yes makes the reminder. */
export async function reminderPermissionAnswered(
  ctx: TurnContext,
  status: PermissionAnswer['status'],
): Promise<Answer> {
  if (ctx.customer.linked) {
    const recorded = status === 'accepted' ? 'granted' : status === 'denied' ? 'denied' : 'asked';
    const from = { alexaUserId: ctx.turn.platformUserId, locale: ctx.turn.locale };
    await ctx.deps.contacts.answered(ctx.customer.id, 'reminders', recorded, from).catch(() => undefined);
  }
  if (status === 'accepted') return makeReminder(ctx);
  return { ...tell(ctx.locale.notify.reminderNoPermission(), home(ctx.state)), permissionCard: 'reminders' };
}

/** The reminder's question stays open across the platform's permission question. */
function tellAfter(speech: Answer['speech'], ctx: TurnContext): Answer {
  return { speech, state: awaiting(home(ctx.state), { kind: 'reminder' }) };
}

async function makeReminder(ctx: TurnContext): Promise<Answer> {
  const { notify, phrasing } = ctx.locale;
  const remind = ctx.turn.abilities?.remind;
  const outcome = remind
    ? await remind({
        at: `${addDays(ctx.today, 1)}T${REMINDER_TIME}:00`,
        timeZone: ctx.settings.timeZone,
        locale: ctx.turn.locale,
        text: notify.reminderText({ store: ctx.settings.name }).text,
      })
    : 'failed';
  const state = home(ctx.state);
  if (outcome === 'created') return tell(notify.reminderSet({ time: phrasing.time(REMINDER_TIME) }), state);
  if (outcome === 'no_permission') {
    return { ...tell(notify.reminderNoPermission(), state), permissionCard: 'reminders' };
  }
  return tell(notify.reminderFailed(), state);
}
