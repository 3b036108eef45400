/**
 * Builds the inverted index in two passes with flat arrays (no array per term while building): each
 * product adds its words with a field weight (the highest weight per word and product wins), then the
 * postings are laid out per term in three typed arrays, in product order. Also builds the lookup
 * tables over the vocabulary: one-letter deletions (edit distance) and phonetic keys (sound-alikes).
 */
import { buildDeletionTable, type DeletionTable } from './deletion-table';
import { addTo, packLists, type KeyedLists } from './keyed-lists';
import { SIZE_UNITS } from './normalise';
import { phoneticKey } from './phonetic';

/** Every term's postings: term t's are products[offsets[t]] to products[offsets[t + 1] - 1], in product order. */
export interface PostingLists {
  readonly offsets: Int32Array;
  readonly products: Int32Array;
  /** The field weight of each posting. */
  readonly weights: Float32Array;
}

/** The finished postings and the rarity of every term. */
export interface Postings extends PostingLists {
  readonly idf: Float64Array;
}

/** Collects (term, product, weight) entries, product by product, in increasing product id. */
export class PostingsBuilder {
  readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  private readonly owner: number[] = [];
  private readonly entry: number[] = [];
  private readonly entryTerm: number[] = [];
  private readonly entryProduct: number[] = [];
  private readonly entryWeight: number[] = [];

  /** The id of a term, created on first sight. */
  termId(word: string): number {
    let t = this.termIds.get(word);
    if (t === undefined) {
      t = this.termText.length;
      this.termIds.set(word, t);
      this.termText.push(word);
      this.owner.push(-1);
      this.entry.push(-1);
    }
    return t;
  }

  /** Adds words of one product with a field weight; call with increasing product ids. */
  add(product: number, words: readonly string[], weight: number): void {
    for (const word of words) {
      const t = this.termId(word);
      if (this.owner[t] === product) {
        const at = this.entry[t]!;
        if (weight > this.entryWeight[at]!) this.entryWeight[at] = weight;
        continue;
      }
      this.owner[t] = product;
      this.entry[t] = this.entryTerm.length;
      this.entryTerm.push(t);
      this.entryProduct.push(product);
      this.entryWeight.push(weight);
    }
  }

  /** Lays the postings out per term and computes each term's idf over `productCount` products. */
  finish(productCount: number): Postings {
    const terms = this.termText.length;
    const offsets = new Int32Array(terms + 1);
    for (const t of this.entryTerm) offsets[t + 1]! += 1;
    for (let t = 0; t < terms; t += 1) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, terms);
    const products = new Int32Array(this.entryTerm.length);
    const weights = new Float32Array(this.entryTerm.length);
    this.entryTerm.forEach((t, k) => {
      const at = fill[t]!;
      fill[t] = at + 1;
      products[at] = this.entryProduct[k]!;
      weights[at] = this.entryWeight[k]!;
    });
    const idf = new Float64Array(terms);
    for (let t = 0; t < terms; t += 1) idf[t] = Math.log(1 + productCount / (offsets[t + 1]! - offsets[t]!));
    return { idf, offsets, products, weights };
  }
}

/** How many products term t is posted for. */
export function postingCount(postings: PostingLists, t: number): number {
  return postings.offsets[t + 1]! - postings.offsets[t]!;
}

/** Deletion variants and phonetic keys of the vocabulary; numbers and units match exactly only. */
export function fuzzyTables(
  termText: readonly string[],
  text: (term: number) => string,
): { deletions: DeletionTable; phonetic: KeyedLists } {
  const long: number[] = [];
  const phonetic = new Map<string, number[]>();
  termText.forEach((term, t) => {
    if (/\d/.test(term) || SIZE_UNITS.has(term) || term.length < 3) return;
    const key = phoneticKey(term);
    if (key.length >= 2) addTo(phonetic, key, t);
    if (term.length >= 4) long.push(t);
  });
  return { deletions: buildDeletionTable(termText, long, text), phonetic: packLists(phonetic) };
}
