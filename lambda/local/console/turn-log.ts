/**
 * The log of the in-process stack, kept per turn instead of printed as JSON lines: what is logged
 * while the console's turn runs (tracked with AsyncLocalStorage, so the dev server's requests at the
 * same time are not mixed in) is shown beside that turn, and an error among it (a failed intent
 * handler, a failed skill invocation) marks the turn as failed. Everything else goes to a listener.
 * No personal data is ever logged, so none is shown.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../../domain/ports';

/** One logged event. */
export interface LoggedEvent {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** A logger that collects the events of a captured piece of work. */
export class TurnLog implements Logger {
  private readonly scope = new AsyncLocalStorage<LoggedEvent[]>();

  constructor(private readonly listener: (event: LoggedEvent) => void = () => undefined) {}

  /** Routine events. */
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.add({ level: 'info', event, fields });
  }

  /** Something worth a look. */
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.add({ level: 'warn', event, fields });
  }

  /** A failure. */
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.add({ level: 'error', event, fields });
  }

  /** Runs the work and returns what it logged beside its result. */
  async capture<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly events: LoggedEvent[] }> {
    const events: LoggedEvent[] = [];
    const result = await this.scope.run(events, work);
    return { result, events };
  }

  private add(event: LoggedEvent): void {
    const events = this.scope.getStore();
    if (!events) this.listener(event);
    else if (events.length < 100) events.push(event);
  }
}

/** One line for an event: level, name and its short fields. */
export function describeEvent(event: LoggedEvent): string {
  const fields = Object.entries(event.fields ?? {})
    .map(([key, value]) => {
      const shown = value instanceof Error ? value.name : (JSON.stringify(value) ?? 'undefined');
      return `${key}=${shown.slice(0, 80)}`;
    })
    .join(' ');
  return `${event.level} ${event.event}${fields ? ` ${fields}` : ''}`;
}
