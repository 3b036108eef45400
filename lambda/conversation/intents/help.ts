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
    case 'emptyCart':
    case 'cancelOrder':
    case 'hearCart':
      return help.yesNo({});
    case undefined:
      if (list) return help.list({ count: list.items.length });
      if (product) return help.product({ product: shorten(product.name, NAME_LENGTH) });
      return help.home({});
  }
}

function helpAnswer(ctx: TurnContext, lead?: Phrase): Answer {
  return ask(sentences(lead, helpFor(ctx)), ctx.locale.help.reprompt({}), ctx.state);
}

/** HelpIntent. */
export const help: IntentHandler = (ctx) => Promise.resolve(helpAnswer(ctx));

/** FallbackIntent, and any intent the core does not know. */
export const fallback: IntentHandler = (ctx) =>
  Promise.resolve(helpAnswer(ctx, ctx.locale.common.didNotCatch({})));
