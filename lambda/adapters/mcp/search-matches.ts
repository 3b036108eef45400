/**
 * Which search hits match everything that was asked for. The search ranks products that share only
 * some of the words too ("2% Reduced Fat Milk" for "oat milk"), so, as the skill does, only the
 * products in whose own words (name, brand, category, size, synonyms) every searched word is heard
 * are counted as matches; when there are none, the hits scoring close to the best are offered as the
 * closest, said as such.
 * A word is heard when it is there, give or take a plural, a number written as a word, or one wrong
 * letter in a word of four letters or more (speech recognition's "bred" for "bread").
 */
import type { Product } from '../../domain/model';
import type { SearchResult } from '../../domain/ports';

/** Of hits that only come close, those within this share of the best score are offered. */
const CLOSE_SHARE = 0.85;

const NUMBERS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
};

/** The words of a text: lowercase, without accents or punctuation, plurals and numbers evened out. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => NUMBERS[word] ?? (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word));
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length >= b.length) i++;
    if (b.length >= a.length) j++;
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function heard(word: string, known: readonly string[]): boolean {
  return known.some((k) => k === word || (word.length >= 4 && k.length >= 4 && oneEditApart(word, k)));
}

/** True when every searched word is heard in the product's own words. */
export function matchesEverything(terms: readonly string[], product: Product): boolean {
  const known = wordsOf(
    [product.name, product.brand, product.category, product.size, ...product.synonyms]
      .filter(Boolean)
      .join(' '),
  );
  return terms.every((term) => heard(term, known));
}

/** The products to offer for a search: its full matches, or else the closest hits. */
export function searchMatches(result: SearchResult): { products: Product[]; total: number; exact: boolean } {
  const terms = wordsOf(result.terms);
  const products = result.hits.map((hit) => hit.product);
  const full = products.filter((p) => matchesEverything(terms, p));
  if (full.length === products.length) return { products, total: result.total, exact: true };
  if (full.length > 0) return { products: full, total: full.length, exact: true };
  const best = result.hits[0]?.score ?? 0;
  const close = result.hits.filter((hit) => hit.score >= CLOSE_SHARE * best).map((hit) => hit.product);
  return { products: close, total: 0, exact: false };
}
