/**
 * Progress of a catalog import on stderr: a cli-progress bar when stderr is a terminal, otherwise a
 * plain line every few seconds (for CI logs and redirected output).
 */
import { Presets, SingleBar } from 'cli-progress';
import { createReadStream } from 'node:fs';

/** Counts shown while importing. */
export interface ImportProgress {
  readonly rows: number;
  readonly written: number;
  readonly rejected: number;
}

/** Something that shows progress; `done` ends it. */
export interface ProgressReporter {
  update(progress: ImportProgress): void;
  done(progress: ImportProgress): void;
}

/** Counts the lines of a file quickly (a close estimate of its rows for the bar's total). */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** A bar on a terminal, periodic lines elsewhere. */
export function progressReporter(
  estimatedRows: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  const total = Math.max(1, estimatedRows);
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        stream,
        format:
          'Importing [{bar}] {percentage}% | {value}/{total} rows | {written} written | {rejected} rejected',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { written: 0, rejected: 0 });
    return {
      update: (p) => bar.update(Math.min(p.rows, total), { written: p.written, rejected: p.rejected }),
      done: (p) => {
        bar.setTotal(Math.max(p.rows, 1));
        bar.update(p.rows, { written: p.written, rejected: p.rejected });
        bar.stop();
      },
    };
  }
  let nextAt = Date.now() + 2000;
  const line = (p: ImportProgress): string =>
    `Read ${p.rows} of about ${total} rows: ${p.written} written, ${p.rejected} rejected.\n`;
  return {
    update: (p) => {
      if (Date.now() < nextAt) return;
      nextAt = Date.now() + 2000;
      stream.write(line(p));
    },
    done: (p) => stream.write(line(p)),
  };
}
