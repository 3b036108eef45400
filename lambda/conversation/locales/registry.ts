/**
 * The locales the conversation speaks, and the choice of one for a turn: the shopper's own when the
 * conversation speaks it, else the nearest one the store serves.
 */
import { enGB } from './en-gb';
import { enIN } from './en-in';
import { enUS } from './en-us';
import { hiIN } from './hi-in';
import type { StoreSettings } from '../../domain/model';
import type { Locale } from './locale';

/** Every locale, by BCP 47 tag. */
export const LOCALES: Readonly<Record<string, Locale>> = {
  'en-US': enUS,
  'en-GB': enGB,
  'en-IN': enIN,
  'hi-IN': hiIN,
};

const languageOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The locale for a tag: exact; else one of the same language the store serves (`served`, in the
 * store's order), else any of the same language; else the store's first served locale; else en-US.
 */
export function localeFor(tag: string, served: readonly string[] = []): Locale {
  const exact = LOCALES[tag];
  if (exact) return exact;
  const known = served.map((s) => LOCALES[s]).filter((l): l is Locale => l !== undefined);
  const language = languageOf(tag);
  const sameLanguage =
    known.find((l) => languageOf(l.tag) === language) ??
    Object.values(LOCALES).find((l) => languageOf(l.tag) === language);
  return sameLanguage ?? known[0] ?? enUS;
}

/** The locale a turn is answered in: the turn's (the store's own when it names none), as above. */
export function localeOfTurn(turnLocale: unknown, settings: StoreSettings): Locale {
  const served = settings.locales ?? [settings.locale];
  return localeFor(typeof turnLocale === 'string' ? turnLocale : settings.locale, served);
}
