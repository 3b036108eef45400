/**
 * The search index snapshot on a developer's machine: a file under .local/search-index (or
 * SEARCH_SNAPSHOT_DIR) per table, written by the same builder as the `search-index` function. The
 * importer (and so the demo store load) builds it once its rows are in; `npm start` watches the
 * catalog version marker, as the function's stream trigger does in AWS, so a stock change through
 * the merchant API is patched in within a couple of seconds.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { resolve } from 'node:path';
import { DynamoCatalogRepository } from '../adapters/dynamodb/catalog-repository';
import { FileSnapshotStore } from '../adapters/search/file-snapshot-store';
import { SearchSnapshotBuilder, type BuildOutcome } from '../adapters/search/snapshot-builder';
import { LOCAL_SNAPSHOT_DIR } from '../config';
import type { Logger } from '../domain/ports';

/** Where a table's snapshot file is, the way the functions in local mode find it. */
export function localSnapshotStore(
  tableName: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): FileSnapshotStore {
  const dir = env.SEARCH_SNAPSHOT_DIR?.trim() || LOCAL_SNAPSHOT_DIR;
  return new FileSnapshotStore(resolve(dir, `${tableName}.snapshot`));
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Brings the table's snapshot up to its catalog (after an import: a rebuild). */
export function buildLocalSnapshot(options: {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly store?: FileSnapshotStore;
  readonly logger?: Logger;
}): Promise<BuildOutcome> {
  const logger = options.logger ?? quiet;
  const catalog = new DynamoCatalogRepository(options.doc, options.tableName, logger);
  const store = options.store ?? localSnapshotStore(options.tableName);
  return new SearchSnapshotBuilder(catalog, store, logger).update();
}

/** A running watcher. */
export interface SnapshotWatcher {
  /** Stops watching, after the build in progress if any. */
  close(): Promise<void>;
}

/**
 * Reads the catalog version marker every `intervalMs` and runs the builder when it moves, with the
 * skus the change named (so a stock change is patched). A failed run is logged and retried at the
 * next change, or the next tick when nothing was built yet.
 */
export function watchCatalogForSnapshots(options: {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly logger: Logger;
  readonly store?: FileSnapshotStore;
  readonly intervalMs?: number;
}): SnapshotWatcher {
  const { logger } = options;
  const catalog = new DynamoCatalogRepository(options.doc, options.tableName, logger);
  const builder = new SearchSnapshotBuilder(
    catalog,
    options.store ?? localSnapshotStore(options.tableName),
    logger,
  );
  let seen = -1;
  let running: Promise<void> = Promise.resolve();
  const tick = async (): Promise<void> => {
    const change = await catalog.getVersionChange();
    if (change.version === seen) return;
    await builder.update([change]);
    seen = change.version;
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((error: unknown) => {
      logger.warn('search.snapshot_build_failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
  }, options.intervalMs ?? 2000);
  timer.unref();
  return {
    close: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
