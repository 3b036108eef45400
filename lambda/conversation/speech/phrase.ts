/**
 * Phrases: speech held in two forms at once, SSML and plain text. Every string that enters a phrase
 * is escaped for SSML (catalog names, store texts, what the shopper said, and our own sentences
 * alike), so markup can only come from the helpers in this file.
 */
import { escapeSsml, speakable } from './ssml';

/** Speech as SSML (escaped, no <speak> wrapper) and as the same words in plain text. */
export interface Phrase {
  readonly ssml: string;
  readonly text: string;
}

/** A sentence of a locale: the named values it takes in, a phrase out. */
export type Sentence = (params: never) => Phrase;

/** One area of a locale's sentences, by key. */
export type SentenceArea = Readonly<Record<string, Sentence>>;

/** What may be placed into a phrase: strings and numbers are escaped, phrases are kept as they are. */
export type Fragment = string | number | Phrase | null | undefined | false;

/** True for a phrase (as opposed to a string or number). */
export function isPhrase(value: Fragment): value is Phrase {
  return typeof value === 'object' && value !== null;
}

/** A phrase from a fragment: strings and numbers are escaped, empty values become empty. */
export function toPhrase(value: Fragment): Phrase {
  if (isPhrase(value)) return value;
  if (value === null || value === undefined || value === false) return EMPTY;
  const text = String(value);
  return { ssml: escapeSsml(text), text: speakable(text) };
}

/** The empty phrase. */
export const EMPTY: Phrase = { ssml: '', text: '' };

/** Tagged template: `say\`Added ${name}.\`` escapes every part and keeps embedded phrases intact. */
export function say(strings: TemplateStringsArray, ...values: readonly Fragment[]): Phrase {
  const parts: Phrase[] = [];
  strings.forEach((literal, index) => {
    parts.push(toPhrase(literal));
    if (index < values.length) parts.push(toPhrase(values[index]));
  });
  return concat(parts);
}

/** Phrases one after the other. */
export function concat(parts: readonly Fragment[]): Phrase {
  const phrases = parts.map(toPhrase);
  return { ssml: phrases.map((p) => p.ssml).join(''), text: phrases.map((p) => p.text).join('') };
}

/** Phrases joined by a separator, skipping empty ones. */
export function join(parts: readonly Fragment[], separator: Fragment): Phrase {
  const sep = toPhrase(separator);
  const present = parts.map(toPhrase).filter((p) => p.text.trim() !== '' || p.ssml.trim() !== '');
  return concat(present.flatMap((p, i) => (i === 0 ? [p] : [sep, p])));
}

/** Sentences joined by a space. */
export function sentences(...parts: readonly Fragment[]): Phrase {
  return join(parts, ' ');
}

/** A short silence (between list items); a space in the text. */
export function pause(milliseconds = 300): Phrase {
  const ms = Math.max(0, Math.min(2000, Math.round(milliseconds)));
  return { ssml: ` <break time="${ms}ms"/> `, text: ' ' };
}

/** Letters and digits read one at a time (an order or ticket number). */
export function characters(value: string): Phrase {
  const safe = value.replace(/[^A-Za-z0-9]/g, '');
  return { ssml: `<say-as interpret-as="characters">${safe}</say-as>`, text: safe };
}

/** A telephone number, read the way people say phone numbers. */
export function telephone(value: string): Phrase {
  const safe = value.replace(/[^0-9+() -]/g, '').trim();
  return { ssml: `<say-as interpret-as="telephone">${escapeSsml(safe)}</say-as>`, text: safe };
}

/** How long a product's name may be when spoken (longer names are shortened at a word). */
export const NAME_LENGTH = 80;

/** A string cut to at most `max` characters at a word boundary, for names and store texts. */
export function shorten(value: string, max: number): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '');
}
