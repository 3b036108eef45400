/**
 * "Talk to a person": a linked shopper is asked how the team should get back to them (a call or a
 * message, and when); the answer (ContactPreferenceIntent, or "call me") records a handoff request
 * with the conversation's context, which the store's systems hear at once, and the shopper hears
 * what the store's hours allow ("we open at 8 tomorrow; someone will call you after that"). A
 * shopper who has not linked an account cannot be reached: they hear so, and the store's number.
 */
import type { ContactPreference } from '../../domain/support-model';
import type { NextOpening } from '../../domain/opening-hours';
import { awaiting, settled } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { sentences, type Phrase } from '../speech/phrase';
import { slot, type IntentHandler, type TurnContext } from '../turn-context';

/** TalkToPersonIntent: while the contact question is open, "call me" answers it. */
export const talkToPerson: IntentHandler = (ctx) => {
  if (ctx.state.pending?.kind === 'handoffContact') return recordHandoff(ctx, { method: 'call' });
  return Promise.resolve(askHowToReach(ctx));
};

/**
 * DeliveryRequestIntent ("the driver can't find me", "leave it at the door", "I won't be home"):
 * what only the store's team can do, so the shopper hears that first and is then asked how the
 * team should get back to them; the ticket says it came after this request.
 */
export const deliveryRequest: IntentHandler = (ctx) =>
  Promise.resolve(askHowToReach(ctx, ctx.locale.person.deliveryByTeam()));

/** How the team should get back, or, with no linked account, the store's number. */
function askHowToReach(ctx: TurnContext, why?: Phrase): Answer {
  const { person, common } = ctx.locale;
  if (!ctx.customer.linked) {
    return ask(
      sentences(why, person.cannotReach({ phone: ctx.settings.supportPhone }), common.whatElse()),
      common.homeReprompt(),
      settled(ctx.state),
    );
  }
  return ask(
    sentences(why, person.howToReach()),
    person.howToReachReprompt(),
    awaiting(settled(ctx.state), { kind: 'handoffContact' }),
  );
}

const DAYPARTS = ['morning', 'afternoon', 'evening'] as const;

/** ContactPreferenceIntent: "call me in the morning", "send me a message". */
export const contactPreference: IntentHandler = (ctx) => {
  const { person, common } = ctx.locale;
  const method = slot(ctx, 'method')?.resolvedId === 'message' ? 'message' : 'call';
  const daypart = DAYPARTS.find((d) => d === slot(ctx, 'daypart')?.resolvedId);
  if (ctx.state.pending?.kind !== 'handoffContact') {
    return Promise.resolve(ask(person.notAsking(), common.homeReprompt(), ctx.state));
  }
  return recordHandoff(ctx, { method, ...(daypart ? { daypart } : {}) });
};

/** How the team will get back: "call you in the morning". */
function wayBack(ctx: TurnContext, contact: ContactPreference): Phrase {
  const { person } = ctx.locale;
  const method = contact.method === 'message' ? person.message() : person.call();
  if (!contact.daypart) return method;
  const when = { morning: person.inMorning, afternoon: person.inAfternoon, evening: person.inEvening };
  return when[contact.daypart]({ method });
}

/** What may be promised, from when the team is next in. */
function promise(ctx: TurnContext, next: NextOpening, method: Phrase): Phrase {
  const { person, phrasing } = ctx.locale;
  if (next.kind === 'open') return person.openNow({ method });
  if (next.kind === 'unknown') return person.noHours({ method });
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + next.weekday)),
  );
  const day =
    next.daysAhead === 0
      ? person.today()
      : next.daysAhead === 1
        ? person.tomorrow()
        : person.onDay({ weekday });
  return person.opensLater({ opens: phrasing.time(next.opens), day, method });
}

async function recordHandoff(ctx: TurnContext, contact: ContactPreference): Promise<Answer> {
  const { person, store, common } = ctx.locale;
  const [cart, latest] = await Promise.all([
    ctx.deps.cart.read(ctx.customer.id),
    ctx.deps.orders.latest(ctx.customer.id),
  ]);
  const where = ctx.state.lastIntent ?? 'home';
  const receipt = await ctx.deps.handoff.request(
    ctx.customer.id,
    `Asked for a person by voice (after: ${where}).`,
    {
      ...(ctx.state.lastIntent ? { lastIntent: ctx.state.lastIntent } : {}),
      cartSkus: cart.cart.lines.map((l) => l.sku),
      ...(latest ? { latestOrderId: latest.orderId } : {}),
    },
    contact,
  );
  const speech = sentences(
    person.ticket({ ticketId: receipt.ticketId }),
    promise(ctx, receipt.nextOpening, wayBack(ctx, contact)),
    common.whatElse(),
  );
  return ask(speech, store.handoffReprompt(), settled(ctx.state));
}
