/**
 * The Logger port as one JSON line per event on stdout (CloudWatch reads it as structured data).
 * Callers pass only non-personal fields; as a second guard, fields whose names suggest personal
 * data or secrets are redacted.
 */
import type { Logger } from '../../domain/ports';

/** Levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const REDACT = /token|secret|password|voicecode|^name$|address|email|phone|utterance|speech|query|raw/i;

/** Writes JSON lines at or above a level. */
export class StructuredLogger implements Logger {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly base: Readonly<Record<string, unknown>> = {},
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  /** Routine events. */
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.emit('info', event, fields);
  }

  /** Something worth a look. */
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.emit('warn', event, fields);
  }

  /** A failure. */
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.emit('error', event, fields);
  }

  private emit(
    level: Exclude<LogLevel, 'silent'>,
    event: string,
    fields?: Readonly<Record<string, unknown>>,
  ): void {
    if (RANK[level] < RANK[this.level]) return;
    const safe: Record<string, unknown> = {};
    for (const [key, value] of Object.entries({ ...this.base, ...fields })) {
      safe[key] = REDACT.test(key)
        ? '[redacted]'
        : value instanceof Error
          ? { name: value.name, message: value.message.slice(0, 300) }
          : value;
    }
    this.write(JSON.stringify({ level, event, at: new Date().toISOString(), ...safe }));
  }
}
