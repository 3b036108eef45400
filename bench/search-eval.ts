/**
 * The search evaluation: spoken-style queries from test/fixtures/search/spoken-queries.jsonl, each
 * with a description of the products it should find (phrases the brand and name must contain, and
 * constraints such as a price ceiling, a size, a category, "the cheapest in stock" or "the most
 * popular in stock"). The relevant
 * products are computed from each catalog, so one query set serves every catalog; a query with no
 * relevant product in a catalog is left out for that catalog. Reports hit@1, hit@3 and latency.
 *
 * Run alone: `npx tsx bench/search-eval.ts [--catalog generated|instacart|demo] [--engine ours] [--misses]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Product } from '../lambda/domain/model';
import { percentile } from './report';
import type { Engine } from './search-engines';

/** One evaluation query. Each entry of `all` is a phrase, or alternatives separated by "|". */
export interface EvalQuery {
  readonly q: string;
  readonly kind: string;
  readonly all: readonly string[];
  readonly none?: readonly string[];
  readonly maxPrice?: number;
  readonly cheapest?: boolean;
  /** The most popular in stock of the matching products. */
  readonly mostPopular?: boolean;
  readonly size?: string;
  readonly category?: string;
}

/** The figures of one engine on one catalog. */
export interface EvalFigures {
  readonly queries: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly p50: number;
  readonly p95: number;
  readonly buildMs: number;
  /** Queries whose first result was not relevant (`top3` false: none of the first three was). */
  readonly misses: readonly { q: string; got: string[]; top3: boolean }[];
}

/** Reads the evaluation set. */
export function loadEvalQueries(
  file = join(__dirname, '..', 'test', 'fixtures', 'search', 'spoken-queries.jsonl'),
): EvalQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalQuery);
}

/**
 * A plain normaliser for judging relevance, independent of the one under test: lower case, no
 * accents or apostrophes, "&" as "and", and a crude plural strip, so "Bananas" satisfies "banana".
 */
export function judgeText(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.replace(/(oe)?s$/, '') : w))
    .map((w) => (w.endsWith('oe') ? w.slice(0, -1) : w))
    .join(' ');
  return ` ${cleaned} `;
}

/** A phrase is in a text as whole words, or written together ("kit kat" in "KitKat"). */
function contains(text: string, phrase: string): boolean {
  if (text.includes(phrase)) return true;
  const squashed = phrase.replace(/ /g, '');
  return (phrase.trim().includes(' ') || squashed.length >= 6) && text.replace(/ /g, '').includes(squashed);
}

/** The skus of the products a query should find in a catalog. */
export function relevantSkus(
  query: EvalQuery,
  products: readonly Product[],
  texts: readonly string[],
): Set<string> {
  const all = query.all.map((entry) => entry.split('|').map(judgeText));
  const none = (query.none ?? []).map(judgeText);
  const matching = products.filter((p, i) => {
    const text = texts[i]!;
    return (
      all.every((alternatives) => alternatives.some((a) => contains(text, a))) &&
      none.every((n) => !contains(text, n)) &&
      (query.maxPrice === undefined || p.price.amount <= query.maxPrice) &&
      (query.size === undefined || p.size === query.size) &&
      (query.category === undefined || p.category === query.category)
    );
  });
  if (!query.cheapest && !query.mostPopular) return new Set(matching.map((p) => p.sku));
  const inStock = matching.filter((p) => p.stock > 0);
  const key = (p: Product): number => (query.cheapest ? p.price.amount : -p.popularity);
  const best = Math.min(...inStock.map(key));
  return new Set(inStock.filter((p) => key(p) === best).map((p) => p.sku));
}

/** The kinds of query that test what shoppers mean: orders, attributes, brand names for kinds, homophones. */
export const SHOPPER_WORD_KINDS: ReadonlySet<string> = new Set([
  'sort',
  'attribute',
  'generic-name',
  'homophone',
]);

/** Runs one engine over one catalog's applicable queries. */
export function evaluate(
  engine: Engine,
  products: readonly Product[],
  queries: readonly EvalQuery[],
): EvalFigures {
  const texts = products.map((p) => judgeText(`${p.brand ?? ''} ${p.name}`));
  const cases = queries
    .map((query) => ({ query, relevant: relevantSkus(query, products, texts) }))
    .filter((c) => c.relevant.size > 0);
  const started = performance.now();
  const built = engine.build(products);
  const buildMs = performance.now() - started;
  for (const c of cases.slice(0, 20)) built.search(c.query.q, 3);
  let hit1 = 0;
  let hit3 = 0;
  const times: number[] = [];
  const misses: { q: string; got: string[]; top3: boolean }[] = [];
  const names = new Map(products.map((p) => [p.sku, p.name]));
  for (const c of cases) {
    const t0 = performance.now();
    const got = built.search(c.query.q, 3);
    times.push(performance.now() - t0);
    const first = got[0] !== undefined && c.relevant.has(got[0]);
    const top3 = got.some((sku) => c.relevant.has(sku));
    if (first) hit1 += 1;
    if (top3) hit3 += 1;
    if (!first) misses.push({ q: c.query.q, got: got.map((sku) => names.get(sku) ?? sku), top3 });
  }
  const n = cases.length || 1;
  return {
    queries: cases.length,
    hit1: hit1 / n,
    hit3: hit3 / n,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    buildMs,
    misses,
  };
}
