/**
 * Answers several intents share: the account-linking answer, the purchase lockout, and the names of
 * the store's delivery options.
 */
import type { StoreSettings } from '../../domain/model';
import type { Answer } from '../context';
import type { DialogState } from '../dialog-state';
import type { Locale } from '../locales/locale';
import { toPhrase, type Phrase } from '../speech/phrase';
import { settled } from '../state-changes';

/** One sentence and the platform's account-linking card; the session ends so the shopper can link. */
export function linkAccountAnswer(locale: Locale, state: DialogState): Answer {
  return { speech: locale.common.linkAccount({}), end: true, linkAccount: true, state: settled(state) };
}

/** Purchases are locked after wrong voice codes: how long, and that shopping goes on. */
export function lockedAnswer(locale: Locale, state: DialogState, until: string, now: Date): Answer {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
  return {
    speech: locale.checkout.locked({ minutes }),
    reprompt: locale.common.homeReprompt({}),
    state: settled(state),
  };
}

/** The delivery options' names as a spoken list ("Standard, Express, or Pickup"). */
export function deliveryNames(
  locale: Locale,
  settings: StoreSettings | undefined,
  conjunction: 'and' | 'or',
  ids?: readonly string[],
): Phrase {
  const options = (settings?.deliveryOptions ?? []).filter((o) => !ids || ids.includes(o.id));
  return locale.phrasing.list(
    options.map((o) => toPhrase(o.name)),
    conjunction,
  );
}
