/**
 * The help for where the shopper is (a question pending, a list open, a product in focus, or home),
 * and the answer to what was not understood, which adds the same help: for HelpIntent and
 * FallbackIntent, and for words an intent received that name nothing it can act on.
 */
import { deliveryNames } from '../checkout/delivery-names';
import { listReprompt } from '../lists/list-answers';
import { ask, type Answer } from '../reply';
import { sentences, shorten, type Phrase, NAME_LENGTH } from '../speech/phrase';
import { storeMoney, type TurnContext } from '../turn-context';

/** The help sentence for the shopper's place in the conversation. */
function helpFor(ctx: TurnContext): Phrase {
  const { help } = ctx.locale;
  const { pending, list, product } = ctx.state;
  switch (pending?.kind) {
    case 'order':
      return pending.stage === 'code' ? help.voiceCode() : help.confirmOrder();
    case 'delivery':
      return help.delivery({ options: deliveryNames(ctx.locale, ctx.settings, 'or', pending.optionIds) });
    case 'voiceCode':
      return sentences(ctx.locale.code.askNewReprompt());
    case 'add':
      return help.product({ product: shorten(pending.name, NAME_LENGTH) });
    // A yes-or-no question: say what each answer does.
    case 'emptyCart':
      return ctx.locale.cart.confirmEmptyReprompt();
    case 'cancelOrder':
      return ctx.locale.orders.confirmCancelReprompt();
    case 'eraseData':
      return ctx.locale.privacy.confirmDeleteReprompt();
    case 'hearCart':
      return ctx.locale.common.welcomeCartReprompt();
    case 'checkout':
      return ctx.locale.cart.closingReprompt();
    case 'amendOrder':
      if (pending.stage === 'code') return help.voiceCode();
      return ctx.locale.changes.confirmAddReprompt({ total: storeMoney(ctx, pending.total) });
    case 'returnRequest':
      return ctx.locale.returns.confirmRequestReprompt();
    case 'handoffContact':
      return ctx.locale.person.howToReachReprompt();
    case 'reminder':
      return ctx.locale.notify.reminderOfferReprompt();
    case 'anythingElse':
    case undefined:
      if (list?.kind === 'choice') return ctx.locale.list.ambiguousReprompt();
      if (list?.kind === 'cart') return ctx.locale.cart.reprompt();
      if (list) return help.list({ count: list.items.length });
      if (product) return help.product({ product: shorten(product.name, NAME_LENGTH) });
      return help.home();
  }
}

/** What the question still open expects, said as its own reprompt says it; undefined when none. */
function openQuestionReprompt(ctx: TurnContext): Phrase | undefined {
  const { checkout, code, product } = ctx.locale;
  const { pending, list } = ctx.state;
  switch (pending?.kind) {
    case 'order':
      if (pending.stage === 'code') return checkout.askCodeReprompt();
      return checkout.confirmReprompt({ total: { amount: pending.total, currency: ctx.settings.currency } });
    case 'delivery':
      return checkout.chooseDeliveryReprompt({
        options: deliveryNames(ctx.locale, ctx.settings, 'or', pending.optionIds),
      });
    case 'voiceCode':
      return pending.stage === 'confirm' ? code.confirmNewReprompt() : checkout.askCodeReprompt();
    case 'add':
      return product.addItReprompt();
    case 'amendOrder':
      return pending.stage === 'code' ? checkout.askCodeReprompt() : undefined;
    case 'handoffContact':
    case 'returnRequest':
    case 'emptyCart':
    case 'cancelOrder':
    case 'eraseData':
    case 'hearCart':
    case 'checkout':
    case 'reminder':
      // The help itself says what yes and no do.
      return undefined;
    case 'anythingElse':
    case undefined:
      return list ? listReprompt(ctx, list) : undefined;
  }
}

/**
 * Help, then (if the shopper says nothing) the guidance of the question or list still open; with
 * nothing open, how to hear help again or leave.
 */
export function helpAnswer(ctx: TurnContext, lead?: Phrase): Answer {
  const speech = sentences(lead, helpFor(ctx));
  const open = openQuestionReprompt(ctx);
  const reprompt = open && open.text !== speech.text ? open : ctx.locale.help.reprompt();
  return ask(speech, reprompt, ctx.state);
}

/** Whether a question is open that only yes or no answers (its help asks it again). */
const YES_NO_QUESTIONS = new Set<string>([
  'emptyCart',
  'cancelOrder',
  'hearCart',
  'checkout',
  'amendOrder',
  'returnRequest',
]);

/**
 * What a fallback adds after "I didn't catch that": Alexa sends no words with it, so it fits what
 * came before: a short way to pick from an open product list, otherwise the help for the place.
 */
function fallbackGuide(ctx: TurnContext): Phrase {
  const { pending, list } = ctx.state;
  const atList = pending === undefined || pending.kind === 'anythingElse';
  if (atList && list?.kind === 'products') return ctx.locale.help.listFallback();
  return helpFor(ctx);
}

/** The reprompt after a fallback: the open question or list, else how to get help (never "again"). */
function fallbackReprompt(ctx: TurnContext): Phrase {
  const open = openQuestionReprompt(ctx);
  if (open) return open;
  const { pending } = ctx.state;
  if (pending && YES_NO_QUESTIONS.has(pending.kind)) return helpFor(ctx);
  return ctx.locale.help.fallbackReprompt();
}

/** "I didn't understand" with the words heard, where the platform sent them; else "I didn't catch that". */
function notUnderstood(ctx: TurnContext, words?: string): Phrase {
  const heard = (words ?? ctx.turn.heard)?.trim();
  return heard ? ctx.locale.common.didNotUnderstand({ heard }) : ctx.locale.common.didNotCatch();
}

/**
 * What was not understood, then what fits the place in the conversation; `words` are what was heard
 * when they came in a slot rather than with the request.
 */
export function fallbackAnswer(ctx: TurnContext, words?: string): Answer {
  return ask(sentences(notUnderstood(ctx, words), fallbackGuide(ctx)), fallbackReprompt(ctx), ctx.state);
}
