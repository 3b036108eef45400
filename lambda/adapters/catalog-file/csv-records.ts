/**
 * Streams a CSV catalog as raw records with the line each starts on, using csv-parse; a record with
 * a line that is not UTF-8 becomes that line's problem (utf8-lines.ts). Line endings
 * are normalised to LF first (csv-parse miscounts lines inside quoted CRLF fields), so the start
 * line is the end line minus the line breaks inside the record's quoted fields.
 */
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import type { RowProblem } from './catalog-columns';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { NOT_UTF8, Utf8LineCheck } from './utf8-lines';

/** One CSV record as read: its cells, or why it could not be read. */
export interface RawRecord {
  readonly line: number;
  readonly cells?: readonly string[];
  readonly problem?: RowProblem;
}

const CR = 0x0d;
const LF = 0x0a;

/** Rewrites CRLF and lone CR to LF, byte by byte (both are single bytes in UTF-8). */
export class NewlineNormalizer extends Transform {
  private pendingCr = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const out = Buffer.allocUnsafe(chunk.length + 1);
    let length = 0;
    let start = 0;
    if (this.pendingCr) {
      out[length++] = LF;
      if (chunk[0] === LF) start = 1;
      this.pendingCr = false;
    }
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte !== CR) {
        out[length++] = byte;
      } else if (i === chunk.length - 1) {
        this.pendingCr = true;
      } else {
        out[length++] = LF;
        if (chunk[i + 1] === LF) i++;
      }
    }
    done(null, out.subarray(0, length));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.pendingCr ? Buffer.from([LF]) : undefined);
  }
}

function lineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const value of cells) {
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/**
 * Yields every record of the file, the header included, with its start line. Records whose cells
 * are all blank are skipped like empty lines. A record the parser cannot read (a quote never closed)
 * becomes a problem on the line after the previous record, in its place in the file, and reading
 * goes on. The parser runs ahead of the consumer, so skips are noted with how many records preceded
 * them and yielded once the consumer gets there.
 */
export async function* csvRecords(path: string): AsyncGenerator<RawRecord> {
  const skipped: { afterRecords: number; record: RawRecord }[] = [];
  let parsedRecords = 0;
  let parsedEnd = 0;
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record, context) => {
      parsedRecords++;
      parsedEnd = context.lines;
      return record;
    },
    on_skip: (error) => {
      const reason =
        error?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted field is never closed, so the rest of the file could not be read'
          : `cannot be read as CSV (${error?.message ?? 'unknown error'})`;
      const record = { line: parsedEnd + 1, problem: { field: 'row', reason } };
      skipped.push({ afterRecords: parsedRecords, record });
    },
  });
  const utf8 = new Utf8LineCheck();
  // Errors of any stage reach the loop below through the parser; the callback has nothing to add.
  const records = pipeline(
    createReadStream(path),
    new NewlineNormalizer(),
    utf8,
    parser,
    () => undefined,
  ) as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>;
  let consumed = 0;
  const due = (): RawRecord[] => {
    let count = 0;
    while (count < skipped.length && skipped[count]!.afterRecords <= consumed) count++;
    return skipped.splice(0, count).map((entry) => entry.record);
  };
  for await (const { record, info } of records) {
    yield* due();
    consumed++;
    if (record.every((value) => value.trim() === '')) continue;
    const line = info.lines - lineBreaks(record);
    yield utf8.anyInvalid(line, info.lines)
      ? { line, problem: { field: 'row', reason: NOT_UTF8 } }
      : { line, cells: record };
  }
  yield* due();
  yield* skipped.splice(0).map((entry) => entry.record);
}
