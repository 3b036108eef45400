/**
 * Every log line a test file writes, whatever logger wrote it (the structured logger's stdout, the
 * test loggers, the console's turn log, console.*), kept for the run's log scan.
 */
import { appendFileSync } from 'node:fs';

const lines: string[] = [];

/** Keeps one log line. */
export function keepLogLine(line: string): void {
  lines.push(line);
}

/** Keeps a logger call as the line a structured logger would write. */
export function keepLogEvent(level: string, event: string, fields?: unknown): void {
  let text: string;
  try {
    text = JSON.stringify({ level, event, ...(fields && typeof fields === 'object' ? fields : {}) });
  } catch {
    text = `${level} ${event} [fields that cannot be written as JSON]`;
  }
  lines.push(text);
}

/** Appends the lines kept so far to the run's file and forgets them. */
export function flushLogLines(file: string | undefined): void {
  if (!file || lines.length === 0) return;
  appendFileSync(file, `${lines.map((line) => line.replace(/\n/g, '\\n')).join('\n')}\n`);
  lines.length = 0;
}
