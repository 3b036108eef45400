/**
 * Streams a JSON Lines catalog: one JSON object per line, blank lines ignored. A line that is not
 * UTF-8, or not a JSON object, is that line's problem and reading goes on; a key that names no column is noticed the
 * first time it appears and ignored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import { NewlineNormalizer } from './csv-records';
import { NOT_UTF8, Utf8LineCheck } from './utf8-lines';
import { shown } from './catalog-row-schema';
import { columnName, columnNotice, type SourceRow } from './catalog-columns';

function parseLine(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not valid JSON; each line must be one product object like {"sku": "A1", ...}';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `${shown(value)} is not a JSON object; each line must hold one product object`;
  }
  return value as Record<string, unknown>;
}

/** Yields each non-blank line's cells (or problem) with its 1-based line number. */
export async function* jsonlRows(path: string): AsyncGenerator<SourceRow> {
  const utf8 = new Utf8LineCheck();
  // Errors of any stage reach the loop below through the last stream; the callback has nothing to add.
  const input = pipeline(createReadStream(path), new NewlineNormalizer(), utf8, () => undefined);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const unknownKeys = new Set<string>();
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    if (utf8.invalidLines.has(line)) {
      yield { line, problem: { field: 'row', reason: NOT_UTF8 } };
      continue;
    }
    const parsed = parseLine(text);
    if (typeof parsed === 'string') {
      yield { line, problem: { field: 'row', reason: parsed } };
      continue;
    }
    const cells: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed)) {
      const name = columnName(key);
      if (name !== undefined) {
        cells[name] ??= value;
      } else if (!unknownKeys.has(key) && unknownKeys.size < 100) {
        unknownKeys.add(key);
        yield columnNotice(line, `"${shown(key)}" is not a catalog column; its values are ignored`);
      }
    }
    yield { line, cells };
  }
}
