/**
 * Builds the inverted index in two passes with flat arrays (no array per term while building): each
 * product adds its words with a field weight (the highest weight per word and product wins), then the
 * postings are laid out per term in two big typed arrays, in product order. Also builds the lookup
 * tables over the vocabulary: one-letter deletions (edit distance) and phonetic keys (sound-alikes).
 */
import { SIZE_UNITS } from './constraints';
import { deletionVariants } from './edit-distance';
import { phoneticKey } from './phonetic';

/** The finished postings and rarity of every term. */
export interface Postings {
  readonly idf: Float64Array;
  readonly products: readonly Int32Array[];
  readonly weights: readonly Float32Array[];
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
    const offset = new Int32Array(terms + 1);
    for (const t of this.entryTerm) offset[t + 1]! += 1;
    for (let t = 0; t < terms; t += 1) offset[t + 1]! += offset[t]!;
    const fill = offset.slice(0, terms);
    const products = new Int32Array(this.entryTerm.length);
    const weights = new Float32Array(this.entryTerm.length);
    this.entryTerm.forEach((t, k) => {
      const at = fill[t]!;
      fill[t] = at + 1;
      products[at] = this.entryProduct[k]!;
      weights[at] = this.entryWeight[k]!;
    });
    const idf = new Float64Array(terms);
    for (let t = 0; t < terms; t += 1) idf[t] = Math.log(1 + productCount / (offset[t + 1]! - offset[t]!));
    return {
      idf,
      products: Array.from({ length: terms }, (_, t) => products.subarray(offset[t], offset[t + 1])),
      weights: Array.from({ length: terms }, (_, t) => weights.subarray(offset[t], offset[t + 1])),
    };
  }
}

/** Deletion variants and phonetic keys of the vocabulary; numbers and units match exactly only. */
export function fuzzyTables(termText: readonly string[]): {
  deletions: Map<string, number[]>;
  phonetic: Map<string, number[]>;
} {
  const deletions = new Map<string, number[]>();
  const phonetic = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, t: number): void => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  termText.forEach((term, t) => {
    if (/\d/.test(term) || SIZE_UNITS.has(term) || term.length < 3) return;
    const key = phoneticKey(term);
    if (key.length >= 2) push(phonetic, key, t);
    if (term.length >= 4) for (const variant of deletionVariants(term)) push(deletions, variant, t);
  });
  return { deletions, phonetic };
}
