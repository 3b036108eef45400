/**
 * Money as an integer count of minor units plus an ISO 4217 currency. Never a float: amounts are
 * parsed from decimal strings and rates are applied with exact integer (BigInt) arithmetic.
 */
import { DomainError } from './errors';
import type { Money } from './model';

const MINOR_DIGITS = new Map<string, number>();

/** How many minor-unit digits a currency has (USD 2, JPY 0, KWD 3), from the platform's ICU data. */
export function minorDigits(currency: string): number {
  let digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    MINOR_DIGITS.set(currency, digits);
  }
  return digits;
}

/** Builds Money, refusing anything that is not a safe integer amount. */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError('INVALID_AMOUNT', `amount must be an integer count of minor units, got ${amount}`);
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new DomainError('INVALID_AMOUNT', `currency must be an ISO 4217 code, got ${currency}`);
  }
  return { amount, currency };
}

/** Zero in a currency. */
export function zero(currency: string): Money {
  return { amount: 0, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError('INVALID_AMOUNT', `cannot combine ${a.currency} and ${b.currency}`);
  }
}

/** a + b, same currency. */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

/** a - b, same currency. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** A unit price times an integer quantity. */
export function times(unit: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) {
    throw new DomainError('INVALID_AMOUNT', `quantity must be an integer, got ${quantity}`);
  }
  return money(unit.amount * quantity, unit.currency);
}

/** Sum of amounts in one currency; the empty sum is zero. */
export function sum(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce((total, m) => add(total, m), zero(currency));
}

/** True when a is strictly greater than b. */
export function greaterThan(a: Money, b: Money): boolean {
  sameCurrency(a, b);
  return a.amount > b.amount;
}

/** An exact decimal rate such as "8.875" percent, kept as an integer numerator over a power of ten. */
export interface Rate {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Parses a percentage written as a decimal string ("8.875", "20", "0") into an exact rate. */
export function parsePercent(percent: string): Rate {
  const match = /^(\d{1,3})(?:\.(\d{1,6}))?$/.exec(percent.trim());
  if (!match) throw new DomainError('INVALID_AMOUNT', `not a percentage: ${percent}`);
  const fraction = match[2] ?? '';
  const numerator = BigInt(`${match[1]}${fraction}`);
  const denominator = 100n * 10n ** BigInt(fraction.length);
  return { numerator, denominator };
}

/**
 * amount x rate, rounded half away from zero to the minor unit (the rule most sales-tax authorities
 * use). Exact: no floating point is involved at any step.
 */
export function applyRate(base: Money, rate: Rate): Money {
  const product = BigInt(base.amount) * rate.numerator;
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const quotient = magnitude / rate.denominator;
  const remainder = magnitude % rate.denominator;
  const rounded = remainder * 2n >= rate.denominator ? quotient + 1n : quotient;
  return money(Number(negative ? -rounded : rounded), base.currency);
}

/**
 * The tax a tax-inclusive amount contains at a rate: base x rate / (1 + rate), rounded half away
 * from zero to the minor unit (120.00 at 20% contains 20.00). Exact, like applyRate.
 */
export function includedTax(base: Money, rate: Rate): Money {
  return applyRate(base, { numerator: rate.numerator, denominator: rate.denominator + rate.numerator });
}

/**
 * Parses a price written in major units ("3.49", "12", "0.5") into Money without floating point.
 * Returns undefined when the text is not a non-negative decimal with at most the currency's digits.
 */
export function parseMajorUnits(text: string, currency: string): Money | undefined {
  const digits = minorDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const amount = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(amount) ? { amount, currency } : undefined;
}

/** Formats Money in major units with a dot ("3.49"), for files and logs; speech has its own phrasing. */
export function formatMajorUnits(value: Money): string {
  const digits = minorDigits(value.currency);
  const sign = value.amount < 0 ? '-' : '';
  const abs = Math.abs(value.amount);
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}
