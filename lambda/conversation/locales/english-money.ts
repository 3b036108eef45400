/**
 * Money in English, for the ear and for a card. How an amount is said follows its currency, the way
 * English speakers say it: "4 dollars and 99 cents", "4 pounds 99", "99 pence", "49 rupees 50
 * paise", and rupee amounts from a lakh up in lakhs and crores ("1 lakh 20500 rupees"). On a card,
 * the figures follow the currency's home grouping ("₹1,00,000.00", "£4.99", "$4.99") unless a
 * locale is named.
 */
import type { Money } from '../../domain/model';
import { formatMajorUnits, minorDigits } from '../../domain/money';

/** A noun with its count: "1 item", "3 items" (money's units are counted the same way). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** How English names one currency's units, and how it joins them. */
interface CurrencyWords {
  readonly major: readonly [singular: string, plural: string];
  readonly minor: readonly [singular: string, plural: string];
  /** "and" between the units ("4 dollars and 99 cents") or nothing ("4 pounds 99"). */
  readonly joiner: 'and' | 'space';
  /** Say the minor unit after the major one ("49 rupees 50 paise"), or leave it out ("4 pounds 99"). */
  readonly minorAfterMajor: boolean;
  /** Group large amounts in lakhs and crores. */
  readonly indianGrouping?: boolean;
}

const DOLLARS: CurrencyWords = {
  major: ['dollar', 'dollars'],
  minor: ['cent', 'cents'],
  joiner: 'and',
  minorAfterMajor: true,
};

const CURRENCIES: Readonly<Record<string, CurrencyWords>> = {
  USD: DOLLARS,
  CAD: DOLLARS,
  AUD: DOLLARS,
  NZD: DOLLARS,
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'], joiner: 'and', minorAfterMajor: true },
  GBP: { major: ['pound', 'pounds'], minor: ['penny', 'pence'], joiner: 'space', minorAfterMajor: false },
  INR: {
    major: ['rupee', 'rupees'],
    minor: ['paisa', 'paise'],
    joiner: 'space',
    minorAfterMajor: true,
    indianGrouping: true,
  },
};

/** The currency's home locale, whose digit grouping a card uses: INR "1,00,000", GBP "1,000". */
const HOME_LOCALE: Readonly<Record<string, string>> = { INR: 'en-IN', GBP: 'en-GB' };

/** A whole number the Indian way: "1 lakh 20500", "2 crore 5 lakh", "99999" (below a lakh as is). */
export function indianNumber(value: number): string {
  if (value < 100_000) return String(value);
  const crores = Math.floor(value / 10_000_000);
  const lakhs = Math.floor((value % 10_000_000) / 100_000);
  const rest = value % 100_000;
  const parts = [
    crores > 0 ? `${crores > 99_999 ? indianNumber(crores) : crores} crore` : '',
    lakhs > 0 ? `${lakhs} lakh` : '',
    rest > 0 ? String(rest) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function units(count: number, [singular, plural]: readonly [string, string], indian: boolean): string {
  const figure = indian ? indianNumber(count) : String(count);
  return `${figure} ${count === 1 ? singular : plural}`;
}

/** Money said in English: by currency, in words for the units; other currencies by their ICU name. */
export function spokenMoney(value: Money): string {
  const words = CURRENCIES[value.currency];
  if (!words || minorDigits(value.currency) !== 2) return namedMoney(value);
  const abs = Math.abs(value.amount);
  const major = Math.floor(abs / 100);
  const minor = abs % 100;
  const sign = value.amount < 0 ? 'minus ' : '';
  const indian = words.indianGrouping === true;
  if (major === 0) return `${sign}${countOf(minor, ...words.minor)}`;
  const whole = units(major, words.major, indian);
  if (minor === 0) return `${sign}${whole}`;
  const cents = words.minorAfterMajor ? countOf(minor, ...words.minor) : String(minor);
  return `${sign}${whole}${words.joiner === 'and' ? ' and ' : ' '}${cents}`;
}

function namedMoney(value: Money): string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: value.currency,
    currencyDisplay: 'name',
    minimumFractionDigits: minorDigits(value.currency),
  });
  return format.format(Number(formatMajorUnits(value)));
}

const WRITTEN_MONEY = new Map<string, Intl.NumberFormat>();

/** Money as written on a card: "$4.99", "£4.99", "₹1,00,000.00" (`locale` overrides the grouping). */
export function writtenMoney(value: Money, locale?: string): string {
  const tag = locale ?? HOME_LOCALE[value.currency] ?? 'en-US';
  const key = `${tag}|${value.currency}`;
  let format = WRITTEN_MONEY.get(key);
  if (!format) {
    const digits = minorDigits(value.currency);
    format = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    WRITTEN_MONEY.set(key, format);
  }
  return format.format(Number(formatMajorUnits(value)));
}
