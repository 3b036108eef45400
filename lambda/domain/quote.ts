/**
 * Pricing an order: line totals, delivery (free above the threshold for the default option), fees,
 * tax on the taxable base rounded once, and the total. Exact in minor units.
 */
import { expectedDeliveryDate } from './delivery';
import { DomainError } from './errors';
import type { Money, OrderLine, Quote, StoreSettings } from './model';
import { add, applyRate, includedTax, parsePercent, sum, times, zero } from './money';

/** A line to price: what and how many, at which unit price. */
export interface LineToPrice {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: Money;
}

/** Prices lines: unit price times quantity. */
export function priceLines(lines: readonly LineToPrice[]): OrderLine[] {
  return lines.map((line) => ({ ...line, lineTotal: times(line.unitPrice, line.quantity) }));
}

/** The delivery price of an option for a subtotal: the default option is free at the threshold. */
export function deliveryPrice(settings: StoreSettings, optionId: string, subtotal: Money): Money {
  const option = settings.deliveryOptions.find((o) => o.id === optionId);
  if (!option)
    throw new DomainError('DELIVERY_OPTION_UNKNOWN', `no delivery option ${optionId}`, { optionId });
  const threshold = settings.freeDeliveryThreshold;
  const free =
    optionId === settings.defaultDeliveryOptionId && threshold && subtotal.amount >= threshold.amount;
  return free ? zero(option.price.currency) : option.price;
}

/** Everything the shopper hears before confirming: subtotal, delivery, fees, tax, total. */
export function computeQuote(
  lines: readonly LineToPrice[],
  settings: StoreSettings,
  optionId: string,
  now: Date,
): Quote {
  const currency = settings.currency;
  const priced = priceLines(lines);
  const subtotal = sum(
    priced.map((l) => l.lineTotal),
    currency,
  );
  const option = settings.deliveryOptions.find((o) => o.id === optionId);
  if (!option)
    throw new DomainError('DELIVERY_OPTION_UNKNOWN', `no delivery option ${optionId}`, { optionId });
  const delivery = deliveryPrice(settings, optionId, subtotal);
  const fees = settings.fees.map((fee) => ({ id: fee.id, name: fee.name, amount: fee.amount }));
  const feesTotal = sum(
    fees.map((f) => f.amount),
    currency,
  );
  const taxable = settings.taxDeliveryAndFees ? add(add(subtotal, delivery), feesTotal) : subtotal;
  // Tax is rounded once, on the taxable base, never per line: per-line rounding drifts by cents.
  // Where shelf prices include it (VAT, GST), it is the part of the base that is tax, not added on.
  const rate = parsePercent(settings.taxRatePercent);
  const tax = settings.pricesIncludeTax ? includedTax(taxable, rate) : applyRate(taxable, rate);
  const beforeTax = add(add(subtotal, delivery), feesTotal);
  const total = settings.pricesIncludeTax ? beforeTax : add(beforeTax, tax);
  return {
    currency,
    lines: priced,
    subtotal,
    delivery: {
      optionId: option.id,
      name: option.name,
      price: delivery,
      expectedDate: expectedDeliveryDate(option, now, settings.timeZone),
      ...(option.window ? { window: option.window } : {}),
    },
    fees,
    tax,
    total,
  };
}
