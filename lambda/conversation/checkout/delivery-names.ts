/**
 * The names of the store's delivery options as a spoken list ("Standard, Express, or Pickup"), for
 * the questions and refusals that offer them.
 */
import type { StoreSettings } from '../../domain/model';
import type { Locale } from '../locales/locale';
import { toPhrase, type Phrase } from '../speech/phrase';

/** The delivery options' names, all or those with the given ids, joined with "and" or "or". */
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
