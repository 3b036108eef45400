/**
 * What an idle check invokes the events function with, and reading it back (untrusted JSON).
 */
import type { IdleCheck } from '../../domain/idle-cart-port';

/** The source field that marks an idle check among the events function's inputs. */
export const IDLE_CHECK_SOURCE = 'voice-commerce.idle-cart-check';

/** The invocation payload of an idle check. */
export interface IdleCheckInput {
  readonly source: typeof IDLE_CHECK_SOURCE;
  readonly customerId: string;
  readonly cartVersion: number;
}

/** The payload for a check. */
export function idleCheckInput(check: Pick<IdleCheck, 'customerId' | 'cartVersion'>): IdleCheckInput {
  return { source: IDLE_CHECK_SOURCE, customerId: check.customerId, cartVersion: check.cartVersion };
}

/** The idle check an invocation carries, or undefined when it is something else. */
export function readIdleCheckInput(event: unknown): IdleCheckInput | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const { source, customerId, cartVersion } = event as Record<string, unknown>;
  if (source !== IDLE_CHECK_SOURCE || typeof customerId !== 'string' || customerId.length > 1100)
    return undefined;
  if (typeof cartVersion !== 'number' || !Number.isInteger(cartVersion) || cartVersion < 1) return undefined;
  return { source: IDLE_CHECK_SOURCE, customerId, cartVersion };
}
