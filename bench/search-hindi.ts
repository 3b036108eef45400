/**
 * Hindi search figures: hit@1 and hit@3 of the production search over the India demo catalog on
 * the Hindi and Hinglish grocery queries of bench/search-hindi/queries.jsonl (each with the skus it
 * should find), overall and by kind of query: Devanagari, romanised Hindi, Hinglish (Hindi and
 * English together, brands, requests said around the product) and the English names Indians use.
 * Kept apart from the tests, which assert behaviour, not these figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCatalogFile } from '../lambda/adapters/catalog-file/read-catalog-file';
import { buildSearchIndex, type SearchIndex } from '../lambda/adapters/search/search-index';
import type { Product } from '../lambda/domain/model';
import { ms, percentile, type BenchRow, type BenchSection } from './report';

/** One query: what was said, its kind, and the skus any of which is a right answer. */
interface HindiQuery {
  readonly q: string;
  readonly kind: string;
  readonly skus: readonly string[];
}

const CATALOG = join(__dirname, '..', 'lambda', 'local', 'demo', 'india-catalog.csv');
const QUERIES = join(__dirname, 'search-hindi', 'queries.jsonl');

function loadQueries(): HindiQuery[] {
  return readFileSync(QUERIES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HindiQuery);
}

async function loadCatalog(): Promise<Product[]> {
  const products: Product[] = [];
  for await (const row of readCatalogFile(CATALOG, { currency: 'INR' })) {
    if (row.product) products.push({ ...row.product, version: 1, updatedAt: new Date(0).toISOString() });
  }
  return products;
}

interface Outcome {
  readonly query: HindiQuery;
  readonly top: readonly string[];
  readonly ms: number;
}

function row(name: string, outcomes: readonly Outcome[]): BenchRow {
  const hit = (n: number): string => {
    const hits = outcomes.filter((o) => o.top.slice(0, n).some((sku) => o.query.skus.includes(sku)));
    return `${((hits.length / Math.max(1, outcomes.length)) * 100).toFixed(1)}%`;
  };
  const times = outcomes.map((o) => o.ms);
  return {
    name,
    queries: outcomes.length,
    'hit@1': hit(1),
    'hit@3': hit(3),
    'p50 ms': ms(percentile(times, 50)),
    'p95 ms': ms(percentile(times, 95)),
  };
}

/** Asks every query five times; the outcome keeps the first answer and the median time. */
function askAll(index: SearchIndex, queries: readonly HindiQuery[]): Outcome[] {
  for (const query of queries) index.search({ text: query.q });
  const times = queries.map(() => [] as number[]);
  for (let round = 0; round < 5; round += 1) {
    queries.forEach((query, i) => {
      const started = performance.now();
      index.search({ text: query.q });
      times[i]!.push(performance.now() - started);
    });
  }
  return queries.map((query, i) => ({
    query,
    top: index
      .search({ text: query.q })
      .hits.slice(0, 3)
      .map((h) => h.product.sku),
    ms: percentile(times[i]!, 50),
  }));
}

/** The products without their per-locale synonyms: what the Hindi names and the normaliser find alone. */
function namesOnly(products: readonly Product[]): Product[] {
  return products.map((p) => ({
    ...p,
    localNames: Object.fromEntries(
      Object.entries(p.localNames ?? {}).map(([tag, local]) => [tag, { ...local, synonyms: [] }]),
    ),
  }));
}

/** The Hindi search section. */
export async function hindiSearch(): Promise<BenchSection> {
  const products = await loadCatalog();
  const queries = loadQueries();
  const outcomes = askAll(buildSearchIndex(products, { currency: 'INR' }), queries);
  const bare = askAll(buildSearchIndex(namesOnly(products), { currency: 'INR' }), queries);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const misses = outcomes.filter((o) => !o.top.slice(0, 3).some((sku) => o.query.skus.includes(sku)));
  return {
    title: 'Hindi search: hit@1 / hit@3 on Hindi and Hinglish grocery queries (India demo catalog)',
    rows: [
      row('all', outcomes),
      ...kinds.map((kind) =>
        row(
          kind,
          outcomes.filter((o) => o.query.kind === kind),
        ),
      ),
      row('all, without Hindi synonyms', bare),
      ...kinds.map((kind) =>
        row(
          `${kind}, without Hindi synonyms`,
          bare.filter((o) => o.query.kind === kind),
        ),
      ),
    ],
    notes: [
      `${queries.length} queries (bench/search-hindi/queries.jsonl) over ${products.length} products (lambda/local/demo/india-catalog.csv).`,
      `not in the top 3: ${misses.map((o) => `"${o.query.q}"`).join(', ') || 'none'}.`,
      'without Hindi synonyms: the same catalog with its synonyms.hi-IN column emptied, so only the English names and synonyms, the Hindi names and the normalising of Devanagari and romanised Hindi find the products.',
      "p50 and p95 of each query's median time over five rounds.",
    ],
  };
}
