/**
 * Builds the index data product by product. Each product's name, brand, category, size and other
 * names (its synonyms and built-in synonym phrases) are normalised once and posted with their field
 * weights; the per-product facts go into columns; then `finish` lays out the postings, the names,
 * the fuzzy tables and the catalog's brands and categories.
 *
 * A brand is read out of a spoken phrase only when one of its words is mostly used as that brand, so
 * a brand called "Organic" or "Simply" does not swallow a common word of other products' names.
 */
import type { Product } from '../../domain/model';
import type { NamedPhrase } from './constraints';
import { FIELD_WEIGHTS, type IndexData } from './index-data';
import { addTo, packLists } from './keyed-lists';
import { buildNameTable } from './name-table';
import { beforeQualifier, headWord, joinedPairs } from './name-words';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { fuzzyTables, PostingsBuilder } from './postings';
import { buildProductTable, flagsOf } from './product-columns';
import { distinctPhrases, localPhrases } from './local-phrases';
import { indexStrings } from './string-index';
import { builtInSynonymPhrases } from './synonyms';

/** Alternative names kept per product for name coverage. */
const MAX_ALTERNATIVES = 8;

/** A name's words before "for" or "with", stop words removed. */
function tokensBefore(text: string): string[] {
  return beforeQualifier(normaliseWords(text)).filter((w) => !STOP_WORDS.has(w));
}

/** A product's words, normalised. */
interface ProductWords {
  /** The name's words, stop words included. */
  readonly all: readonly string[];
  readonly name: readonly string[];
  readonly brand: readonly string[];
  readonly category: readonly string[];
  readonly size: readonly string[];
  /** Other names it goes by. */
  readonly alternatives: readonly (readonly string[])[];
  /** The head word of its name and of each other name, read before "for" or "with". */
  readonly heads: readonly string[];
}

/** A name for name coverage: its terms and its head word's term. */
interface IndexedName {
  readonly terms: readonly number[];
  readonly head: number;
}

function longestFirst(phrases: Iterable<NamedPhrase>): NamedPhrase[] {
  return [...phrases].sort((a, b) => b.words.length - a.words.length || a.name.localeCompare(b.name));
}

/** Accumulates products, then finishes the index data. */
export class CatalogIndexer {
  private readonly postings = new PostingsBuilder();
  private readonly products: Product[] = [];
  private readonly skus = new Map<string, number>();
  private readonly names: { nameTerms: number[]; headTerm: number; alternatives: IndexedName[] }[] = [];
  private readonly flags: number[] = [];
  private readonly sizeText: string[] = [];
  private readonly byBrand = new Map<string, number[]>();
  private readonly byCategory = new Map<string, number[]>();
  private readonly brands = new Map<string, NamedPhrase>();
  private readonly categories = new Map<string, NamedPhrase>();
  private readonly asBrand = new Map<string, number>();
  private readonly elsewhere = new Map<string, number>();
  private readonly memo = new Map<string, string[]>();

  /** Adds one product; a sku already added is ignored. */
  add(product: Product): void {
    if (this.skus.has(product.sku)) return;
    const id = this.products.length;
    this.skus.set(product.sku, id);
    this.products.push(product);
    const words = this.wordsOf(product);
    this.post(id, words);
    this.countBrandWords(words);
    this.names.push(this.namesOf(words));
    this.flags.push(flagsOf(words.all, words.brand, product.description));
    this.sizeText.push(` ${[...words.size, ...words.all].join(' ')} `);
    this.group(id, product, words);
  }

  /** The product's own name and other names, as terms with their head word. */
  private namesOf(words: ProductWords): {
    nameTerms: number[];
    headTerm: number;
    alternatives: IndexedName[];
  } {
    return {
      nameTerms: this.termsOf(words.name),
      headTerm: this.postings.termIds.get(words.heads[0]!) ?? -1,
      alternatives: words.alternatives.map((alternative, k) => ({
        terms: this.termsOf(alternative),
        head: this.postings.termIds.get(words.heads[k + 1]!) ?? -1,
      })),
    };
  }

  /** Files the product under its brand and category, and learns their spoken forms. */
  private group(id: number, product: Product, words: ProductWords): void {
    addTo(this.byBrand, words.brand.join(' '), id);
    addTo(this.byCategory, words.category.join(' '), id);
    if (product.brand && words.brand.length > 0) {
      this.brands.set(words.brand.join(' '), { words: words.brand, name: product.brand });
    }
    if (product.category && words.category.length > 0) {
      this.categories.set(words.category.join(' '), { words: words.category, name: product.category });
    }
  }

