/**
 * Turns a handler's Answer into the platform-neutral Reply: speech and reprompt rendered at the
 * shopper's speech rate, the state to carry (with what was said, for "repeat"), and suggestions.
 */
import type { Answer } from './answer';
import type { DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import { capitaliseSentences, NORMAL_RATE, renderUtterance } from './speech/render';
import type { Reply } from './turn';

/** Renders an answer; `intent` is remembered as the last intent (for help and handoff context). */
export function toReply(answer: Answer, intent: string, locale: Locale): Reply {
  const rate = answer.state.rate ?? NORMAL_RATE;
  const end = answer.end === true;
  // A question must always come with guidance if the shopper says nothing.
  const reprompt = end ? undefined : (answer.reprompt ?? locale.errors.reprompt({}));
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
    ...(answer.linkAccount ? { linkAccount: true } : {}),
    suggestions: answer.suggestions ?? [],
    state,
  };
}
