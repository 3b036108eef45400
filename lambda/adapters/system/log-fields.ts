/**
 * What the loggers write beside an event: the fields as given, except those whose names suggest
 * personal data or secrets (redacted: a second guard, since callers pass only non-personal
 * fields), and errors by name and message only, never the stack.
 */

/** Levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const REDACT = /token|secret|password|voicecode|^name$|address|email|phone|utterance|speech|query|raw/i;

/** The fields safe to log. */
export function loggableFields(fields: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    safe[key] = REDACT.test(key)
      ? '[redacted]'
      : value instanceof Error
        ? { name: value.name, message: value.message.slice(0, 300) }
        : value;
  }
  return safe;
}
