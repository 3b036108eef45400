/**
 * The Replies the adapters receive. A handler's Answer becomes a Reply: speech and reprompt
 * rendered at the shopper's speech rate, the state to carry (with what was said, for "repeat"),
 * suggestions, and, when the account must be linked, the locale's sentence saying where the link
 * card went. A request the adapters cannot bring to the conversation gets the locale's apology.
 */
import type { Answer } from './answer';
import type { DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import { localeFor } from './locales/registry';
import { capitaliseSentences, NORMAL_RATE, renderUtterance } from './speech/render';
import type { Reply } from './turn';

/** Renders an answer; `intent` is remembered as the last intent (for help and handoff context). */
export function toReply(answer: Answer, intent: string, locale: Locale): Reply {
  const rate = answer.state.rate ?? NORMAL_RATE;
  const end = answer.end === true;
  // A question must always come with guidance if the shopper says nothing.
  const reprompt = end ? undefined : (answer.reprompt ?? locale.errors.reprompt());
  const state: DialogState = end
    ? {}
    : {
        ...answer.state,
        last: { speech: answer.speech, ...(reprompt ? { reprompt } : {}) },
        lastIntent: intent,
      };
  return {
    speech: renderUtterance(answer.speech, rate),
    ...(reprompt ? { reprompt: renderUtterance(reprompt, rate) } : {}),
    endSession: end,
    ...(answer.card
      ? {
          card: {
            title: capitaliseSentences(answer.card.title),
            text: capitaliseSentences(answer.card.text),
          },
        }
      : {}),
    // Said inside the speech, so at the speech's rate: rendered without a rate of its own.
    ...(answer.linkAccount
      ? { linkAccount: true, linkCardSent: renderUtterance(locale.platform.linkCardSent(), NORMAL_RATE) }
      : {}),
    suggestions: answer.suggestions ?? [],
    state,
  };
}

/**
 * What an adapter says when a request cannot be read or fails outside the conversation: a short
 * apology in the request's language (en-US when it has none) that keeps the session and `state`.
 */
export function failureReply(localeTag: unknown, state: unknown): Reply {
  const locale = localeFor(typeof localeTag === 'string' ? localeTag : 'en-US');
  return {
    speech: renderUtterance(locale.platform.apology(), NORMAL_RATE),
    reprompt: renderUtterance(locale.platform.apologyReprompt(), NORMAL_RATE),
    endSession: false,
    suggestions: [],
    state,
  };
}
