/**
 * Help for where the shopper is (a question pending, a list open, a product in focus, or home),
 * and the fallback for what was not understood, which adds the same help.
 */
import { ask, type Answer, type TurnContext, type IntentHandler } from '../context';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import { NAME_LENGTH } from './list-speech';
import { deliveryNames } from './shared';

/** The help sentence for the shopper's place in the conversation. */
export function helpFor(ctx: TurnContext): Phrase {
  const { help } = ctx.locale;
  const { pending, list, product } = ctx.state;
  switch (pending?.kind) {
    case 'order':
      return pending.stage === 'code' ? help.voiceCode({}) : help.confirmOrder({});
    case 'delivery':
      return help.delivery({ options: deliveryNames(ctx.locale, ctx.settings, 'or', pending.optionIds) });
    case 'voiceCode':
      return sentences(ctx.locale.code.askNewReprompt({}));
    case 'add':
      return help.product({ product: shorten(pending.name, NAME_LENGTH) });
    // A yes-or-no question: say what each answer does.
    case 'emptyCart':
      return ctx.locale.cart.confirmEmptyReprompt({});
    case 'cancelOrder':
      return ctx.locale.orders.confirmCancelReprompt({});
    case 'hearCart':
      return ctx.locale.common.welcomeCartReprompt({});
    case undefined:
      if (list?.kind === 'choice') return ctx.locale.list.ambiguousReprompt({});
      if (list?.kind === 'cart') return ctx.locale.cart.reprompt({});
      if (list) return help.list({ count: list.items.length });
      if (product) return help.product({ product: shorten(product.name, NAME_LENGTH) });
      return help.home({});
  }
}

/**
 * Help, then (if the shopper says nothing) the reprompt of the question still open, which says
 * what to answer; with nothing open, how to hear help again or leave.
 */
function helpAnswer(ctx: TurnContext, lead?: Phrase): Answer {
  const speech = sentences(lead, helpFor(ctx));
  const open = ctx.state.pending || ctx.state.list ? ctx.state.last?.reprompt : undefined;
  const reprompt = open && open.text !== speech.text ? open : ctx.locale.help.reprompt({});
  return ask(speech, reprompt, ctx.state);
}

/** HelpIntent. */
export const help: IntentHandler = (ctx) => Promise.resolve(helpAnswer(ctx));

/** FallbackIntent, and any intent the core does not know. */
export const fallback: IntentHandler = (ctx) =>
  Promise.resolve(helpAnswer(ctx, ctx.locale.common.didNotCatch({})));
