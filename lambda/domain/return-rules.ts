/**
 * Whether a line of an order may be returned or refunded: delivered, and within the store's return
 * window counted in the store's days from the delivery (a shorter window for fresh food). A store
 * that set no window has no return policy to apply.
 */
import { daysBetween, localTime } from './delivery';
import type { Order, Product, StoreSettings } from './model';

/** The verdict on a return request. */
export type Returnability =
  | { readonly ok: true; readonly windowDays: number }
  | { readonly ok: false; readonly reason: 'not_delivered' | 'no_policy' }
  | { readonly ok: false; readonly reason: 'window_passed'; readonly windowDays: number };

/** The window for a product: the fresh-food one for its category, else the store's. */
export function returnWindowDays(settings: StoreSettings, product: Product | undefined): number | undefined {
  const category = product?.category?.toLowerCase();
  const fresh = category && settings.freshCategories?.some((c) => c.toLowerCase() === category);
  return fresh && settings.freshReturnWindowDays !== undefined
    ? settings.freshReturnWindowDays
    : settings.returnWindowDays;
}

/** When the order was delivered, from its history; undefined when it has not been. */
export function deliveredAt(order: Order): string | undefined {
  if (order.status !== 'delivered') return undefined;
  return order.history.findLast((change) => change.status === 'delivered')?.at;
}

/** A line may be returned when its order was delivered no more than the window's days ago. */
export function returnability(
  order: Order,
  product: Product | undefined,
  settings: StoreSettings,
  now: Date,
): Returnability {
  const delivered = deliveredAt(order);
  if (!delivered) return { ok: false, reason: 'not_delivered' };
  const windowDays = returnWindowDays(settings, product);
  if (windowDays === undefined) return { ok: false, reason: 'no_policy' };
  const zone = settings.timeZone;
  const days = daysBetween(localTime(new Date(delivered), zone).date, localTime(now, zone).date);
  return days <= windowDays ? { ok: true, windowDays } : { ok: false, reason: 'window_passed', windowDays };
}
