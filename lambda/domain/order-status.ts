/**
 * The order state machine: placed -> confirmed -> packed -> shipped -> out for delivery -> delivered,
 * cancelled before shipping, returned after delivery. Illegal transitions are refused.
 */
import { DomainError } from './errors';
import type { Order, OrderStatus, StoreSettings } from './model';

/** Every status, in the order an order moves through them. */
export const ORDER_STATUSES = [
  'placed',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'returned',
] as const satisfies readonly OrderStatus[];

const NEXT: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  placed: ['confirmed', 'cancelled'],
  confirmed: ['packed', 'cancelled'],
  packed: ['shipped', 'cancelled'],
  shipped: ['out_for_delivery', 'delivered'],
  out_for_delivery: ['delivered'],
  delivered: ['returned'],
  cancelled: [],
  returned: [],
};

/** True when an order may move from one status to the other. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

/** Refuses an illegal transition with ILLEGAL_TRANSITION. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('ILLEGAL_TRANSITION', `order cannot go from ${from} to ${to}`, { from, to });
  }
}

/** True for statuses an order never leaves. */
export function isFinal(status: OrderStatus): boolean {
  return NEXT[status].length === 0 || status === 'delivered';
}

/** Whether the shopper may still cancel, and if not, why. */
export type Cancellability =
  | { readonly ok: true; readonly minutesLeft: number }
  | { readonly ok: false; readonly reason: 'window_passed' | 'already_shipped' | 'already_final' };

/** Cancelling is allowed before shipping and within the store's cancel window. */
export function cancellability(order: Order, settings: StoreSettings, now: Date): Cancellability {
  if (order.status === 'cancelled' || order.status === 'returned' || order.status === 'delivered') {
    return { ok: false, reason: 'already_final' };
  }
  if (!canTransition(order.status, 'cancelled')) return { ok: false, reason: 'already_shipped' };
  const elapsedMs = now.getTime() - Date.parse(order.placedAt);
  const windowMs = settings.cancelWindowMinutes * 60_000;
  if (elapsedMs > windowMs) return { ok: false, reason: 'window_passed' };
  return { ok: true, minutesLeft: Math.max(0, Math.floor((windowMs - elapsedMs) / 60_000)) };
}

/** How an order's status is moved: its stock put back or not, and who moved it (kept in its history). */
export interface TransitionOptions {
  readonly restock: boolean;
  readonly by?: 'shopper' | 'store';
}
