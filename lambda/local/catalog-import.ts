/**
 * `npm run catalog:import -- <file>`: loads a CSV or JSON Lines catalog into the table. Good rows are
 * written in bulk (a product is one item, never half written), every bad row is named with its line,
 * field and reason, and the catalog version marker is bumped once so search indexes rebuild. Against a
 * local database the search index snapshot is then built here (in AWS the `search-index` function
 * builds it when the marker's change reaches it through the table's stream).
 * Exit code 0 when the import ran, even with rejected rows; 1 when the file or the database cannot
 * be used, with one sentence saying why.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { basename } from 'node:path';
import { CatalogFileError } from '../adapters/catalog-file/catalog-columns';
import {
  catalogFormat,
  isColumnNotice,
  readCatalogFile,
  type CatalogRowError,
} from '../adapters/catalog-file/read-catalog-file';
import { DynamoCatalogRepository } from '../adapters/dynamodb/catalog-repository';
import { CatalogWriter } from '../adapters/dynamodb/catalog-writer';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { DynamoStoreSettingsRepository } from '../adapters/dynamodb/settings-repository';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import type { BuildOutcome } from '../adapters/search/snapshot-builder';
import type { FileSnapshotStore } from '../adapters/search/file-snapshot-store';
import { countLines, progressReporter, type ImportProgress } from './catalog-import-progress';
import { buildLocalSnapshot, localSnapshotStore } from './search-snapshots';

/** What an import did. */
export interface CatalogImportSummary {
  /** Products that did not exist before. */
  readonly created: number;
  /** Products that existed and were replaced. */
  readonly updated: number;
  /** Rows refused, in file order. */
  readonly rejected: readonly CatalogRowError[];
  /** Column notices (unknown or repeated columns whose values were ignored). */
  readonly notices: readonly CatalogRowError[];
  /** The catalog version after the import (unchanged when nothing was written). */
  readonly catalogVersion: number;
  /** The search index snapshot built after the import, or why it could not be (the import stands). */
  readonly searchIndex?: BuildOutcome | { readonly problem: string };
}

/** Where and how to import. */
export interface CatalogImportOptions {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly path: string;
  readonly currency: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Where to build the search index snapshot after the import (a local file); none: not built here. */
  readonly searchSnapshot?: FileSnapshotStore;
}

/** Reads the file row by row and writes its good rows; throws CatalogFileError for an unusable file. */
export async function importCatalogFile(options: CatalogImportOptions): Promise<CatalogImportSummary> {
  const { doc, tableName, onProgress } = options;
  const rejected: CatalogRowError[] = [];
  const notices: CatalogRowError[] = [];
  let rows = 0;
  let written = 0;
  const report = (): void => onProgress?.({ rows, written, rejected: rejected.length });
  const writer = new CatalogWriter(doc, tableName, {
    onProgress: (progress) => {
      written = progress.written;
      report();
    },
  });
  for await (const row of readCatalogFile(options.path, { currency: options.currency })) {
    if (row.product) {
      rows++;
      await writer.add(row.product);
    } else if (row.error && isColumnNotice(row.error)) {
      notices.push(row.error);
    } else if (row.error) {
      rows++;
      rejected.push(row.error);
    }
    if (rows % 500 === 0) report();
  }
  const totals = await writer.finish();
  report();
  const catalog = new DynamoCatalogRepository(doc, tableName);
  const catalogVersion = totals.written > 0 ? await catalog.bumpVersion() : await catalog.getVersion();
  const summary = { created: totals.created, updated: totals.updated, rejected, notices, catalogVersion };
  const store = options.searchSnapshot;
  if (!store) return summary;
  const searchIndex = await buildLocalSnapshot({ doc, tableName, store }).catch((error: unknown) => ({
    problem: error instanceof Error ? error.message.split('\n')[0]! : String(error),
  }));
  return { ...summary, searchIndex };
}

