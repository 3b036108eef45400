/**
 * The in-memory product index: pure, synchronous, built from a list of products with no repository,
 * so the skill, `npm run search` and the benchmarks run the same code.
 *
 * Why an index of our own rather than MiniSearch or Fuse.js (both measured by bench/search.ts on the
 * same spoken-style queries and catalogs; figures in bench/results and the search issue note):
 * - Speech recognition errors are sound-alikes and word-boundary errors ("pee nut", "all mond",
 *   "gingerale"), not typos. MiniSearch's fuzzy matching is edit distance on single terms and Fuse.js
 *   scores character patterns over whole strings; neither knows phonetics, joins or splits words, reads
 *   "eight" as "8", or takes "under five dollars" out of the words.
 * - Fuse.js scans every product on every query, far over 5 ms at 50,000 products. MiniSearch is fast
 *   but its fuzzy expansion of short words floods the results.
 * - Ours: an inverted index over normalised stems, with a symmetric-delete table (edit distance by
 *   hash lookups) and a phonetic table (see phonetic.ts) over the vocabulary, so a query touches only
 *   the postings of its candidate terms; word joins are scored by a per-product dynamic programme.
 */
import type { Product } from '../../domain/model';
import type { SearchRequest, SearchResult } from '../../domain/ports';
import { buildIndexData, type IndexData } from './index-data';
import { DEFAULT_RANK_OPTIONS, rank, type RankOptions } from './rank';

/** A built index: synchronous search over a fixed set of products. */
export interface SearchIndex {
  /** Number of distinct products indexed. */
  readonly size: number;
  /** Number of distinct terms in the vocabulary. */
  readonly vocabularySize: number;
  /** Searches; never throws, whatever the text. */
  search(request: SearchRequest): SearchResult;
}

/** Builds an index from products (later duplicates of a sku are ignored). */
export function buildSearchIndex(
  products: readonly Product[],
  options: Partial<RankOptions> & { currency?: string } = {},
): SearchIndex {
  const data: IndexData = buildIndexData(products, options.currency);
  const rankOptions: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  return {
    size: data.products.length,
    vocabularySize: data.termText.length,
    search: (request) => rank(data, request, rankOptions),
  };
}
