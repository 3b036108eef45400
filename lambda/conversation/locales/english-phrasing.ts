/**
 * English phrasing for the ear: money in words ("4 dollars and 99 cents"), counts with their noun,
 * sizes without abbreviations ("64 fluid ounces"), dates relative to today ("tomorrow", "on Friday"),
 * clock times ("9:30 AM") and spoken lists ("A, B, and C").
 */
import { daysBetween } from '../../domain/delivery';
import type { Money } from '../../domain/model';
import { formatMajorUnits, minorDigits } from '../../domain/money';
import { concat, join, toPhrase, type Fragment, type Phrase } from '../speech/phrase';
import { ORDINALS } from '../understanding/english-words';

/** A noun with its count: "1 item", "3 items". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const WRITTEN_MONEY = new Map<string, Intl.NumberFormat>();

/** Money as it is written on a card or screen: "$4.99". */
export function moneyFigures(value: Money): string {
  let format = WRITTEN_MONEY.get(value.currency);
  if (!format) {
    const digits = minorDigits(value.currency);
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    WRITTEN_MONEY.set(value.currency, format);
  }
  return format.format(Number(formatMajorUnits(value)));
}

/** Money the way an American says it: "4 dollars and 99 cents", "99 cents", "12 dollars". */
export function moneyWords(value: Money): string {
  if (value.currency !== 'USD') {
    const major = Number(formatMajorUnits(value));
    const format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: value.currency,
      currencyDisplay: 'name',
      minimumFractionDigits: minorDigits(value.currency),
    });
    return format.format(major);
  }
  const abs = Math.abs(value.amount);
  const dollars = Math.floor(abs / 100);
  const cents = abs % 100;
  const sign = value.amount < 0 ? 'minus ' : '';
  if (dollars === 0) return `${sign}${countOf(cents, 'cent')}`;
  if (cents === 0) return `${sign}${countOf(dollars, 'dollar')}`;
  return `${sign}${countOf(dollars, 'dollar')} and ${countOf(cents, 'cent')}`;
}

/** "first" for 1, "number 13" beyond the words we keep. */
export function ordinalWord(position: number): string {
  return ORDINALS[position - 1] ?? `number ${position}`;
}

/** The position an ordinal names: "2nd", "second", "2", "number two" (1-based), or undefined. */
export function parseOrdinal(value: string): number | undefined {
  const words = value
    .trim()
    .toLowerCase()
    .replace(/^number\s+/, '');
  const digits = /^(\d{1,3})(st|nd|rd|th)?$/.exec(words);
  if (digits) return Number(digits[1]) || undefined;
  const index = ORDINALS.indexOf(words);
  if (index >= 0) return index + 1;
  const cardinal = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(
    words,
  );
  return cardinal >= 0 ? cardinal + 1 : undefined;
}

const COUNTS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A count said on its own ("three", "3", "a couple"), or undefined for anything else. */
export function parseCount(value: string): number | undefined {
  const words = value.trim().toLowerCase();
  if (/^\d{1,3}$/.test(words)) return Number(words);
  if (words === 'a couple' || words === 'couple') return 2;
  const index = COUNTS.indexOf(words.replace(/^(?:an?|the)\s+/, ''));
  return index >= 0 ? index + 1 : undefined;
}

const UNITS: readonly (readonly [RegExp, string, string])[] = [
  [/^fl\.?\s*oz\.?$/i, 'fluid ounce', 'fluid ounces'],
  [/^oz\.?$/i, 'ounce', 'ounces'],
  [/^lbs?\.?$/i, 'pound', 'pounds'],
  [/^ct\.?$/i, 'count', 'count'],
  [/^pk\.?$/i, 'pack', 'pack'],
  [/^kg$/i, 'kilogram', 'kilograms'],
  [/^g$/i, 'gram', 'grams'],
  [/^ml$/i, 'milliliter', 'milliliters'],
  [/^l$/i, 'liter', 'liters'],
  [/^gal\.?$/i, 'gallon', 'gallons'],
  [/^qt\.?$/i, 'quart', 'quarts'],
  [/^pt\.?$/i, 'pint', 'pints'],
];

/** A size for the ear: "64 fl oz" -> "64 fluid ounces", "1 lb" -> "1 pound", "12 ct" -> "12 count". */
export function sizeWords(size: string): string {
  return size.replace(
    /(\d+(?:[.,]\d+)?)\s*(fl\.?\s*oz\.?|[a-z]+\.?)(?![a-z])/gi,
    (whole, amount: string, unit: string) => {
      const match = UNITS.find(([pattern]) => pattern.test(unit.trim()));
      if (!match) return whole;
      return `${amount} ${Number(amount.replace(',', '.')) === 1 ? match[1] : match[2]}`;
    },
  );
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A YYYY-MM-DD date relative to today: "today", "tomorrow", "on Friday", "on Friday, March 20". */
export function dateWords(date: string, today: string): string {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parsed) return 'soon';
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const when = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
  const weekday = WEEKDAYS[when.getUTCDay()]!;
  if (days > 1 && days < 7) return `on ${weekday}`;
  return `on ${weekday}, ${MONTHS[when.getUTCMonth()]!} ${when.getUTCDate()}`;
}

/** A clock time "HH:MM" for the ear: "9 AM", "5:30 PM", "noon", "midnight". */
export function timeWords(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return time;
  const hour = Number(match[1]) % 24;
  const minute = Number(match[2]);
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'AM' : 'PM';
  return minute === 0 ? `${h12} ${suffix}` : `${h12}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/** A spoken list: "A", "A and B", "A, B, and C" (or with "or"). */
export function listWords(items: readonly Fragment[], conjunction: 'and' | 'or'): Phrase {
  return joinList(items, ', ', conjunction);
}

/** A list of entries that hold commas themselves: "A, 3 dollars; B, 4 dollars; or C". */
export function clauseWords(items: readonly Fragment[], conjunction: 'and' | 'or'): Phrase {
  return joinList(items, '; ', conjunction);
}

function joinList(items: readonly Fragment[], separator: string, conjunction: 'and' | 'or'): Phrase {
  const parts = items.map(toPhrase).filter((p) => p.text.trim() !== '');
  if (parts.length <= 1) return parts[0] ?? toPhrase('');
  if (parts.length === 2 && separator === ', ') return concat([parts[0]!, ` ${conjunction} `, parts[1]!]);
  return concat([join(parts.slice(0, -1), separator), `${separator}${conjunction} `, parts.at(-1)!]);
}