function describeSnapshot(searchIndex: CatalogImportSummary['searchIndex']): string[] {
  if (!searchIndex) return [];
  if ('problem' in searchIndex) {
    return [
      `The search index snapshot was not built (${searchIndex.problem}); search builds its index itself.`,
    ];
  }
  const mb = (searchIndex.bytes / 1024 / 1024).toFixed(1);
  const what =
    searchIndex.result === 'current' ? 'already current' : `${searchIndex.result} in ${searchIndex.ms} ms`;
  return [`Search index snapshot: ${what}, ${searchIndex.products} products, ${mb} MB.`];
}

/** The summary as printed: counts first, then every rejected row and notice as `line n: field: reason`. */
export function formatSummary(file: string, tableName: string, summary: CatalogImportSummary): string {
  const line = (e: CatalogRowError): string => `  line ${e.line}: ${e.field}: ${e.reason}`;
  return [
    `Imported ${file} into table ${tableName}: ${summary.created} new, ${summary.updated} updated, ` +
      `${summary.rejected.length} rejected.`,
    ...(summary.rejected.length > 0 ? ['Rejected rows:', ...summary.rejected.map(line)] : []),
    ...(summary.notices.length > 0 ? ['Column notices:', ...summary.notices.map(line)] : []),
    ...describeSnapshot(summary.searchIndex),
  ].join('\n');
}

/** One sentence for an error that stops the import before or while writing. */
export function explainFailure(error: unknown, where: string, tableName: string): string {
  if (error instanceof CatalogFileError) return error.message;
  const name = (error as { name?: string }).name ?? '';
  const message = (error as { message?: string }).message ?? String(error);
  if (name === 'ResourceNotFoundException') {
    return `Table ${tableName} does not exist at ${where}; create it with npm run db:start (locally) or deploy the stack.`;
  }
  if (name === 'CredentialsProviderError') return `No AWS credentials were found for ${where}: ${message}`;
  if (name === 'CorruptItemError') return `The store settings in table ${tableName} are invalid: ${message}`;
  return `Cannot reach the database at ${where}: ${message.split('\n')[0]}`;
}

function isLoopback(endpoint: string | undefined): boolean {
  const host = endpoint ? new URL(endpoint).hostname : '';
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('catalog:import')
    .description('Load a CSV or JSON Lines catalog into the table.')
    .argument('<file>', 'catalog file (.csv, or .jsonl / .ndjson)')
    .option('--currency <code>', 'currency of the prices when the store settings are not set up', 'USD')
    .parse([...argv]);
  const [path] = program.args as [string];
  const { currency: fallbackCurrency } = program.opts<{ currency: string }>();
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  const region = process.env.AWS_REGION || 'us-east-1';
  const tableName = process.env.TABLE_NAME || DEFAULT_TABLE_NAME;
  const where = endpoint ?? `AWS ${region}`;
  const { doc, client } = createDynamoClients({ region, endpoint, requestTimeoutMs: 10000, maxAttempts: 5 });
  try {
    const settings = await new DynamoStoreSettingsRepository(doc, tableName).get();
    const currency = settings?.currency ?? fallbackCurrency.toUpperCase();
    if (
      settings &&
      program.getOptionValueSource('currency') === 'cli' &&
      currency !== fallbackCurrency.toUpperCase()
    ) {
      process.stderr.write(
        `The store sells in ${currency}, so prices are read in ${currency}, not ${fallbackCurrency}.\n`,
      );
    }
    const lines = await countLines(path).catch(() => 0);
    const progress = progressReporter(catalogFormat(path) === 'csv' ? lines - 1 : lines);
    let last: ImportProgress = { rows: 0, written: 0, rejected: 0 };
    const summary = await importCatalogFile({
      doc,
      tableName,
      path,
      currency,
      onProgress: (p) => progress.update((last = p)),
      ...(isLoopback(endpoint) ? { searchSnapshot: localSnapshotStore(tableName) } : {}),
    });
    progress.done(last);
    process.stdout.write(`${formatSummary(basename(path), tableName, summary)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${explainFailure(error, where, tableName)}\n`);
    return 1;
  } finally {
    client.destroy();
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
