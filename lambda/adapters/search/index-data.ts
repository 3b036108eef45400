/**
 * Builds the data of the product index: a term dictionary with inverted postings (product, field
 * weight) and inverse document frequencies (postings.ts), a symmetric-delete table and a phonetic
 * table over the vocabulary, the names for name coverage (name-table.ts), per-product facts the
 * constraints filter on, and the catalog's brands and categories.
 */
import type { Product } from '../../domain/model';
import type { ConstraintVocabulary, NamedPhrase } from './constraints';
import { buildNameTable, type NameTable } from './name-table';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { fuzzyTables, PostingsBuilder } from './postings';
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
  /** Product ids by normalised brand and by normalised category, for phrases that name only those. */
  readonly byBrand: ReadonlyMap<string, readonly number[]>;
  readonly byCategory: ReadonlyMap<string, readonly number[]>;
}

/** Alternative names kept per product for name coverage. */
const MAX_ALTERNATIVES = 8;

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
  const postings = new PostingsBuilder();
  const products: IndexedProduct[] = [];
  const bySku = new Map<string, number>();
  const brands = new Map<string, NamedPhrase>();
  const categories = new Map<string, NamedPhrase>();
  const asBrand = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  const count = (map: Map<string, number>, word: string): void => {
    map.set(word, (map.get(word) ?? 0) + 1);
  };
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
    postings.add(id, name, FIELD_WEIGHTS.name);
    postings.add(id, [...joinedPairs(nameWords), ...joinedPairs(brand)], FIELD_WEIGHTS.merged);
    postings.add(id, brand, FIELD_WEIGHTS.brand);
    postings.add(id, alternatives.flat(), FIELD_WEIGHTS.synonym);
    postings.add(id, category, FIELD_WEIGHTS.category);
    postings.add(id, size, FIELD_WEIGHTS.size);
    for (const w of new Set(brand)) count(asBrand, w);
    for (const w of new Set(name)) if (!brand.includes(w)) count(elsewhere, w);
    const all = [...nameWords, ...brand, ...(product.description ? normaliseWords(product.description) : [])];
    maxPopularity = Math.max(maxPopularity, product.popularity);
    const termsOf = (words: readonly string[]): number[] => [
      ...new Set(words.map((w) => postings.termId(w))),
    ];
    products.push({
      product,
      nameTerms: termsOf(name),
      headTerm: postings.termIds.get(headWord(name)) ?? -1,
      alternatives: alternatives.map((words) => ({
        terms: termsOf(words),
        head: postings.termIds.get(headWord(words)) ?? -1,
      })),
      organic: all.includes('organic'),
      glutenFree: ` ${all.join(' ')} `.includes(' gluten free ') || all.includes('gf'),
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

  const { idf, products: postingProducts, weights: postingWeights } = postings.finish(products.length);
  const scale = Math.log1p(maxPopularity) || 1;
  for (const p of products) p.popularity = Math.log1p(p.popularity) / scale;
  const group = (key: (p: IndexedProduct) => string): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    products.forEach((p, id) => {
      const list = map.get(key(p));
      if (list) list.push(id);
      else map.set(key(p), [id]);
    });
    return map;
  };
  const owned = (b: NamedPhrase): boolean =>
    b.words.some((w) => (asBrand.get(w) ?? 0) >= (elsewhere.get(w) ?? 0));

  return {
    products,
    bySku,
    termIds: postings.termIds,
    termText: postings.termText,
    idf,
    names: buildNameTable(products, idf),
    postingProducts,
    postingWeights,
    ...fuzzyTables(postings.termText),
    byBrand: group((p) => p.brand),
    byCategory: group((p) => p.category),
    vocabulary: {
      currency: catalog[0]?.price.currency ?? defaultCurrency,
      brands: longestFirst([...brands.values()].filter(owned)),
      categories: longestFirst(categories.values()),
    },
  };
}
