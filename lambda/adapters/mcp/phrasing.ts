/**
 * How the MCP tools word things for an assistant to read aloud: money in the store's currency and
 * locale ("$15.96"), delivery days relative to today in the store's time zone ("tomorrow",
 * "Tuesday, November 24"), and short English lists. Plain text, never markup: the assistant speaks it.
 */
import { daysBetween, localTime } from '../../domain/delivery';
import type { Money } from '../../domain/model';
import { minorDigits } from '../../domain/money';

/** Money as tools return it: exact minor units, and the same amount written for people. */
export interface MoneyView {
  /** Integer count of minor units (cents for USD). */
  readonly amount: number;
  readonly currency: string;
  /** "$15.96", in the store's locale. */
  readonly formatted: string;
}

/** Phrasing for one call: the store's locale and time zone, and today there. */
export interface Phrasing {
  money(value: Money): MoneyView;
  /** "today", "tomorrow", or the weekday and date of a YYYY-MM-DD day. */
  day(date: string): string;
  /** "a", "a and b", "a, b and c". */
  list(items: readonly string[]): string;
  /** "1 item", "3 items". */
  count(n: number, one: string, many: string): string;
}

const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    MONEY_FORMATS.set(key, format);
  }
  return format;
}

/** Formats minor units for display; the division is exact to the currency's digits once rounded. */
export function formatMoney(value: Money, locale: string): string {
  return moneyFormat(locale, value.currency).format(value.amount / 10 ** minorDigits(value.currency));
}

/** The phrasing of a store at an instant. */
export function phrasingFor(store: { locale: string; timeZone: string }, now: Date): Phrasing {
  const today = localTime(now, store.timeZone).date;
  const dates = new Intl.DateTimeFormat(store.locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return {
    money: (value) => ({
      amount: value.amount,
      currency: value.currency,
      formatted: formatMoney(value, store.locale),
    }),
    day: (date) => {
      const days = daysBetween(today, date);
      if (days === 0) return 'today';
      if (days === 1) return 'tomorrow';
      return dates.format(new Date(`${date}T00:00:00Z`));
    },
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`,
    count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
  };
}
