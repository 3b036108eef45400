/**
 * One search over built index data: constraints out of the phrase, text scores for the words left,
 * constraints applied as filters, then the ranking. Text match comes first; popularity (up to 0.04)
 * and the shopper's own purchases (up to 0.15) break near-ties; an out-of-stock product keeps 0.8 of
 * its score so it falls below in-stock products that match as well. "cheapest" orders the close text
 * matches by price. The result is ambiguous when the top two are within the margin.
 */
import type { Product } from '../../domain/model';
import type { SearchConstraints, SearchHit, SearchRequest, SearchResult } from '../../domain/ports';
import { parseConstraints } from './constraints';
import type { IndexData, IndexedProduct } from './index-data';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { textScores, type TextScores } from './text-match';

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
const CHEAPEST_SHARE = 0.9;
/** ...and whose text score (name and head word included) is within this share of the best. */
const CHEAPEST_TEXT_SHARE = 0.9;
/** Text score when only constraints were said: full when they named a brand or category, else half. */
const NAMED_TEXT = 1;
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

interface Hit {
  readonly id: number;
  readonly text: number;
  readonly query: number;
  readonly score: number;
}

/** Runs one search request over the index data. Never throws on any text. */
export function rank(index: IndexData, request: SearchRequest, options: RankOptions): SearchResult {
  const words = normaliseWords(request.text ?? '');
  const first = attempt(index, request, options, words, true);
  // A brand heard in the phrase narrows the search only if that brand has what was asked for.
  return first.total === 0 && first.constraints.brand !== undefined
    ? attempt(index, request, options, words, false)
    : first;
}

function attempt(
  index: IndexData,
  request: SearchRequest,
  options: RankOptions,
  all: readonly string[],
  readBrand: boolean,
): SearchResult {
  const limit = Math.max(1, Math.min(100, Math.floor(request.limit ?? options.defaultLimit)));
  const { constraints, rest } = parseConstraints(all, index.vocabulary, readBrand);
  const words = rest.filter((w) => !STOP_WORDS.has(w));
  const { maxPrice: _ceiling, ...withoutCeiling } = constraints;
  const passes = filterFor(index, request.ignore?.includes('maxPrice') ? withoutCeiling : constraints);

  let scored: TextScores = { ids: new Int32Array(0), text: new Float64Array(0), query: new Float64Array(0) };
  if (words.length > 0) scored = textScores(index, words);
  else if (Object.keys(constraints).length > 0) {
    // Only constraints were said: start from the brand's or category's products when one was named.
    const key = (name: string | undefined): string => tokens(name ?? '').join(' ');
    const named =
      constraints.brand !== undefined
        ? index.byBrand.get(key(constraints.brand))
        : constraints.category !== undefined
          ? index.byCategory.get(key(constraints.category))
          : undefined;
    const ids = named ? Int32Array.from(named) : Int32Array.from(index.products.keys());
    const text = new Float64Array(ids.length).fill(named ? NAMED_TEXT : NEUTRAL_TEXT);
    scored = { ids, text, query: text };
  }
  const { ids, text, query } = scored;
  const keep = new Uint8Array(ids.length);
  let bestText = 0;
  let bestQuery = 0;
  for (let k = 0; k < ids.length; k += 1) {
    if (text[k]! < MIN_TEXT || !passes(index.products[ids[k]!]!)) continue;
    keep[k] = 1;
    if (text[k]! > bestText) bestText = text[k]!;
    if (query[k]! > bestQuery) bestQuery = query[k]!;
  }
  const floor = Math.max(MIN_TEXT, RELEVANT_SHARE * bestText);
  const hits: Hit[] = [];
  for (let k = 0; k < ids.length; k += 1) {
    if (!keep[k] || text[k]! < floor) continue;
    const p = index.products[ids[k]!]!;
    const stock = p.product.stock > 0 ? 1 : OUT_OF_STOCK_FACTOR;
    const score =
      text[k]! * stock +
      POPULARITY_BOOST * p.popularity +
      HISTORY_BOOST * historyShare(request.history, p.product.sku);
    hits.push({ id: ids[k]!, text: text[k]!, query: query[k]!, score });
  }

  const product = (h: Hit): Product => index.products[h.id]!.product;
  // "cheapest" compares the products that match what was said about as well as the best one does.
  const isClose = (h: Hit): boolean =>
    h.query >= CHEAPEST_SHARE * bestQuery && h.text >= CHEAPEST_TEXT_SHARE * bestText;
  if (constraints.cheapest) {
    const out = (h: Hit): number => (product(h).stock > 0 ? 0 : 1);
    hits.sort(
      (a, b) =>
        Number(isClose(b)) - Number(isClose(a)) ||
        out(a) - out(b) ||
        product(a).price.amount - product(b).price.amount ||
        b.score - a.score,
    );
  } else {
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  let top: SearchHit[] = hits.slice(0, limit).map((h) => ({ product: product(h), score: round(h.score) }));
  const [a, b] = hits;
  let ambiguous =
    a !== undefined &&
    b !== undefined &&
    (constraints.cheapest
      ? product(a).price.amount === product(b).price.amount && isClose(b)
      : a.score - b.score < options.ambiguityMargin);
  let total = hits.length;

  const resolvedId = request.resolvedSku === undefined ? undefined : index.bySku.get(request.resolvedSku);
  if (resolvedId !== undefined) {
    const resolved = index.products[resolvedId]!.product;
    const others = top.filter((h) => h.product.sku !== resolved.sku).slice(0, limit - 1);
    top = [{ product: resolved, score: round((top[0]?.score ?? 0) + 1) }, ...others];
    total += hits.some((h) => h.id === resolvedId) ? 0 : 1;
    ambiguous = false;
  }
  return { hits: top, total, ambiguous, constraints, terms: words.join(' ') };
}
