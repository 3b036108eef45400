/**
 * The Logger port on Powertools for AWS Lambda's Logger: one JSON line per event on stdout, with
 * Powertools' keys (level, message: the event, timestamp, service, the X-Ray trace id in Lambda)
 * and the fields beside them, made safe by loggableFields.
 */
import { Logger as Powertools } from '@aws-lambda-powertools/logger';
import type { Logger } from '../../domain/ports';
import { loggableFields, type LogLevel } from './log-fields';

/** Writes JSON lines at or above a level through Powertools. */
export class PowertoolsLogger implements Logger {
  private readonly logger: Powertools;

  constructor(level: LogLevel = 'info', base: Readonly<Record<string, unknown>> = {}) {
    this.logger = new Powertools({
      serviceName: 'voice-commerce',
      logLevel: level,
      persistentKeys: loggableFields(base),
    });
  }

  /** Routine events. */
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.logger.info(event, loggableFields(fields));
  }

  /** Something worth a look. */
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.logger.warn(event, loggableFields(fields));
  }

  /** A failure. */
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.logger.error(event, loggableFields(fields));
  }
}
