/**
 * The three search engines the evaluation compares, behind one shape: ours (the production index),
 * MiniSearch with fuzzy and prefix matching, and Fuse.js. Each gets the phrase exactly as heard.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildSearchIndex } from '../lambda/adapters/search/search-index';
import type { Product } from '../lambda/domain/model';

/** A built engine: the skus of the best `top` products for a phrase. */
export interface BuiltEngine {
  search(query: string, top: number): string[];
}

/** An engine: a name and how to build it over products. */
export interface Engine {
  readonly name: string;
  build(products: readonly Product[]): BuiltEngine;
}

/** The production search (lambda/adapters/search). */
export const ours: Engine = {
  name: 'ours',
  build: (products) => {
    const index = buildSearchIndex(products);
    return {
      search: (query, top) => index.search({ text: query, limit: top }).hits.map((h) => h.product.sku),
    };
  },
};

interface Doc {
  readonly sku: string;
  readonly name: string;
  readonly brand: string;
  readonly category: string;
  readonly synonyms: string;
}

const toDoc = (p: Product): Doc => ({
  sku: p.sku,
  name: p.name,
  brand: p.brand ?? '',
  category: p.category ?? '',
  synonyms: p.synonyms.join(' '),
});

/** MiniSearch 7, fuzzy 0.2 and prefix matching, name boosted. */
export const miniSearch: Engine = {
  name: 'minisearch',
  build: (products) => {
    const index = new MiniSearch<Doc>({
      idField: 'sku',
      fields: ['name', 'brand', 'category', 'synonyms'],
      searchOptions: { fuzzy: 0.2, prefix: true, boost: { name: 2, brand: 1.5 } },
    });
    const seen = new Set<string>();
    index.addAll(products.filter((p) => !seen.has(p.sku) && seen.add(p.sku)).map(toDoc));
    return {
      search: (query, top) =>
        index
          .search(query)
          .slice(0, top)
          .map((r) => String(r.id)),
    };
  },
};

/** Fuse.js 7, threshold 0.4, matching anywhere in the fields, name weighted double. */
export const fuse: Engine = {
  name: 'fuse.js',
  build: (products) => {
    const index = new Fuse(products.map(toDoc), {
      keys: [{ name: 'name', weight: 2 }, 'brand', 'category', 'synonyms'],
      threshold: 0.4,
      ignoreLocation: true,
    });
    return { search: (query, top) => index.search(query, { limit: top }).map((r) => r.item.sku) };
  },
};
