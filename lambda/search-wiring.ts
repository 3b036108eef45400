/**
 * Wires the product search to where its index snapshot is kept, from config: the S3 object in AWS
 * (SEARCH_SNAPSHOT_BUCKET), a file locally (SEARCH_SNAPSHOT_DIR, by default .local/search-index in
 * local mode), or nowhere (every container builds its own index). Used by the composition root for
 * the voice functions, by the `search-index` function and by the local tools for the builder.
 */
import { resolve } from 'node:path';
import { DynamoCatalogRepository } from './adapters/dynamodb/catalog-repository';
import { createDynamoClients } from './adapters/dynamodb/client';
import { FileSnapshotStore } from './adapters/search/file-snapshot-store';
import { InMemoryProductSearch } from './adapters/search/in-memory-product-search';
import { createS3Client, S3SnapshotStore } from './adapters/search/s3-snapshot-store';
import { SearchSnapshotBuilder } from './adapters/search/snapshot-builder';
import type { SnapshotStore } from './adapters/search/snapshot-store';
import { StructuredLogger } from './adapters/system/structured-logger';
import type { Config } from './config';
import type { CatalogRepository, Clock, Logger } from './domain/ports';

/** The snapshot store the config names, if any. */
export function snapshotStoreFor(config: Config): SnapshotStore | undefined {
  const where = config.searchSnapshots;
  if (!where) return undefined;
  if ('dir' in where) return new FileSnapshotStore(resolve(where.dir, `${config.tableName}.snapshot`));
  const location = { bucket: where.bucket, key: where.key, region: config.region };
  return new S3SnapshotStore(createS3Client(location), location);
}

/** The product search of a voice function: loads the builder's snapshot when there is one. */
export function buildProductSearch(
  config: Config,
  catalog: CatalogRepository,
  clock: Clock,
  logger: Logger,
): InMemoryProductSearch {
  return new InMemoryProductSearch(catalog, clock, {
    refreshIntervalSeconds: config.searchRefreshSeconds,
    snapshots: snapshotStoreFor(config),
    snapshotGraceSeconds: config.searchSnapshotGraceSeconds,
    logger,
  });
}

/** Thrown at cold start when the builder has nowhere to write. */
export class NoSnapshotStoreError extends Error {
  constructor() {
    super('No search snapshot store: set SEARCH_SNAPSHOT_BUCKET (or SEARCH_SNAPSHOT_DIR locally).');
    this.name = 'NoSnapshotStoreError';
  }
}

/** The builder over the config's table and snapshot store (the `search-index` function's). */
export function buildSnapshotBuilderFromConfig(config: Config, logger?: Logger): SearchSnapshotBuilder {
  const store = snapshotStoreFor(config);
  if (!store) throw new NoSnapshotStoreError();
  const log = logger ?? new StructuredLogger(config.logLevel, { fn: 'search-index' });
  const { doc } = createDynamoClients({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    // Listing a large catalog pages through thousands of items: more patience than a voice turn.
    requestTimeoutMs: 10_000,
  });
  return new SearchSnapshotBuilder(new DynamoCatalogRepository(doc, config.tableName, log), store, log);
}
