/**
 * `npm run bench -- search`: the product search at 50,000 products (index build time, heap held by
 * the index, query p50/p95 in wall-clock and CPU time) and the hit@1/hit@3 comparison of our search,
 * MiniSearch and Fuse.js on the spoken-style evaluation set over the demo catalog, the seeded
 * generated catalog and, when present, the Instacart reference products.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSearchIndex } from '../lambda/adapters/search/search-index';
import { ms, percentile, type Benchmark, type BenchRow, type BenchSection } from './report';
import { fuse, miniSearch, ours } from './search-engines';
import { evaluate, loadEvalQueries } from './search-eval';
import { demoCatalog, generatedCatalog, instacartCatalog, type EvalCatalog } from './search-eval-catalogs';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Timings of the production index at 50,000 products, over the evaluation queries run five times. */
function scale(catalog: EvalCatalog): BenchSection {
  const queries = loadEvalQueries().map((q) => q.q);
  const before = heapAfterGc();
  const buildCpu0 = process.cpuUsage();
  const started = performance.now();
  const index = buildSearchIndex(catalog.products);
  const buildMs = performance.now() - started;
  const buildCpu = process.cpuUsage(buildCpu0);
  const heap = heapAfterGc() - before;
  for (const text of queries) index.search({ text });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const text of queries) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      index.search({ text });
      wall.push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return {
    title: `Search at ${catalog.products.length} products (${catalog.name})`,
    rows: [
      { name: 'index build (wall clock)', ms: ms(buildMs), budget: '< 2000 ms' },
      { name: 'index build (CPU, all threads)', ms: ms((buildCpu.user + buildCpu.system) / 1000) },
      { name: 'heap held by the index', MB: mb(heap), budget: '< 200 MB' },
      {
        name: 'query wall clock',
        p50: ms(percentile(wall, 50)),
        p95: ms(percentile(wall, 95)),
        budget: 'p95 < 5 ms',
      },
      { name: 'query CPU time', p50: ms(percentile(cpu, 50)), p95: ms(percentile(cpu, 95)) },
    ],
    notes: [
      `${wall.length} queries (the ${queries.length} evaluation queries, five rounds), ${index.vocabularySize} terms.`,
      'CPU time is shown beside wall-clock time because a busy machine inflates the wall clock.',
    ],
  };
}

/** hit@1 / hit@3 of the three engines on every catalog. */
async function comparison(catalogs: readonly EvalCatalog[]): Promise<BenchSection> {
  const queries = loadEvalQueries();
  const rows: BenchRow[] = [];
  const notes = [
    `${queries.length} spoken-style queries (test/fixtures/search/spoken-queries.jsonl); a query counts on a catalog that has a product it should find.`,
    'MiniSearch: fuzzy 0.2, prefix, name and brand boosted. Fuse.js: threshold 0.4, ignoreLocation, name weighted x2.',
  ];
  for (const catalog of catalogs) {
    if (catalog.skipped) {
      notes.push(`${catalog.name}: skipped (${catalog.skipped}).`);
      continue;
    }
    for (const engine of [ours, miniSearch, fuse]) {
      const f = evaluate(engine, catalog.products, queries);
      rows.push({
        name: `${catalog.name} / ${engine.name}`,
        queries: f.queries,
        'hit@1': pct(f.hit1),
        'hit@3': pct(f.hit3),
        'p50 ms': ms(f.p50),
        'p95 ms': ms(f.p95),
        'build ms': Math.round(f.buildMs),
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { title: 'Search quality: hit@1 / hit@3 per engine and catalog', rows, notes };
}

/** The search benchmark. */
export const run: Benchmark = async () => {
  const generated = generatedCatalog(50_000);
  const catalogs = [await demoCatalog(), generated, instacartCatalog()];
  return [scale(generated), await comparison(catalogs)];
};
