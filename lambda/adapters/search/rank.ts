/**
 * One search over built index data: constraints out of the phrase, text scores for the words left,
 * constraints applied as filters, then the ranking. Text match comes first; popularity (up to 0.04)
 * and the shopper's own purchases (up to 0.15) break near-ties; an out-of-stock product keeps 0.8 of
 * its score so it falls below in-stock products that match as well. "cheapest" orders the close text
 * matches by price. The result is ambiguous when the top two are within the margin.
 */
import type { SearchConstraints, SearchHit, SearchRequest, SearchResult } from '../../domain/ports';
import { parseConstraints } from './constraints';
import type { IndexData, IndexedProduct } from './index-data';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { textScores, type TextScore } from './text-match';

/** Ranking knobs. */
export interface RankOptions {
  /** Top two scores closer than this make the result ambiguous. */
  readonly ambiguityMargin: number;
  /** Hits returned when the request sets no limit. */
  readonly defaultLimit: number;
}

/** The defaults: a 0.05 margin and 10 hits. */
export const DEFAULT_RANK_OPTIONS: RankOptions = { ambiguityMargin: 0.05, defaultLimit: 10 };

const POPULARITY_BOOST = 0.04;
const HISTORY_BOOST = 0.15;
const OUT_OF_STOCK_FACTOR = 0.8;
/** A hit must reach this share of the best text score to count at all. */
const RELEVANT_SHARE = 0.5;
const MIN_TEXT = 0.25;
/** With "cheapest", products within this share of the best text score compete on price. */
const CHEAPEST_SHARE = 0.8;
const NEUTRAL_TEXT = 0.5;

function filterFor(index: IndexData, c: SearchConstraints): (p: IndexedProduct) => boolean {
  const category = c.category === undefined ? undefined : tokens(c.category).join(' ');
  const brand = c.brand === undefined ? undefined : tokens(c.brand).join(' ');
  const size = c.size === undefined ? undefined : ` ${c.size} `;
  return (p) =>
    (c.maxPrice === undefined ||
      (p.product.price.currency === c.maxPrice.currency && p.product.price.amount <= c.maxPrice.amount)) &&
    (!c.organic || p.organic) &&
    (!c.glutenFree || p.glutenFree) &&
    (category === undefined || p.category === category) &&
    (brand === undefined || p.brand === brand) &&
    (size === undefined || p.sizeText.includes(size));
}

function historyShare(history: SearchRequest['history'], sku: string): number {
  const count = history?.get(sku) ?? 0;
  return count > 0 ? Math.min(1, Math.log1p(count) / Math.log1p(3)) : 0;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** Runs one search request over the index data. Never throws on any text. */
export function rank(index: IndexData, request: SearchRequest, options: RankOptions): SearchResult {
  const limit = Math.max(1, Math.min(100, Math.floor(request.limit ?? options.defaultLimit)));
  const { constraints, rest } = parseConstraints(normaliseWords(request.text ?? ''), index.vocabulary);
  const words = rest.filter((w) => !STOP_WORDS.has(w));
  const hasConstraints = Object.keys(constraints).length > 0;
  const passes = filterFor(index, constraints);

  let scored: TextScore[] = [];
  if (words.length > 0) scored = textScores(index, words);
  else if (hasConstraints) scored = index.products.map((_, id) => ({ id, text: NEUTRAL_TEXT }));
  scored = scored.filter((s) => passes(index.products[s.id]!));

  const bestText = scored.reduce((m, s) => Math.max(m, s.text), 0);
  const floor = Math.max(MIN_TEXT, RELEVANT_SHARE * bestText);
  const hits = scored
    .filter((s) => s.text >= floor)
    .map((s) => {
      const p = index.products[s.id]!;
      const stock = p.product.stock > 0 ? 1 : OUT_OF_STOCK_FACTOR;
      const score =
        s.text * stock +
        POPULARITY_BOOST * p.popularity +
        HISTORY_BOOST * historyShare(request.history, p.product.sku);
      return { product: p.product, score, text: s.text };
    });

  if (constraints.cheapest) {
    const close = CHEAPEST_SHARE * bestText;
    const inStock = (h: (typeof hits)[number]): number => (h.product.stock > 0 ? 0 : 1);
    hits.sort(
      (a, b) =>
        Number(b.text >= close) - Number(a.text >= close) ||
        inStock(a) - inStock(b) ||
        a.product.price.amount - b.product.price.amount ||
        b.score - a.score,
    );
  } else {
    hits.sort((a, b) => b.score - a.score || a.product.sku.localeCompare(b.product.sku));
  }

  let top: SearchHit[] = hits.slice(0, limit).map((h) => ({ product: h.product, score: round(h.score) }));
  let ambiguous =
    hits.length > 1 &&
    (constraints.cheapest
      ? hits[0]!.product.price.amount === hits[1]!.product.price.amount &&
        hits[1]!.text >= CHEAPEST_SHARE * bestText
      : hits[0]!.score - hits[1]!.score < options.ambiguityMargin);
  let total = hits.length;

  const resolvedId = request.resolvedSku === undefined ? undefined : index.bySku.get(request.resolvedSku);
  if (resolvedId !== undefined) {
    const product = index.products[resolvedId]!.product;
    const others = top.filter((h) => h.product.sku !== product.sku).slice(0, limit - 1);
    top = [{ product, score: round((top[0]?.score ?? 0) + 1) }, ...others];
    total += hits.some((h) => h.product === product) ? 0 : 1;
    ambiguous = false;
  }
  return { hits: top, total, ambiguous, constraints, terms: words.join(' ') };
}
