/**
 * The last step before a phrase leaves the core: whitespace tidied, sentences started with a
 * capital, the shopper's speech rate applied with SSML prosody, and the length kept under the
 * platforms' limits.
 */
import type { Utterance } from '../turn';
import type { Phrase } from './phrase';
import { CORE_ELEMENTS, trimSsml } from './ssml';

/** Speech rate in percent of normal that needs no prosody. */
export const NORMAL_RATE = 100;

/** The SSML a platform speaks at most (Alexa: 8,000 characters of speech); we stay well below. */
export const MAX_SSML_LENGTH = 7000;

function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:?!])/g, '$1')
    .trim();
}

/**
 * A capital letter at the start of every sentence (and line), skipping any markup before it: names
 * from the catalog or the store ("store pickup, free") may start a sentence in lowercase. Works on
 * SSML and plain text alike.
 */
export function capitaliseSentences(value: string): string {
  return value.replace(
    /(^|\n|[.?!]\s+)((?:<[^<>]*>\s*)*)([a-z])/g,
    (_whole, before: string, tags: string, letter: string) => `${before}${tags}${letter.toUpperCase()}`,
  );
}

/** The phrase as an utterance at the given speech rate (percent of normal). */
export function renderUtterance(phrase: Phrase, rate: number): Utterance {
  const whole = capitaliseSentences(tidy(phrase.ssml));
  const ssml = whole.length <= MAX_SSML_LENGTH ? whole : trimSsml(whole, MAX_SSML_LENGTH, CORE_ELEMENTS);
  const text = capitaliseSentences(tidy(phrase.text));
  const safeRate = Number.isFinite(rate) ? Math.round(Math.min(200, Math.max(50, rate))) : NORMAL_RATE;
  if (safeRate === NORMAL_RATE) return { ssml, text };
  return { ssml: `<prosody rate="${safeRate}%">${ssml}</prosody>`, text };
}
