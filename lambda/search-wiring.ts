/**
 * Wires the product search to where its index snapshot is kept, from config: the S3 object in AWS
 * (SEARCH_SNAPSHOT_BUCKET), a file locally (SEARCH_SNAPSHOT_DIR, by default .local/search-index in
 * local mode), or nowhere (every container builds its own index). Used by the composition root for
 * the functions that search, and by the `search-index` function for the builder (on the DynamoDB
 * client its handler makes with the composition root's dynamoClientsFor, which this file cannot
 * import: the composition root imports it).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { resolve } from 'node:path';
import { DynamoCatalogRepository } from './adapters/dynamodb/catalog-repository';
import { FileSnapshotStore } from './adapters/search/file-snapshot-store';
import { InMemoryProductSearch } from './adapters/search/in-memory-product-search';
import { createS3Client, S3SnapshotStore } from './adapters/search/s3-snapshot-store';
import { SearchSnapshotBuilder } from './adapters/search/snapshot-builder';
import type { SnapshotStore } from './adapters/search/snapshot-store';
import { PowertoolsLogger } from './adapters/system/powertools-logger';
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

/**
 * The builder over the config's table, through `doc`, and its snapshot store (the `search-index`
 * function's); it logs as that function unless given a logger.
 */
export function buildSnapshotBuilder(
  config: Config,
  doc: DynamoDBDocumentClient,
  logger: Logger = new PowertoolsLogger(config.logLevel, { fn: 'search-index' }),
): SearchSnapshotBuilder {
  const store = snapshotStoreFor(config);
  if (!store) throw new NoSnapshotStoreError();
  return new SearchSnapshotBuilder(new DynamoCatalogRepository(doc, config.tableName, logger), store, logger);
}

/** Listing a large catalog pages through thousands of items: the builder's client waits longer than a turn's. */
export const BUILDER_DYNAMODB_TIMEOUT_MS = 10_000;
