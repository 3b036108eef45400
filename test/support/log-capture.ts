/**
 * Jest setup for every test file: every log line the file writes is kept (log-lines.ts) and, after
 * the file, appended to the run's log file, which the global teardown scans for tokens, codes,
 * addresses and names. Loggers write through these, so nothing they log escapes the scan.
 */
import { TurnLog } from '../../lambda/local/console/turn-log';
import { flushLogLines, keepLogEvent, keepLogLine } from './log-lines';
import { RecordingLogger } from './in-memory/test-ports';
import { MemoryLogger } from './test-services';

for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    keepLogLine(String(chunk));
    return write(chunk, ...rest);
  });
}
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    keepLogLine(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
    original(...args);
  };
}
for (const Logger of [TurnLog, RecordingLogger, MemoryLogger]) {
  for (const level of ['info', 'warn', 'error'] as const) {
    const original = Logger.prototype[level];
    Logger.prototype[level] = function (
      this: unknown,
      event: string,
      fields?: Readonly<Record<string, unknown>>,
    ) {
      keepLogEvent(level, event, fields);
      original.call(this, event, fields);
    };
  }
}

afterAll(() => flushLogLines(process.env.LOG_SCAN_FILE));
