/**
 * Builds the data of the product index: a term dictionary with inverted postings (product, field
 * weight), inverse document frequencies, a symmetric-delete table and a phonetic table over the
 * vocabulary, per-product facts the constraints filter on, and the catalog's brands and categories.
 */
import type { Product } from '../../domain/model';
import { SIZE_UNITS, type ConstraintVocabulary, type NamedPhrase } from './constraints';
import { deletionVariants } from './edit-distance';
import { buildNameTable, type NameTable } from './name-table';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { phoneticKey } from './phonetic';
import { headWord, joinedPairs } from './name-words';
import { builtInSynonymPhrases } from './synonyms';

/** How much a word counts, by the field it came from. */
export const FIELD_WEIGHTS = {
  name: 1,
  merged: 0.95,
  brand: 0.9,
  synonym: 0.85,
  category: 0.5,
  size: 0.5,
} as const;

/** What the index keeps per product. */
export interface IndexedProduct {
  readonly product: Product;
  /** Distinct term ids of the name. */
  readonly nameTerms: readonly number[];
  /** The name's head word (its last word that is not a number or unit: "chip", "milk"), or -1. */
  readonly headTerm: number;
  /** Other names it goes by (its synonyms, built-in synonym phrases), as term ids and head word. */
  readonly alternatives: readonly { readonly terms: readonly number[]; readonly head: number }[];
  readonly organic: boolean;
  readonly glutenFree: boolean;
  /** Normalised size and name words, to check a spoken size ("12 oz"). */
  readonly sizeText: string;
  readonly category: string;
  readonly brand: string;
  /** Popularity scaled to 0..1 on a log scale. */
  popularity: number;
}

/** The whole index, read-only once built. */
export interface IndexData {
  readonly products: readonly IndexedProduct[];
  readonly bySku: ReadonlyMap<string, number>;
  readonly termIds: ReadonlyMap<string, number>;
  readonly termText: readonly string[];
  readonly idf: Float64Array;
  readonly names: NameTable;
  readonly postingProducts: readonly Int32Array[];
  readonly postingWeights: readonly Float32Array[];
  /** Deletion variant -> ids of terms (of four letters or more) that have it. */
  readonly deletions: ReadonlyMap<string, readonly number[]>;
  /** Phonetic key -> ids of terms with that key. */
  readonly phonetic: ReadonlyMap<string, readonly number[]>;
  readonly vocabulary: ConstraintVocabulary;
}

/** Alternative names kept per product for name coverage. */
const MAX_ALTERNATIVES = 8;

function addWeight(target: Map<string, number>, words: readonly string[], weight: number): void {
  for (const word of words) if (weight > (target.get(word) ?? 0)) target.set(word, weight);
}

function phrase(text: string): NamedPhrase | undefined {
  const words = tokens(text);
  return words.length > 0 ? { words, name: text } : undefined;
}

function longestFirst(phrases: Iterable<NamedPhrase>): NamedPhrase[] {
  return [...phrases].sort((a, b) => b.words.length - a.words.length || a.name.localeCompare(b.name));
}

/**
 * Builds the index data from products; the first product's currency is the catalog's. A brand is
 * read out of a spoken phrase only when one of its words is mostly used as that brand, so a brand
 * called "Organic" or "Simply" does not swallow a common word of other products' names.
 */
