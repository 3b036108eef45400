/**
 * Words that ask for an order rather than name a product: "cheapest", "least expensive", "lowest
 * price" order the matching products by price; "most popular", "best selling" by popularity. They are
 * taken out of the phrase, so they are never searched as product words. Phrases are written here as
 * spoken and normalised once, so they match the normalised query words.
 */
import { normaliseWords } from './normalise';
import { findPhrase } from './word-match';

/** The orders a shopper can ask for. */
export type SpokenSort = 'price' | 'popularity';

const SPOKEN: Readonly<Record<SpokenSort, readonly string[]>> = {
  price: [
    'least expensive', 'lowest price', 'lowest priced', 'lowest cost', 'most affordable', 'cheapest',
    'cheaper', 'cheap', 'inexpensive', 'best price', 'best deal', 'least costly',
  ],
  popularity: [
    'most popular', 'best selling', 'best sellers', 'best seller', 'bestselling', 'bestsellers',
    'bestseller', 'top selling', 'top seller', 'top sellers', 'most bought', 'most ordered', 'popular',
  ],
}; // prettier-ignore

/** Longest phrases first, so "lowest priced" is taken whole before "cheap". */
const PHRASES: readonly { sort: SpokenSort; words: string[] }[] = (
  Object.entries(SPOKEN) as [SpokenSort, readonly string[]][]
)
  .flatMap(([sort, phrases]) => phrases.map((p) => ({ sort, words: normaliseWords(p) })))
  .sort((a, b) => b.words.length - a.words.length);

/** Takes the first sort phrase out of the words (in place); returns the order it asks for. */
export function takeSort(words: string[]): SpokenSort | undefined {
  for (const phrase of PHRASES) {
    const [at, length] = findPhrase(words, [phrase.words]);
    if (at < 0) continue;
    words.splice(at, length);
    return phrase.sort;
  }
  return undefined;
}
