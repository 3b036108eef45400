/**
 * IdleCheckScheduler for the local stack: a timer per cart, in this process, moved on each change
 * of the cart and calling the idle check (the same target the events function runs in AWS) when
 * it is due. Timers do not outlive the process: a restarted local stack checks again when a cart
 * next changes.
 */
import type { IdleCheck, IdleCheckScheduler } from '../domain/idle-cart-port';

/** Timers keyed by customer. */
export class LocalIdleCheckScheduler implements IdleCheckScheduler {
  private readonly timers = new Map<string, { check: IdleCheck; timer: NodeJS.Timeout }>();

  constructor(
    private readonly target: (check: IdleCheck) => Promise<unknown>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates or moves this customer's check. */
  schedule(check: IdleCheck): Promise<void> {
    this.clear(check.customerId);
    const delay = Math.max(0, Math.min(2 ** 31 - 1, check.at.getTime() - this.now()));
    const timer = setTimeout(() => {
      this.timers.delete(check.customerId);
      void this.target(check).catch(() => undefined);
    }, delay);
    timer.unref();
    this.timers.set(check.customerId, { check, timer });
    return Promise.resolve();
  }

  /** Cancels this customer's check, if any. */
  cancel(customerId: string): Promise<void> {
    this.clear(customerId);
    return Promise.resolve();
  }

  /** The checks waiting, by customer (what the console and tests look at). */
  pending(): ReadonlyMap<string, IdleCheck> {
    return new Map([...this.timers].map(([customerId, { check }]) => [customerId, check]));
  }

  /** Stops every timer. */
  stop(): void {
    for (const customerId of [...this.timers.keys()]) this.clear(customerId);
  }

  private clear(customerId: string): void {
    const entry = this.timers.get(customerId);
    if (entry) clearTimeout(entry.timer);
    this.timers.delete(customerId);
  }
}
