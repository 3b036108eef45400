/**
 * The search port: what a shopper asked to find and what the catalog search answers. The domain and
 * the conversation read it through ports.ts; the in-memory index (adapters/search) implements it.
 */
import type { Money, Product } from './model';

/** What a shopper asked to find, as heard, plus what the platform already resolved. */
export interface SearchRequest {
  /** The phrase as heard ("gluten free bread under five dollars"). */
  readonly text: string;
  /** A sku the platform's entity resolution already matched; used first when it exists. */
  readonly resolvedSku?: string;
  /** How often the shopper bought each sku, to rank their usual products higher. */
  readonly history?: ReadonlyMap<string, number>;
  /** Maximum hits to return (default 10). */
  readonly limit?: number;
  /**
   * Constraints to understand in the phrase but not apply: with `maxPrice`, products over the price
   * ceiling are found too, so the shopper can hear what is just over a budget.
   */
  readonly ignore?: readonly 'maxPrice'[];
}

/** Constraints understood in the phrase. */
export interface SearchConstraints {
  readonly maxPrice?: Money;
  /** "cheapest", "least expensive", "lowest price": the matching products lowest price first. */
  readonly cheapest?: boolean;
  /** "most popular", "best selling": the matching products most popular first. */
  readonly mostPopular?: boolean;
  readonly brand?: string;
  readonly category?: string;
  readonly size?: string;
  readonly organic?: boolean;
  readonly glutenFree?: boolean;
  /** "cereal without sugar", "no nuts": words a product must not carry (normalised, as the index has them). */
  readonly without?: readonly string[];
}

/** One product found, with its relevance score (higher is better). */
export interface SearchHit {
  readonly product: Product;
  readonly score: number;
}

/** Products found, best first. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** How many products matched in all (hits holds at most `limit`). */
  readonly total: number;
  /** True when the top two are too close to call: the conversation asks "did you mean A or B?". */
  readonly ambiguous: boolean;
  readonly constraints: SearchConstraints;
  /** The words that were matched against products, after constraints were taken out. */
  readonly terms: string;
}

/** Product search over the catalog (the in-memory index in production). */
export interface ProductSearch {
  search(request: SearchRequest): Promise<SearchResult>;
}
