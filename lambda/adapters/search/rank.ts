/**
 * One search over built index data: brand names read as product kinds when the catalog lacks the
 * brand (generic-names.ts), sound-alike words read as the catalog can satisfy them (homophones.ts),
 * constraints out of the phrase, text scores for the words left,
 * constraints applied as filters, then the ranking. Text match comes first; popularity (up to 0.04)
 * and the shopper's own purchases (up to 0.15) break near-ties; an out-of-stock product keeps 0.8 of
 * its score so it falls below in-stock products that match as well. Attribute words ("whole",
 * "unsalted", "half gallon": attribute-words.ts) lift the products that carry them above popularity
 * and sink those carrying a conflicting one. A spoken order ("cheapest",
 * "most popular") orders the matching products by that key (hit-order.ts). The result is ambiguous
 * when the top two are within the margin.
 */
import type { SearchConstraints, SearchHit, SearchRequest, SearchResult } from '../../domain/ports';
import { parseConstraints } from './constraints';
import { attributeAdjustment } from './attribute-words';
import { readGenericNames } from './generic-names';
import { readHomophones } from './homophones';
import { orderHits, type FoundHits, type Hit } from './hit-order';
import type { IndexData } from './index-data';
import { normaliseWords, STOP_WORDS, tokens } from './normalise';
import { FLAGS } from './product-table';
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
/** Text score when only constraints were said: full when they named a brand or category, else half. */
const NAMED_TEXT = 1;
const NEUTRAL_TEXT = 0.5;

/** The products whose words (name, other names, brand, category) carry any of these terms. */
function carrying(index: IndexData, terms: readonly string[] | undefined): Set<number> {
  const found = new Set<number>();
  const { offsets, products } = index.postings;
  for (const term of terms ?? []) {
    const t = index.terms.id(term);
    if (t < 0) continue;
    for (let k = offsets[t]!; k < offsets[t + 1]!; k += 1) found.add(products[k]!);
  }
  return found;
}

/** Whether a product passes the constraints (a name the catalog lacks passes no product). */
function filterFor(index: IndexData, c: SearchConstraints): (id: number) => boolean {
  const unwanted = carrying(index, c.without);
  const p = index.products;
  const group = (lists: IndexData['brands'], name: string | undefined): number | undefined =>
    name === undefined ? undefined : lists.keys.id(tokens(name).join(' '));
  const category = group(index.categories, c.category);
  const brand = group(index.brands, c.brand);
  const currency = c.maxPrice === undefined ? -1 : p.currencies.indexOf(c.maxPrice.currency);
  const size = c.size === undefined ? undefined : ` ${c.size} `;
  const flags = (c.organic ? FLAGS.organic : 0) | (c.glutenFree ? FLAGS.glutenFree : 0);
  return (id) =>
    (c.maxPrice === undefined || (p.currency[id] === currency && p.price[id]! <= c.maxPrice.amount)) &&
    (p.flags[id]! & flags) === flags &&
    (category === undefined || p.category[id] === category) &&
    (brand === undefined || p.brand[id] === brand) &&
    (size === undefined || p.sizeText.get(id).includes(size)) &&
    !unwanted.has(id);
}

function historyShare(history: SearchRequest['history'], sku: string): number {
  const count = history?.get(sku) ?? 0;
  return count > 0 ? Math.min(1, Math.log1p(count) / Math.log1p(3)) : 0;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** Runs one search request over the index data. Never throws on any text. */
export function rank(index: IndexData, request: SearchRequest, options: RankOptions): SearchResult {
  const words = readHomophones(index, readGenericNames(index, normaliseWords(request.text ?? '')));
  const first = attempt(index, request, options, words, true);
  // A brand heard in the phrase narrows the search only if that brand has what was asked for.
  return first.total === 0 && first.constraints.brand !== undefined
    ? attempt(index, request, options, words, false)
    : first;
}

/** Text scores when only constraints were said: the brand's or category's products when one was named. */
function constraintsOnly(index: IndexData, constraints: SearchConstraints): TextScores {
  const key = (name: string | undefined): string => tokens(name ?? '').join(' ');
  const named =
    constraints.brand !== undefined
      ? index.brands.get(key(constraints.brand))
      : constraints.category !== undefined
        ? index.categories.get(key(constraints.category))
        : undefined;
  const found = named !== undefined && named.length > 0;
  const ids = found ? Int32Array.from(named) : Int32Array.from({ length: index.products.count }, (_, i) => i);
  const text = new Float64Array(ids.length).fill(found ? NAMED_TEXT : NEUTRAL_TEXT);
  const head = new Float64Array(ids.length).fill(found ? 1 : 0);
  return { ids, text, query: text, head, alias: new Float64Array(ids.length) };
}

/** The products that pass the constraints and score well enough, with their final scores. */
function relevantHits(
  index: IndexData,
  request: SearchRequest,
  scored: TextScores,
  passes: (id: number) => boolean,
  adjust: ((id: number) => number) | undefined,
): FoundHits {
  const { ids, text, query, head, alias } = scored;
  const keep = new Uint8Array(ids.length);
  let bestText = 0;
  let bestQuery = 0;
  for (let k = 0; k < ids.length; k += 1) {
    if (text[k]! < MIN_TEXT || !passes(ids[k]!)) continue;
    keep[k] = 1;
    if (text[k]! > bestText) bestText = text[k]!;
    if (query[k]! > bestQuery) bestQuery = query[k]!;
  }
  const floor = Math.max(MIN_TEXT, RELEVANT_SHARE * bestText);
  const { stock, popularity } = index.products;
  const hits: Hit[] = [];
  for (let k = 0; k < ids.length; k += 1) {
    if (!keep[k] || text[k]! < floor) continue;
    const id = ids[k]!;
    const inStock = stock[id]! > 0 ? 1 : OUT_OF_STOCK_FACTOR;
    const history = request.history ? historyShare(request.history, index.products.skus.text(id)) : 0;
    const boosts = POPULARITY_BOOST * popularity[id]! + HISTORY_BOOST * history + (adjust?.(id) ?? 0);
    const score = text[k]! * inStock + boosts;
    hits.push({ id, text: text[k]!, query: query[k]!, head: head[k]!, alias: alias[k]!, score });
  }
  return { hits, bestText, bestQuery };
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
  const scored =
    words.length > 0
      ? textScores(index, words)
      : Object.keys(constraints).length > 0
        ? constraintsOnly(index, constraints)
        : {
            ids: new Int32Array(0),
            text: new Float64Array(0),
            query: new Float64Array(0),
            head: new Float64Array(0),
            alias: new Float64Array(0),
          };
  const found = relevantHits(index, request, scored, passes, attributeAdjustment(index, rest));
  let ambiguous = orderHits(index, found, constraints, options.ambiguityMargin);
  const { hits } = found;
  const product = (id: number) => index.products.product(id);
  let top: SearchHit[] = hits.slice(0, limit).map((h) => ({ product: product(h.id), score: round(h.score) }));
  let total = hits.length;

  const resolvedId = request.resolvedSku === undefined ? -1 : index.products.idOf(request.resolvedSku);
  if (resolvedId >= 0) {
    const resolved = product(resolvedId);
    const others = top.filter((h) => h.product.sku !== resolved.sku).slice(0, limit - 1);
    top = [{ product: resolved, score: round((top[0]?.score ?? 0) + 1) }, ...others];
    total += hits.some((h) => h.id === resolvedId) ? 0 : 1;
    ambiguous = false;
  }
  return { hits: top, total, ambiguous, constraints, terms: words.join(' ') };
}