  /** The index data over every product added; `currency` is the catalog's. */
  finish(currency: string): IndexData {
    const { idf, ...postings } = this.postings.finish(this.products.length);
    const terms = indexStrings(this.postings.termText);
    const owned = (b: NamedPhrase): boolean =>
      b.words.some((w) => (this.asBrand.get(w) ?? 0) >= (this.elsewhere.get(w) ?? 0));
    return {
      products: buildProductTable(this.products, {
        flags: this.flags,
        sizeText: this.sizeText,
        byBrand: this.byBrand,
        byCategory: this.byCategory,
      }),
      terms,
      idf,
      postings,
      names: buildNameTable(this.names, idf),
      ...fuzzyTables(this.postings.termText, (t) => terms.text(t)),
      vocabulary: {
        currency,
        brands: longestFirst([...this.brands.values()].filter(owned)),
        categories: longestFirst(this.categories.values()),
      },
      brands: packLists(this.byBrand),
      categories: packLists(this.byCategory),
    };
  }

  private wordsOf(product: Product): ProductWords {
    const all = normaliseWords(product.name);
    const name = all.filter((w) => !STOP_WORDS.has(w));
    const { names: localNames, synonyms: localSynonyms } = localPhrases(product);
    const phrases = (texts: readonly string[]): string[][] =>
      texts.map((s) => this.tokensOf(s)).filter((words) => words.length > 0);
    const english = phrases(product.synonyms);
    const local = distinctPhrases([...phrases(localNames), ...phrases(localSynonyms)], [name, ...english]);
    const own = [...local, ...english];
    const builtIn = builtInSynonymPhrases([...name, ...own.flat()]);
    const alternatives = [...own, ...builtIn].slice(0, MAX_ALTERNATIVES);
    // A synonym's head is read from its own words, before "for" or "with" ("cream for coffee").
    const written = new Map(product.synonyms.map((s) => [this.tokensOf(s).join(' '), s]));
    const headOf = (words: readonly string[], text?: string): string =>
      headWord(text === undefined ? words : tokensBefore(text)) || headWord(words);
    return {
      all,
      name,
      brand: this.tokensOf(product.brand),
      category: this.tokensOf(product.category),
      size: this.tokensOf(product.size),
      alternatives,
      heads: [headOf(name, product.name), ...alternatives.map((a) => headOf(a, written.get(a.join(' '))))],
    };
  }

  private post(id: number, words: ProductWords): void {
    const { postings } = this;
    postings.add(id, words.name, FIELD_WEIGHTS.name);
    postings.add(id, [...joinedPairs(words.all), ...joinedPairs(words.brand)], FIELD_WEIGHTS.merged);
    postings.add(id, words.brand, FIELD_WEIGHTS.brand);
    postings.add(id, words.alternatives.flat(), FIELD_WEIGHTS.synonym);
    postings.add(id, words.category, FIELD_WEIGHTS.category);
    postings.add(id, words.size, FIELD_WEIGHTS.size);
  }

  private countBrandWords(words: ProductWords): void {
    const count = (map: Map<string, number>, word: string): void => {
      map.set(word, (map.get(word) ?? 0) + 1);
    };
    for (const w of new Set(words.brand)) count(this.asBrand, w);
    for (const w of new Set(words.name)) if (!words.brand.includes(w)) count(this.elsewhere, w);
  }

  private termsOf(words: readonly string[]): number[] {
    return [...new Set(words.map((w) => this.postings.termId(w)))];
  }

  private tokensOf(text: string | undefined): string[] {
    if (!text) return [];
    let words = this.memo.get(text);
    if (!words) this.memo.set(text, (words = tokens(text)));
    return words;
  }
}

/**
 * Builds the index data from products (later duplicates of a sku are ignored); the first product's
 * currency is the catalog's.
 */
export function buildIndexData(catalog: readonly Product[], defaultCurrency = 'USD'): IndexData {
  const indexer = new CatalogIndexer();
  for (const product of catalog) indexer.add(product);
  return indexer.finish(catalog[0]?.price.currency ?? defaultCurrency);
}
