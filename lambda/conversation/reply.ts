/**
 * The outgoing side of a turn. A handler decides an Answer (what to say, what to remember), built
 * with `ask` or `tell`, or, while finding what a request is about, a Target (the product, or the
 * answer to give instead). The core renders the Answer into the Reply the adapters receive: speech
 * and reprompt at the shopper's speech rate, the state to carry (with what was said, for "repeat"),
 * suggestions, and, when the account must be linked, the locale's sentence saying where the link
 * card went. A request the adapters cannot bring to the conversation gets the locale's apology.
 */
import type { DialogState, Focus } from './dialog-state';
import type { Locale } from './locales/locale';
import { localeFor } from './locales/registry';
import type { Phrase } from './speech/phrase';
import { capitaliseSentences, NORMAL_RATE, renderUtterance } from './speech/render';
import type { Card, PermissionKind, Reply } from './turn';

/** What a handler decides to say and remember. */
export interface Answer {
  readonly speech: Phrase;
  /** Required whenever the session stays open: guidance, not a repetition. */
  readonly reprompt?: Phrase;
  readonly end?: boolean;
  readonly card?: Card;
  readonly linkAccount?: boolean;
  readonly suggestions?: readonly string[];
  readonly state: DialogState;
  /** The platform asks the shopper for this permission after the speech. */
  readonly askPermission?: PermissionKind;
  /** The platform shows its card asking for this permission. */
  readonly permissionCard?: PermissionKind;
}

/** An answer that expects a reply: speech, a reprompt with more guidance, the next state. */
export function ask(
  speech: Phrase,
  reprompt: Phrase,
  state: DialogState,
  extras: { readonly suggestions?: readonly string[]; readonly card?: Card } = {},
): Answer {
  return { speech, reprompt, state, ...extras };
}

/** An answer that ends the session. */
export function tell(speech: Phrase, state: DialogState): Answer {
  return { speech, end: true, state };
}

/** Plain-text labels for suggestion chips (at most three, each short). */
export function labels(phrases: readonly Phrase[]): string[] {
  return phrases.slice(0, 3).map((p) => p.text.trim().slice(0, 25));
}

/** A product to act on, or the answer to give instead. */
export type Target =
  { readonly kind: 'product'; readonly focus: Focus } | { readonly kind: 'answer'; readonly answer: Answer };

/** A target that is a product. */
export const found = (item: Focus): Target => ({
  kind: 'product',
  focus: { sku: item.sku, name: item.name },
});

/** A target that is an answer to give instead. */
export const answered = (answer: Answer): Target => ({ kind: 'answer', answer });

/** Renders an answer; `intent` is remembered as the last intent (for help and handoff context). */
export function toReply(answer: Answer, intent: string, locale: Locale): Reply {
  const rate = answer.state.rate ?? NORMAL_RATE;
  const end = answer.end === true;
  // A question must always come with guidance if the shopper says nothing; the platform's own
  // permission question has its own.
  const reprompt = end || answer.askPermission ? undefined : (answer.reprompt ?? locale.errors.reprompt());
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
    ...(answer.askPermission ? { askPermission: answer.askPermission } : {}),
    ...(answer.permissionCard ? { permissionCard: answer.permissionCard } : {}),
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
