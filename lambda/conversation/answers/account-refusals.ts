/**
 * The answers when an account cannot do what was asked: it is not linked (one sentence and the
 * platform's account-linking card), or purchases are locked after wrong voice codes.
 */
import { settled, type DialogState } from '../dialog-state';
import type { Locale } from '../locales/locale';
import type { Answer } from '../reply';

/** One sentence and the platform's account-linking card; the session ends so the shopper can link. */
export function linkAccountAnswer(locale: Locale, state: DialogState): Answer {
  return { speech: locale.common.linkAccount(), end: true, linkAccount: true, state: settled(state) };
}

/** Purchases are locked after wrong voice codes: how long, and that shopping goes on. */
export function lockedAnswer(locale: Locale, state: DialogState, until: string, now: Date): Answer {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
  return {
    speech: locale.checkout.locked({ minutes }),
    reprompt: locale.common.homeReprompt(),
    state: settled(state),
  };
}
