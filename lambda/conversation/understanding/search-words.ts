/**
 * The words of a search as a shopper means them: "find me some oat milk" is a search for "oat milk",
 * "look for peanut butter for me please" one for "peanut butter". Words that only carry the request
 * (the slot reading's filler and closing words, who it is for, hedges) are dropped at either end, so
 * they are neither searched for nor said back ("I found 4 matches for oat milk"). What names the
 * product is kept as said, and words are never all dropped.
 */
import { FILLER, TRAILING } from './english-words';

/** Hedges said before a product ("like", "maybe"), which name nothing. */
const HEDGES = new Set(['like', 'maybe', 'perhaps']);
const TRAILING_PHRASES: readonly (readonly string[])[] = [
  ['for', 'me'],
  ['for', 'us'],
  ['thank', 'you'],
  ['as', 'well'],
  ['if', 'you', 'have', 'it'],
  ['if', 'you', 'have', 'any'],
  ['if', 'you', 'can'],
];

const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/** The search words without the words around them that only carry the request. */
export function searchWords(words: string): string {
  let tokens = words.trim().split(/\s+/);
  for (let changed = true; changed && tokens.length > 1;) {
    changed = false;
    const first = bare(tokens[0]!);
    if (FILLER.has(first) || HEDGES.has(first)) [tokens, changed] = [tokens.slice(1), true];
    if (tokens.length > 1 && TRAILING.has(bare(tokens.at(-1)!)))
      [tokens, changed] = [tokens.slice(0, -1), true];
    for (const phrase of TRAILING_PHRASES) {
      const tail = tokens.slice(-phrase.length).map(bare);
      if (tokens.length > phrase.length && tail.every((w, i) => w === phrase[i])) {
        [tokens, changed] = [tokens.slice(0, -phrase.length), true];
      }
    }
  }
  return tokens.join(' ');
}
