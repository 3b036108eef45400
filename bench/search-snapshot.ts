/**
 * The search index snapshot in one process, per catalog: the time to build the index from products,
 * to write the snapshot and its size, to read the file back and open it (median of five), the memory
 * the opened index holds, the warm query latency over it, and whether it answers every evaluation
 * query exactly as the freshly built index does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isDeepStrictEqual } from 'node:util';
import { buildIndexData } from '../lambda/adapters/search/catalog-indexer';
import { searchIndexOver, type SearchIndex } from '../lambda/adapters/search/search-index';
import { decodeIndex, encodeIndex } from '../lambda/adapters/search/snapshot-codec';
import { ms, percentile, type BenchRow } from './report';
import { loadEvalQueries } from './search-eval';
import type { EvalCatalog } from './search-eval-catalogs';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap and typed-array memory after two collections. */
function memory(): number {
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Opens the snapshot file, timing the read and the decoding together. */
function load(file: string): { index: SearchIndex; ms: number } {
  const started = performance.now();
  const { data } = decodeIndex(new Uint8Array(readFileSync(file)));
  return { index: searchIndexOver(data), ms: performance.now() - started };
}

/** Warm query wall-clock times over the evaluation queries, five rounds. */
function warmTimes(index: SearchIndex, queries: readonly string[]): number[] {
  for (const text of queries) index.search({ text });
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const text of queries) {
      const t0 = performance.now();
      index.search({ text });
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/** The figures of one catalog; the snapshot is left at `dir`/<catalog>.snapshot for the cold starts. */
export function snapshotRow(catalog: EvalCatalog, dir: string): BenchRow {
  const queries = loadEvalQueries().map((q) => q.q);
  const t0 = performance.now();
  const built = buildIndexData(catalog.products);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const bytes = encodeIndex(built, 1);
  const encodeMs = performance.now() - t1;
  const file = join(dir, `${catalog.name}.snapshot`);
  writeFileSync(file, bytes);
  const fresh = searchIndexOver(built);
  const reread = load(file).index;
  const same = queries.every((text) => isDeepStrictEqual(reread.search({ text }), fresh.search({ text })));

  const before = memory();
  const loads = Array.from({ length: 5 }, () => load(file));
  const held = memory() - before;
  const { index } = loads[loads.length - 1]!;
  const times = warmTimes(index, queries);
  return {
    name: catalog.name,
    products: catalog.products.length,
    'build s': ms(buildMs / 1000),
    'write ms': Math.round(encodeMs),
    'snapshot MB': mb(bytes.length),
    'load ms (p50)': ms(
      percentile(
        loads.map((l) => l.ms),
        50,
      ),
    ),
    'held MB': mb(held / loads.length),
    'warm p50 ms': ms(percentile(times, 50)),
    'warm p95 ms': ms(percentile(times, 95)),
    'warm p99 ms': ms(percentile(times, 99)),
    'same answers': same ? 'yes' : 'NO',
  };
}
