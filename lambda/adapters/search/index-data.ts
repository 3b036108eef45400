/**
 * The data of the product index, all in typed arrays so that it can be written to a snapshot and read
 * back without rebuilding: a term dictionary with inverted postings (product, field weight) and
 * inverse document frequencies (postings.ts), a symmetric-delete table and a phonetic table over the
 * vocabulary, the names for name coverage (name-table.ts), the per-product facts the ranking and the
 * constraints read (product-table.ts), and the catalog's brands and categories.
 */
import type { ConstraintVocabulary } from './constraints';
import type { DeletionTable } from './deletion-table';
import type { KeyedLists } from './keyed-lists';
import type { NameTable } from './name-table';
import type { PostingLists } from './postings';
import type { ProductTable } from './product-table';
import type { StringIndex } from './string-index';

/** How much a word counts, by the field it came from. */
export const FIELD_WEIGHTS = {
  name: 1,
  merged: 0.95,
  brand: 0.9,
  synonym: 0.85,
  category: 0.5,
  size: 0.5,
} as const;

/** The whole index, read-only once built. */
export interface IndexData {
  readonly products: ProductTable;
  /** The vocabulary: term text <-> term id. */
  readonly terms: StringIndex;
  /** Inverse document frequency by term id. */
  readonly idf: Float64Array;
  readonly postings: PostingLists;
  readonly names: NameTable;
  /** Deletion variant -> ids of terms (of four letters or more) that have it. */
  readonly deletions: DeletionTable;
  /** Phonetic key -> ids of terms with that key. */
  readonly phonetic: KeyedLists;
  readonly vocabulary: ConstraintVocabulary;
  /** Product ids by normalised brand and by normalised category ("" for none), in catalog order. */
  readonly brands: KeyedLists;
  readonly categories: KeyedLists;
}
