/**
 * The locales the conversation speaks, and the choice of one for a turn.
 */
import { enUS } from './en-us';
import { hiIN } from './hi-in';
import type { Locale } from './locale';

/** Every locale, by BCP 47 tag. */
export const LOCALES: Readonly<Record<string, Locale>> = { 'en-US': enUS, 'hi-IN': hiIN };

/** The locale for a tag: exact, else the same language, else en-US. */
export function localeFor(tag: string): Locale {
  const exact = LOCALES[tag];
  if (exact) return exact;
  const language = tag.split('-')[0]?.toLowerCase();
  const sameLanguage = Object.values(LOCALES).find((l) => l.tag.split('-')[0]!.toLowerCase() === language);
  return sameLanguage ?? enUS;
}
