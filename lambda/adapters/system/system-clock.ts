/** The wall clock, for the Clock port. */
import type { Clock } from '../../domain/ports';

/** The real current time. */
export class SystemClock implements Clock {
  /** Now, as a new Date. */
  now(): Date {
    return new Date();
  }
}
