/**
 * Strict UTF-8 for catalog files: a pass-through stream that checks each line's bytes (lines end
 * at LF; run it after the newline normaliser) and remembers the numbers of the lines that are not
 * UTF-8, so a file saved as Latin-1 is refused line by line instead of read as "Caf\uFFFD".
 */
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

const LF = 0x0a;

/** What a line that is not UTF-8 is told. */
export const NOT_UTF8 = 'is not UTF-8 text; save the file as UTF-8 and import it again';

/** Passes bytes through unchanged and records which 1-based lines are not valid UTF-8. */
export class Utf8LineCheck extends Transform {
  /** The lines checked so far that are not valid UTF-8. */
  readonly invalidLines = new Set<number>();
  private line = 1;
  private pending: Buffer[] = [];

  /** True when any line from `first` to `last` (inclusive) is not UTF-8. */
  anyInvalid(first: number, last: number): boolean {
    for (const line of this.invalidLines) if (line >= first && line <= last) return true;
    return false;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let start = 0;
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, start)) {
      this.pending.push(chunk.subarray(start, i));
      this.endLine();
      start = i + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
    // Checked before the bytes go on, so a reader downstream never gets ahead of the check.
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.pending.length > 0) this.endLine();
    done();
  }

  private endLine(): void {
    if (!isUtf8(Buffer.concat(this.pending))) this.invalidLines.add(this.line);
    this.pending = [];
    this.line += 1;
  }
}
