/**
 * Reads a catalog file (DESIGN.md section 10): CSV with a header row, or JSON Lines. Rows are
 * streamed and validated one at a time, so memory stays bounded whatever the file size (only the
 * skus seen are kept, to refuse duplicates). A bad row is reported and reading goes on; a file that
 * cannot be read as a catalog at all throws CatalogFileError (from catalog-columns.ts).
 */
import { stat } from 'node:fs/promises';
import type { ProductInput } from '../../domain/model';
import { CatalogFileError, type SourceRow } from './catalog-columns';
import { catalogRowSchema, validateRow, type CatalogRowSchema } from './catalog-row-schema';
import { csvRows } from './csv-rows';
import { jsonlRows } from './jsonl-rows';

/** Why one line of the file was not taken: its 1-based line, the field, and a reason in words. */
export interface CatalogRowError {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

/** One row of the file: a valid product, or the error that rejected it. */
export interface CatalogRow {
  readonly line: number;
  readonly product?: ProductInput;
  readonly error?: CatalogRowError;
}

/**
 * True for a notice about a column (unknown or repeated, its values ignored) rather than a rejected
 * row. Such notices have the field "column".
 */
export function isColumnNotice(error: CatalogRowError): boolean {
  return error.field === 'column';
}

/** The format a file name says: JSON Lines for .jsonl, .ndjson and .json, CSV otherwise. */
export function catalogFormat(path: string): 'csv' | 'jsonl' {
  return /\.(jsonl|ndjson|json)$/i.test(path) ? 'jsonl' : 'csv';
}

async function prepare(path: string, currency: string): Promise<CatalogRowSchema> {
  let schema: CatalogRowSchema;
  try {
    schema = catalogRowSchema(currency);
  } catch {
    throw new CatalogFileError(`${currency} is not a currency code like USD.`);
  }
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CatalogFileError(`Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code}.`);
  }
  if (!isFile) throw new CatalogFileError(`Cannot read ${path}: it is not a file.`);
  return schema;
}

/** Streams a CSV (header row) or JSON Lines (.jsonl/.ndjson) catalog, one validated row at a time. */
export async function* readCatalogFile(
  path: string,
  options: { currency: string },
): AsyncGenerator<CatalogRow> {
  const schema = await prepare(path, options.currency);
  const source: AsyncIterable<SourceRow> = catalogFormat(path) === 'jsonl' ? jsonlRows(path) : csvRows(path);
  const firstLineOfSku = new Map<string, number>();
  for await (const { line, cells, problem } of source) {
    if (problem || !cells) {
      yield { line, error: { line, field: problem?.field ?? 'row', reason: problem?.reason ?? 'is empty' } };
      continue;
    }
    const result = validateRow(schema, cells);
    if ('problem' in result) {
      yield { line, error: { line, ...result.problem } };
      continue;
    }
    const { sku } = result.product;
    const first = firstLineOfSku.get(sku);
    if (first !== undefined) {
      yield { line, error: { line, field: 'sku', reason: `${sku} is a duplicate of line ${first}` } };
      continue;
    }
    firstLineOfSku.set(sku, line);
    yield { line, product: result.product };
  }
}
