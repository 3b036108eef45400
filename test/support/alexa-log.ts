/**
 * Test helper: a logger that records structured log lines, so tests can assert what was logged
 * (and that nothing personal was).
 */
import { keepLogEvent } from './log-lines';

/** One recorded log line. */
export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A logger with the Logger port's shape that keeps every line. */
export interface RecordingLog {
  readonly lines: LogLine[];
  info(event: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void;
  error(event: string, fields?: Readonly<Record<string, unknown>>): void;
  /** The lines of one event. */
  events(event: string): LogLine[];
}

/** A fresh recording logger. */
export function recordingLog(): RecordingLog {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (event: string, fields: Readonly<Record<string, unknown>> = {}): void => {
      lines.push({ level, event, fields });
      keepLogEvent(level, event, fields);
    };
  return {
    lines,
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    events: (event) => lines.filter((line) => line.event === event),
  };
}
