/**
 * A cold container's first search, from outside: DynamoDB Local with the catalog written to it and
 * its snapshot built by the builder (as after an import), then new Node processes that each load the
 * bundled alexa handler (dist/alexa/index.js, `npm run build` first), answer a LaunchRequest, then a
 * search IntentRequest, then warm searches. Load, launch and first search are timed apart (medians of
 * RUNS processes); one process without a snapshot shows what a container that must build pays.
 */
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoCatalogRepository } from '../lambda/adapters/dynamodb/catalog-repository';
import { CatalogWriter } from '../lambda/adapters/dynamodb/catalog-writer';
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { DynamoStoreSettingsRepository } from '../lambda/adapters/dynamodb/settings-repository';
import { FileSnapshotStore } from '../lambda/adapters/search/file-snapshot-store';
import { SearchSnapshotBuilder } from '../lambda/adapters/search/snapshot-builder';
import { DEMO_STORE_SETTINGS } from '../lambda/local/demo/demo-settings';
import { ms, percentile, type BenchRow } from './report';
import { searchChild, searchEnvelopes } from './search-cold-child';
import type { EvalCatalog } from './search-eval-catalogs';

const ROOT = resolve(__dirname, '..');
/** The bundle the cold processes load. */
export const ALEXA_BUNDLE = join(ROOT, 'dist', 'alexa', 'index.js');
const RUNS = 3;
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000cold';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface ChildRun {
  readonly boot: number;
  readonly load: number;
  readonly launch: number;
  readonly search: number;
  readonly warm: number[];
  readonly rss: number;
  readonly heap: number;
  readonly found: boolean;
}

/**
 * Catalogs larger than this are not written to DynamoDB Local (200,000 products take most of an hour
 * on a shared 2-core machine): their table holds the settings and the catalog version, and the
 * snapshot is the one built in process from the same products. The cold path reads nothing else.
 */
export const IMPORT_LIMIT = Number(process.env.BENCH_SEARCH_IMPORT_LIMIT ?? 60_000);

/**
 * Writes the store settings and the catalog, moves the version, and builds the snapshot with the
 * builder (returns its time); past IMPORT_LIMIT, places the in-process `snapshot` instead.
 */
async function prepare(
  endpoint: string,
  table: string,
  catalog: EvalCatalog,
  dir: string,
  snapshot: string,
): Promise<number | undefined> {
  // A busy DynamoDB Local can take long over a batch of a large catalog: no timeout warnings for it.
  const { client, doc } = createDynamoClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 300_000 });
  try {
    await ensureTable(client, table);
    await new DynamoStoreSettingsRepository(doc, table).save(DEMO_STORE_SETTINGS);
    if (catalog.products.length > IMPORT_LIMIT) {
      await new DynamoCatalogRepository(doc, table, quiet).bumpVersion();
      copyFileSync(snapshot, join(dir, `${table}.snapshot`));
      return undefined;
    }
    const writer = new CatalogWriter(doc, table);
    for (const { version: _v, updatedAt: _u, ...product } of catalog.products) await writer.add(product);
    await writer.finish();
    const repository = new DynamoCatalogRepository(doc, table, quiet);
    await repository.bumpVersion();
    const store = new FileSnapshotStore(join(dir, `${table}.snapshot`));
    const started = performance.now();
    await new SearchSnapshotBuilder(repository, store, quiet).update();
    return performance.now() - started;
  } finally {
    client.destroy();
  }
}

function coldProcess(env: Record<string, string>, query: string): ChildRun {
  const output = execFileSync(process.execPath, ['-e', searchChild()], {
    env: { PATH: process.env.PATH ?? '', ...env, BUNDLE: ALEXA_BUNDLE, ...searchEnvelopes(SKILL_ID, query) },
    encoding: 'utf8',
    // stderr kept (and shown only in an error), not echoed: the SDK warns about Node 20 every start.
    stdio: 'pipe',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as ChildRun;
}

const median = (runs: readonly ChildRun[], pick: (r: ChildRun) => number): number =>
  ms(percentile(runs.map(pick), 50));

/** The cold-start row of one catalog (it is written to DynamoDB Local first, then dropped). */
export async function coldStartRow(
  endpoint: string,
  catalog: EvalCatalog,
  dir: string,
  query: string,
  snapshot: string,
): Promise<BenchRow[]> {
  const table = `bench-search-${catalog.name}`;
  const builderMs = await prepare(endpoint, table, catalog, dir, snapshot);
  const env = {
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: table,
    ALEXA_SKILL_ID: SKILL_ID,
    LOG_LEVEL: 'silent',
  };
  try {
    coldProcess({ ...env, SEARCH_SNAPSHOT_DIR: dir }, query);
    const runs = Array.from({ length: RUNS }, () => coldProcess({ ...env, SEARCH_SNAPSHOT_DIR: dir }, query));
    const empty = join(dir, 'none');
    mkdirSync(empty, { recursive: true });
    const without =
      builderMs === undefined ? undefined : coldProcess({ ...env, SEARCH_SNAPSHOT_DIR: empty }, query);
    const warm = runs.flatMap((r) => r.warm);
    const row = (
      name: string,
      rs: readonly ChildRun[],
      extra: Record<string, string | number>,
    ): BenchRow => ({
      name,
      'load ms': median(rs, (r) => r.load),
      'launch ms': median(rs, (r) => r.launch),
      'first search ms': median(rs, (r) => r.search),
      'load+launch+search ms': median(rs, (r) => r.load + r.launch + r.search),
      'RSS MB': Math.round(median(rs, (r) => r.rss) / 1024 / 1024),
      'heap MB': Math.round(median(rs, (r) => r.heap) / 1024 / 1024),
      found: rs.every((r) => r.found) ? 'yes' : 'NO',
      ...extra,
    });
    return [
      row(`${catalog.name}, snapshot`, runs, {
        'warm p50 ms': ms(percentile(warm, 50)),
        'warm p95 ms': ms(percentile(warm, 95)),
        'warm p99 ms': ms(percentile(warm, 99)),
        'builder s': builderMs === undefined ? 'not imported' : ms(builderMs / 1000),
      }),
      ...(without ? [row(`${catalog.name}, no snapshot (builds)`, [without], {})] : []),
    ];
  } finally {
    const { client } = createDynamoClients({ region: 'us-east-1', endpoint });
    await client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    client.destroy();
  }
}
