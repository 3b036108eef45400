/**
 * Loads a demo store (settings and its catalog file; the US one unless named) into a table, through the same reader and
 * writer as `npm run catalog:import`. Idempotent: a store that already has settings is left alone
 * (so a persisted local database keeps its stock and changes), unless `force` reloads it; running it
 * again never duplicates a product.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { join } from 'node:path';
import { DynamoStoreSettingsRepository } from '../adapters/dynamodb/settings-repository';
import type { FileSnapshotStore } from '../adapters/search/file-snapshot-store';
import { importCatalogFile, type CatalogImportSummary } from './catalog-import';
import { DEMO_STORES, type DemoStore } from './demo/demo-stores';

/** The demo catalog, a CSV in the import format. */
export const DEMO_CATALOG_PATH = join(__dirname, 'demo', 'demo-catalog.csv');

/** What loading did: nothing (already loaded), or the catalog import's summary. */
export type DemoStoreLoad =
  { readonly loaded: false } | { readonly loaded: true; readonly catalog: CatalogImportSummary };

/**
 * Writes the demo catalog, then the demo settings last: settings present means a complete load, so
 * an interrupted load is simply redone next time.
 */
export async function loadDemoStore(options: {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly force?: boolean;
  /** Where to build the search index snapshot once the catalog is in. */
  readonly searchSnapshot?: FileSnapshotStore;
  /** Which demo store (default the US one). */
  readonly store?: DemoStore;
}): Promise<DemoStoreLoad> {
  const { doc, tableName } = options;
  const store = options.store ?? DEMO_STORES.us;
  const settings = new DynamoStoreSettingsRepository(doc, tableName);
  if (!options.force && (await settings.get())) return { loaded: false };
  const catalog = await importCatalogFile({
    doc,
    tableName,
    path: store.catalogPath,
    currency: store.settings.currency,
    ...(options.searchSnapshot ? { searchSnapshot: options.searchSnapshot } : {}),
  });
  if (catalog.rejected.length > 0) {
    const first = catalog.rejected[0]!;
    throw new Error(
      `the demo catalog has ${catalog.rejected.length} bad rows, first line ${first.line}: ${first.reason}`,
    );
  }
  await settings.save(store.settings);
  return { loaded: true, catalog };
}