export function buildIndexData(catalog: readonly Product[], defaultCurrency = 'USD'): IndexData {
  const termIds = new Map<string, number>();
  const termText: string[] = [];
  const postings: { products: number[]; weights: number[] }[] = [];
  const products: IndexedProduct[] = [];
  const bySku = new Map<string, number>();
  const brands = new Map<string, NamedPhrase>();
  const categories = new Map<string, NamedPhrase>();
  const asBrand = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  let maxPopularity = 0;
  const memo = new Map<string, string[]>();
  const cached = (text: string | undefined): string[] => {
    if (!text) return [];
    let words = memo.get(text);
    if (!words) memo.set(text, (words = tokens(text)));
    return words;
  };

  for (const product of catalog) {
    if (bySku.has(product.sku)) continue;
    const id = products.length;
    bySku.set(product.sku, id);
    const nameWords = normaliseWords(product.name);
    const name = nameWords.filter((w) => !STOP_WORDS.has(w));
    const brand = cached(product.brand);
    const category = cached(product.category);
    const size = cached(product.size);
    const own = product.synonyms.map((s) => cached(s)).filter((words) => words.length > 0);
    const alternatives = [...own, ...builtInSynonymPhrases([...name, ...own.flat()])].slice(
      0,
      MAX_ALTERNATIVES,
    );
    const weights = new Map<string, number>();
    addWeight(weights, category, FIELD_WEIGHTS.category);
    addWeight(weights, size, FIELD_WEIGHTS.size);
    addWeight(weights, alternatives.flat(), FIELD_WEIGHTS.synonym);
    addWeight(weights, brand, FIELD_WEIGHTS.brand);
    addWeight(weights, [...joinedPairs(nameWords), ...joinedPairs(brand)], FIELD_WEIGHTS.merged);
    addWeight(weights, name, FIELD_WEIGHTS.name);
    for (const [term, weight] of weights) {
      let termId = termIds.get(term);
      if (termId === undefined) {
        termId = termText.length;
        termIds.set(term, termId);
        termText.push(term);
        postings.push({ products: [], weights: [] });
      }
      postings[termId]!.products.push(id);
      postings[termId]!.weights.push(weight);
    }
    const all = [...nameWords, ...brand, ...(product.description ? normaliseWords(product.description) : [])];
    const joined = ` ${all.join(' ')} `;
    maxPopularity = Math.max(maxPopularity, product.popularity);
    products.push({
      product,
      nameTerms: [...new Set(name.map((w) => termIds.get(w)!))],
      headTerm: termIds.get(headWord(name)) ?? -1,
      alternatives: alternatives.map((words) => ({
        terms: [...new Set(words.map((w) => termIds.get(w)!))],
        head: termIds.get(headWord(words)) ?? -1,
      })),
      organic: all.includes('organic'),
      glutenFree: joined.includes(' gluten free ') || all.includes('gf'),
      sizeText: ` ${[...size, ...nameWords].join(' ')} `,
      category: category.join(' '),
      brand: brand.join(' '),
      popularity: Math.max(0, product.popularity),
    });
    const b = product.brand && phrase(product.brand);
    if (b) brands.set(b.words.join(' '), b);
    const c = product.category && phrase(product.category);
    if (c) categories.set(c.words.join(' '), c);
  }

  const n = products.length;
  const idf = new Float64Array(termText.length);
  postings.forEach((p, t) => (idf[t] = Math.log(1 + n / p.products.length)));
  const scale = Math.log1p(maxPopularity) || 1;
  for (const p of products) {
    p.popularity = Math.log1p(p.popularity) / scale;
  }

  const deletions = new Map<string, number[]>();
  const phonetic = new Map<string, number[]>();
  termText.forEach((term, t) => {
    // Numbers and units match exactly only; a sound-alike "oz" for "ice" is noise.
    if (/\d/.test(term) || SIZE_UNITS.has(term) || term.length < 3) return;
    const key = phoneticKey(term);
    if (key.length >= 2) {
      const list = phonetic.get(key);
      if (list) list.push(t);
      else phonetic.set(key, [t]);
    }
    if (term.length < 4) return;
    for (const variant of deletionVariants(term)) {
      const list = deletions.get(variant);
      if (list) list.push(t);
      else deletions.set(variant, [t]);
    }
  });

  return {
    products,
    bySku,
    termIds,
    termText,
    idf,
    names: buildNameTable(products, idf),
    postingProducts: postings.map((p) => Int32Array.from(p.products)),
    postingWeights: postings.map((p) => Float32Array.from(p.weights)),
    deletions,
    phonetic,
    vocabulary: {
      currency: catalog[0]?.price.currency ?? defaultCurrency,
      brands: longestFirst(
        [...brands.values()].filter((b) => b.words.some((w) => asBrand.get(w)! >= (elsewhere.get(w) ?? 0))),
      ),
      categories: longestFirst(categories.values()),
    },
  };
}
