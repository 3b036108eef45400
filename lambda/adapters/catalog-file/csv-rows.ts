/**
 * Turns CSV records into rows of named cells: the first record is the header; unknown or repeated
 * columns are noticed once and their values ignored; a row with the wrong number of columns is
 * refused and reading goes on.
 */
import { shown } from './catalog-row-schema';
import {
  CatalogFileError,
  columnName,
  columnNotice,
  REQUIRED_COLUMNS,
  type SourceRow,
} from './catalog-columns';
import { csvRecords } from './csv-records';

interface Header {
  readonly columns: readonly (string | undefined)[];
  readonly notices: readonly SourceRow[];
}

function readHeader(line: number, values: readonly string[]): Header {
  const seen = new Set<string>();
  const notices: SourceRow[] = [];
  const columns = values.map((header) => {
    const name = columnName(header);
    if (name === undefined) {
      notices.push(columnNotice(line, `"${shown(header)}" is not a catalog column; its values are ignored`));
      return undefined;
    }
    if (seen.has(name)) {
      notices.push(columnNotice(line, `"${name}" appears twice; only the first is read`));
      return undefined;
    }
    seen.add(name);
    return name;
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new CatalogFileError(
      `The header on line ${line} has no ${missing.join(', ')} column; a catalog needs sku, name, price and stock.`,
    );
  }
  return { columns, notices };
}

/** Yields the header's notices, then every data row with its cells by column name. */
export async function* csvRows(path: string): AsyncGenerator<SourceRow> {
  let header: Header | undefined;
  for await (const record of csvRecords(path)) {
    if (!record.cells) {
      if (record.problem) yield { line: record.line, problem: record.problem };
      continue;
    }
    if (!header) {
      header = readHeader(record.line, record.cells);
      yield* header.notices;
      continue;
    }
    const { columns } = header;
    if (record.cells.length !== columns.length) {
      const reason = `has ${record.cells.length} columns but the header has ${columns.length}`;
      yield { line: record.line, problem: { field: 'row', reason } };
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((name, i) => {
      if (name !== undefined) cells[name] = record.cells![i]!;
    });
    yield { line: record.line, cells };
  }
  if (!header) throw new CatalogFileError(`${path} is empty; a catalog starts with a header row.`);
}
