/**
 * What an intent handler decides: an Answer (what to say, what to remember), built with `ask` or
 * `tell`; and a Target, the product a request is about or, when that is not clear, the answer to
 * give instead. The core renders an Answer into the platform-neutral Reply (reply.ts).
 */
import type { DialogState, Focus } from './dialog-state';
import type { Phrase } from './speech/phrase';
import type { Card } from './turn';

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
