/**
 * Adding to a placed order: allowed while it is placed or confirmed (not yet packed) and before the
 * delivery option's cut-off hour on the day before delivery; and the order's totals once lines are
 * added (delivery and fees as agreed, tax on the new taxable base rounded once).
 */
import { addDays, localTime } from './delivery';
import type { Money, OrderLine, Quote, StoreSettings } from './model';
import { add, applyRate, parsePercent, subtract, sum } from './money';
import { priceLines, type LineToPrice } from './quote';
import type { Order } from './model';

/** Whether lines may still be added to an order, and if not, why. */
export type Amendability =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'packed' | 'final' | 'cutoff_passed' };

/** The instant's local date and hour against the day before delivery at the option's cut-off hour. */
function beforeCutoff(order: Order, settings: StoreSettings, now: Date): boolean {
  const option = settings.deliveryOptions.find((o) => o.id === order.quote.delivery.optionId);
  // An option the store no longer offers has no cut-off to honour: the order is left as it is.
  if (!option) return false;
  const dayBefore = addDays(order.quote.delivery.expectedDate, -1);
  const local = localTime(now, settings.timeZone);
  if (local.date !== dayBefore) return local.date < dayBefore;
  return local.hour < option.cutoffHour;
}

/** Lines may be added while the order is placed or confirmed and before the cut-off. */
export function amendability(order: Order, settings: StoreSettings, now: Date): Amendability {
  if (order.status === 'cancelled' || order.status === 'delivered' || order.status === 'returned') {
    return { ok: false, reason: 'final' };
  }
  if (order.status !== 'placed' && order.status !== 'confirmed') return { ok: false, reason: 'packed' };
  return beforeCutoff(order, settings, now) ? { ok: true } : { ok: false, reason: 'cutoff_passed' };
}

/** The lines after an addition: a product already ordered at the same price gets a larger quantity. */
function mergedLines(lines: readonly OrderLine[], added: readonly OrderLine[]): OrderLine[] {
  const merged = [...lines];
  for (const line of added) {
    const index = merged.findIndex((l) => l.sku === line.sku && l.unitPrice.amount === line.unitPrice.amount);
    const same = merged[index];
    if (!same) {
      merged.push(line);
      continue;
    }
    merged[index] = {
      ...same,
      quantity: same.quantity + line.quantity,
      lineTotal: add(same.lineTotal, line.lineTotal),
    };
  }
  return merged;
}

/** The order's quote with lines added, and what that adds to the total. */
export function amendedQuote(
  quote: Quote,
  additions: readonly LineToPrice[],
  settings: StoreSettings,
): { readonly quote: Quote; readonly added: readonly OrderLine[]; readonly difference: Money } {
  const added = priceLines(additions);
  const lines = mergedLines(quote.lines, added);
  const subtotal = sum(
    lines.map((l) => l.lineTotal),
    quote.currency,
  );
  const feesTotal = sum(
    quote.fees.map((f) => f.amount),
    quote.currency,
  );
  const delivery = quote.delivery.price;
  const taxable = settings.taxDeliveryAndFees ? add(add(subtotal, delivery), feesTotal) : subtotal;
  // Tax is rounded once on the whole taxable base, as when the order was placed.
  const tax = applyRate(taxable, parsePercent(settings.taxRatePercent));
  const total = add(add(add(subtotal, delivery), feesTotal), tax);
  return {
    quote: { ...quote, lines, subtotal, tax, total },
    added,
    difference: subtract(total, quote.total),
  };
}
