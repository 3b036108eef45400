/**
 * When a search answer is good enough to act on: the one place that decides it.
 *
 * The search (adapters/search) ranks by a text score that mixes how much of the phrase a product
 * covers with how much of its name was said, and it lets a word stand in for another by edit
 * distance or by sound. A top hit can therefore rank first while covering only part of what was
 * said ("dragon fruit jerky" finds "Beef Jerky Original" on "jerky" alone), or only by sound. So a
 * hit is a full match when every word the search matched on (`terms`, constraints taken out) is
 * heard in the product's own words: its name, brand, synonyms, category or size. The verdict:
 *
 * - `confident`: the platform resolved the product, or the top hit is a full match and not too
 *   close to call; also when the search called two too close but only one of them is a full match,
 *   or only one has its whole name said ("bananas" is Bananas, not Organic Bananas).
 * - `choose`: two full matches too close to call: ask which one.
 * - `closest`: the best hit is not a full match: say what was found and ask, never act on it.
 * - `none`: nothing found, or nothing worth offering (a weak hit below `OFFER_FLOOR`).
 */
import type { Product } from '../../domain/model';
import type { SearchHit, SearchResult } from '../../domain/ports';
import { allHeard, anyHeard, vocabulary, wordsOf, type Vocabulary } from '../matching';

/**
 * A weak hit is offered only from these scores. A full match scores about 1 (text 1 plus a little
 * popularity); a product that has some of the words said, from half of that; one that has none of
 * them only when it is known by a synonym of what was said (about 0.9: a synonym counts 0.85 of
 * a name word), not when it merely sounds alike (a sound-alike counts 0.7 to 0.8, "jerky" for
 * "Jerry's").
 */
export const OFFER_FLOOR = { partly: 0.5, unheard: 0.85 } as const;

/** Of hits that only come close, those within this share of the best score are listed. */
export const CLOSE_SHARE = 0.85;

/** What to do with a search's answer. */
export type Verdict =
  | { readonly kind: 'confident'; readonly product: Product }
  | { readonly kind: 'choose'; readonly first: Product; readonly second: Product }
  | {
      readonly kind: 'closest';
      readonly product: Product;
      /** True when some of the words said are in the product (else it only sounds alike). */
      readonly partly: boolean;
    }
  | { readonly kind: 'none' };

/**
 * Every word a product is known by, prepared for matching. Kept per product object: the search
 * index holds its products for the container's life, so a warm turn prepares none again.
 */
const KNOWN = new WeakMap<Product, Vocabulary>();

function productWords(product: Product): Vocabulary {
  let known = KNOWN.get(product);
  if (!known) {
    const local = Object.values(product.localNames ?? {}).flatMap((l) => [l.name, ...l.synonyms]);
    const parts = [
      product.name,
      product.brand,
      product.category,
      product.size,
      ...product.synonyms,
      ...local,
    ];
    known = vocabulary(wordsOf(parts.filter(Boolean).join(' ')));
    KNOWN.set(product, known);
  }
  return known;
}

/**
 * True when every word the search matched on is heard in the product; with no words left (only
 * constraints were said: "organic", "under 5 dollars"), every hit the filters let through matches.
 */
export function isFullMatch(terms: readonly string[], product: Product): boolean {
  return terms.length === 0 || allHeard(terms, productWords(product), true);
}

/** True when every word of the product's name was said. */
function nameSaidInFull(terms: readonly string[], product: Product): boolean {
  const name = wordsOf(product.name);
  return name.length > 0 && allHeard(name, terms, true);
}

/** The verdict on a search result; `resolvedSku` is the platform's entity resolution, if any. */
export function judge(result: SearchResult, resolvedSku?: string): Verdict {
  const [top, next] = result.hits;
  if (!top) return { kind: 'none' };
  if (resolvedSku !== undefined && top.product.sku === resolvedSku) {
    return { kind: 'confident', product: top.product };
  }
  const terms = wordsOf(result.terms);
  const full = isFullMatch(terms, top.product);
  // Only constraints were said ("add something organic"): with two or more, the shopper chooses.
  if (terms.length === 0 && next) return { kind: 'choose', first: top.product, second: next.product };
  if (result.ambiguous && next) {
    const nextFull = isFullMatch(terms, next.product);
    if (full !== nextFull) return { kind: 'confident', product: full ? top.product : next.product };
    if (full) {
      const said = [nameSaidInFull(terms, top.product), nameSaidInFull(terms, next.product)];
      if (said[0] === said[1]) return { kind: 'choose', first: top.product, second: next.product };
      return { kind: 'confident', product: said[0] ? top.product : next.product };
    }
  }
  if (full) return { kind: 'confident', product: top.product };
  const partly = anyHeard(terms, productWords(top.product));
  if (top.score < OFFER_FLOOR[partly ? 'partly' : 'unheard']) return { kind: 'none' };
  return { kind: 'closest', product: top.product, partly };
}

function offerable(terms: readonly string[], hit: SearchHit): boolean {
  const partly = anyHeard(terms, productWords(hit.product));
  return hit.score >= OFFER_FLOOR[partly ? 'partly' : 'unheard'];
}

/** A search result read as a list: the products to offer, how many there are, and if they only come close. */
export interface ResultList {
  readonly products: readonly Product[];
  readonly total: number;
  /** True when none of them matches everything said. */
  readonly weak: boolean;
}

/**
 * The list to read for a search: when some hits match everything said, only those (the count is
 * theirs, or the search's total when every hit returned is one); otherwise, as weak, the hits worth
 * offering that score close to the best one.
 */
export function resultList(result: SearchResult, resolvedSku?: string): ResultList {
  const products = result.hits.map((h) => h.product);
  const terms = wordsOf(result.terms);
  const full = products.filter((p, i) => (i === 0 && p.sku === resolvedSku) || isFullMatch(terms, p));
  if (full.length === products.length) return { products, total: result.total, weak: false };
  if (full.length > 0) return { products: full, total: full.length, weak: false };
  const top = result.hits[0]?.score ?? 0;
  const offered = result.hits
    .filter((h) => offerable(terms, h) && h.score >= CLOSE_SHARE * top)
    .map((h) => h.product);
  return { products: offered, total: offered.length, weak: true };
}
