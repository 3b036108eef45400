/**
 * Helpers for the search snapshot tests: a table holding the demo catalog (imported through the real
 * importer), a folder for snapshot files, the spoken evaluation queries as search requests in every
 * variant a turn sends, and the answers a fresh build gives to them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { buildSearchIndex } from '../../lambda/adapters/search/search-index';
import type { SearchRequest, SearchResult } from '../../lambda/domain/ports';
import { importCatalogFile } from '../../lambda/local/catalog-import';
import { DEMO_CATALOG_PATH } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from './dynamo';

/** A table with the demo catalog, its repository, and a folder for snapshots. */
export interface SnapshotWorld {
  readonly table: TestTable;
  readonly catalog: DynamoCatalogRepository;
  readonly dir: string;
  close(): Promise<void>;
}

/** Creates the table, imports the demo catalog (one catalog version) and makes the folder. */
export async function snapshotWorld(prefix: string): Promise<SnapshotWorld> {
  const table = await createTestTable(prefix);
  await importCatalogFile({
    doc: table.doc,
    tableName: table.tableName,
    path: DEMO_CATALOG_PATH,
    currency: 'USD',
  });
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    table,
    catalog: new DynamoCatalogRepository(table.doc, table.tableName),
    dir,
    close: async () => {
      rmSync(dir, { recursive: true, force: true });
      await table.drop();
    },
  };
}

const phrases = readFileSync(join(__dirname, '..', 'fixtures', 'search', 'spoken-queries.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { q: string }).q);

/** Every evaluation phrase, plain and with history, a resolved sku and an ignored ceiling. */
export function evaluationRequests(skus: readonly string[]): SearchRequest[] {
  const history = new Map(skus.slice(0, 12).map((sku, i) => [sku, (i % 3) + 1]));
  return [...phrases, 'cheapest milk under 5 dollars', 'organic gluten free bread', 'in frozen', ''].flatMap(
    (text) => [{ text }, { text, limit: 3, history, resolvedSku: skus[5], ignore: ['maxPrice'] as const }],
  );
}

/** What a fresh build over the table's catalog answers. */
export async function freshAnswers(
  catalog: DynamoCatalogRepository,
  requests: readonly SearchRequest[],
): Promise<SearchResult[]> {
  const index = buildSearchIndex(await catalog.listAll());
  return requests.map((request) => index.search(request));
}
