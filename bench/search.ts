/**
 * `npm run bench -- search`: the product search at 50,000 products (index build time, heap held by
 * the index, query p50/p95 in wall-clock and CPU time); the index snapshot at 50,000 and 200,000
 * generated products and on the Instacart products when present (build, size, load, memory, warm
 * latency), and a cold container's first search through the bundled alexa handler on DynamoDB Local
 * (`npm run build` first); and the hit@1/hit@3 comparison of our search, MiniSearch and Fuse.js on the
 * spoken-style evaluation set over the demo catalog, the seeded generated catalog and, when present,
 * the Instacart reference products; and the Hindi search figures over the India demo catalog
 * (search-hindi.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSearchIndex } from '../lambda/adapters/search/search-index';
import { ms, percentile, type Benchmark, type BenchRow, type BenchSection } from './report';
import { fuse, miniSearch, ours } from './search-engines';
import { evaluate, loadEvalQueries, SHOPPER_WORD_KINDS } from './search-eval';
import { demoCatalog, generatedCatalog, instacartCatalog, type EvalCatalog } from './search-eval-catalogs';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { ALEXA_BUNDLE, coldStartRow, IMPORT_LIMIT } from './search-cold-start';
import { hindiSearch } from './search-hindi';
import { snapshotRow } from './search-snapshot';

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

/** The engines to compare: BENCH_SEARCH_ENGINES=ours,minisearch,fuse (default all three). */
const engines = (process.env.BENCH_SEARCH_ENGINES ?? 'ours,minisearch,fuse')
  .split(',')
  .flatMap((name) =>
    [ours, miniSearch, fuse].filter(
      (e) => name.trim() !== '' && e.name.startsWith(name.trim().toLowerCase()),
    ),
  );

/** One row of the quality table. */
function qualityRow(name: string, f: ReturnType<typeof evaluate>): BenchRow {
  return {
    name,
    queries: f.queries,
    'hit@1': pct(f.hit1),
    'hit@3': pct(f.hit3),
    'p50 ms': ms(f.p50),
    'p95 ms': ms(f.p95),
    'build ms': Math.round(f.buildMs),
  };
}

/** hit@1 / hit@3 of the engines on every catalog, on every query and on the shopper-words cases. */
async function comparison(catalogs: readonly EvalCatalog[]): Promise<BenchSection> {
  const queries = loadEvalQueries();
  const shopperWords = queries.filter((q) => SHOPPER_WORD_KINDS.has(q.kind));
  const rows: BenchRow[] = [];
  const notes = [
    `${queries.length} spoken-style queries (test/fixtures/search/spoken-queries.jsonl); a query counts on a catalog that has a product it should find.`,
    `shopper words: the ${shopperWords.length} of them that say an order, an attribute, a brand name for a kind of product or a homophone (kinds ${[...SHOPPER_WORD_KINDS].join(', ')}).`,
    'MiniSearch: fuzzy 0.2, prefix, name and brand boosted. Fuse.js: threshold 0.4, ignoreLocation, name weighted x2.',
  ];
  for (const catalog of catalogs) {
    if (catalog.skipped) {
      notes.push(`${catalog.name}: skipped (${catalog.skipped}).`);
      continue;
    }
    for (const engine of engines) {
      rows.push(qualityRow(`${catalog.name} / ${engine.name}`, evaluate(engine, catalog.products, queries)));
      const words = evaluate(engine, catalog.products, shopperWords);
      rows.push(qualityRow(`${catalog.name} / ${engine.name} / shopper words`, words));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { title: 'Search quality: hit@1 / hit@3 per engine and catalog', rows, notes };
}

/** The snapshot of each catalog, in this process (left in `dir` for the cold starts). */
function snapshots(catalogs: readonly EvalCatalog[], dir: string): BenchSection {
  return {
    title: 'Search index snapshot: build, write, size, load (read + open), memory, warm queries',
    rows: catalogs.filter((c) => !c.skipped).map((c) => snapshotRow(c, dir)),
    notes: [
      ...catalogs.filter((c) => c.skipped).map((c) => `${c.name}: skipped (${c.skipped}).`),
      'load: read the file and open it, median of five; held: heap and typed arrays the opened index keeps.',
      'warm: the evaluation queries five times over the opened index; same answers: every evaluation query answered as by the index built from the products.',
    ],
  };
}

/** A cold container's first search per catalog, through the bundled handler on DynamoDB Local. */
async function coldStarts(catalogs: readonly EvalCatalog[], dir: string): Promise<BenchSection> {
  const title = "Cold container's first search: new process, bundled alexa handler, DynamoDB Local";
  if (!existsSync(ALEXA_BUNDLE)) return { title, rows: [], notes: ['skipped: run npm run build first.'] };
  const db = await startDynamoDbLocal();
  try {
    const rows = [];
    for (const catalog of catalogs.filter((c) => !c.skipped)) {
      const snapshot = join(dir, `${catalog.name}.snapshot`);
      rows.push(...(await coldStartRow(db.endpoint, catalog, dir, 'peanut butter', snapshot)));
    }
    return {
      title,
      rows,
      notes: [
        'load: require the bundle; launch: answer a LaunchRequest; first search: "peanut butter" (reads the marker, loads the snapshot, answers); medians of 3 processes after one discarded.',
        'budget at 50,000 products: first search under 1 s, load + launch + search under 1.5 s, memory well within a 1,024 MB function; at 200,000: within 8 s.',
        'warm: 30 further searches per process, each a new session; builder: read the catalog, build, write the snapshot.',
        `catalogs over ${IMPORT_LIMIT} products are not written to DynamoDB Local (BENCH_SEARCH_IMPORT_LIMIT): their table holds the settings and catalog version, their snapshot is the one built above; the cold path reads nothing else.`,
      ],
    };
  } finally {
    await db.stop();
  }
}

/** The parts to run: BENCH_SEARCH_PARTS=scale,snapshot,cold,quality,hindi (default all; cold needs snapshot). */
const parts = new Set((process.env.BENCH_SEARCH_PARTS ?? 'scale,snapshot,cold,quality,hindi').split(','));

/** The search benchmark. */
export const run: Benchmark = async () => {
  const generated = generatedCatalog(50_000);
  const large = [generated, generatedCatalog(200_000), instacartCatalog()];
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const sections: BenchSection[] = [];
    if (parts.has('scale')) sections.push(scale(generated));
    if (parts.has('snapshot') || parts.has('cold')) sections.push(snapshots(large, dir));
    if (parts.has('cold')) sections.push(await coldStarts(large, dir));
    if (parts.has('quality')) sections.push(await comparison([await demoCatalog(), generated, large[2]!]));
    if (parts.has('hindi')) sections.push(await hindiSearch());
    return sections;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
