/**
 * A Logger for local tools whose standard output is a protocol (the MCP server over stdio): one
 * JSON line per event on standard error, at or above a level, with the same safe fields as the
 * functions' logs.
 */
import { loggableFields, type LogLevel } from '../adapters/system/log-fields';
import type { Logger } from '../domain/ports';

const RANK: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** Writes JSON lines to standard error (or the given sink). */
export class StderrLogger implements Logger {
  constructor(
    private readonly level: LogLevel,
    private readonly base: Readonly<Record<string, unknown>> = {},
    private readonly write: (line: string) => void = (line) => void process.stderr.write(`${line}\n`),
  ) {}

  /** Routine events. */
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('info', event, fields);
  }

  /** Something worth a look. */
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('warn', event, fields);
  }

  /** A failure. */
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.log('error', event, fields);
  }

  private log(level: LogLevel, event: string, fields?: Readonly<Record<string, unknown>>): void {
    if (RANK[level] < RANK[this.level]) return;
    const line = {
      level,
      event,
      time: new Date().toISOString(),
      ...loggableFields(this.base),
      ...loggableFields(fields),
    };
    this.write(JSON.stringify(line));
  }
}
