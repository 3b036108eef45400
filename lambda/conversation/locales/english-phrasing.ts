/**
 * English phrasing for the ear: money in words ("4 dollars and 99 cents"), counts with their noun,
 * sizes without abbreviations ("64 fluid ounces"), dates relative to today ("tomorrow", "on Friday"),
 * clock times ("9:30 AM") and spoken lists ("A, B, and C"); and the phrasing of each variety of
 * English, which differ for the ear and the card (the order of day and month, "PM" or "pm", the
 * grouping of figures on a card).
 */
import { daysBetween } from '../../domain/delivery';
import type { Money } from '../../domain/model';
import { spokenMoney, writtenMoney } from './english-money';
import { concat, join, say, toPhrase, type Fragment, type Phrase } from '../speech/phrase';
import { ORDINALS } from '../understanding/english-words';

export { countOf } from './english-money';

/** Money as it is written on a card or screen: "$4.99", "£4.99", "₹1,00,000.00". */
export function moneyFigures(value: Money): string {
  return writtenMoney(value);
}

/** Money the way English speakers say it: "4 dollars and 99 cents", "4 pounds 99", "50 rupees". */
export function moneyWords(value: Money): string {
  return spokenMoney(value);
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

/** Which comes first in a date: the month ("March 20", American) or the day ("20 March"). */
export type DateOrder = 'month-day' | 'day-month';

/**
 * A YYYY-MM-DD date relative to today: "today", "tomorrow", "on Friday", "on Friday, March 20" (or
 * "on Friday, 20 March" where the day comes first).
 */
export function dateWords(date: string, today: string, order: DateOrder = 'month-day'): string {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parsed) return 'soon';
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const when = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
  const weekday = WEEKDAYS[when.getUTCDay()]!;
  if (days > 1 && days < 7) return `on ${weekday}`;
  const month = MONTHS[when.getUTCMonth()]!;
  const day = when.getUTCDate();
  return order === 'day-month' ? `on ${weekday}, ${day} ${month}` : `on ${weekday}, ${month} ${day}`;
}

/** How the half of the day is written: "AM" (American) or "am" (British, Indian). */
export type DayHalf = 'AM' | 'am';

/** A clock time "HH:MM" for the ear: "9 AM", "5:30 PM", "noon", "midnight" (or "9 am"). */
export function timeWords(time: string, half: DayHalf = 'AM'): string {
  const clock = clockOf(time);
  if (!clock) return time;
  const { hour, minute } = clock;
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  return `${hourAndMinute(hour, minute)} ${suffixOf(hour, half)}`;
}

/**
 * A time window for the ear: "6 to 8 PM" within one half of the day, "11 AM to 1 PM" across noon
 * (or "6 to 8 pm").
 */
export function windowWords(from: string, to: string, half: DayHalf = 'AM'): string {
  const start = clockOf(from);
  const end = clockOf(to);
  if (!start || !end) return `${from} to ${to}`;
  const sameHalf = start.hour < 12 === end.hour < 12 && end.hour !== 12 && start.hour !== 12;
  if (!sameHalf) return `${timeWords(from, half)} to ${timeWords(to, half)}`;
  return `${hourAndMinute(start.hour, start.minute)} to ${hourAndMinute(end.hour, end.minute)} ${suffixOf(end.hour, half)}`;
}

function clockOf(time: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return match ? { hour: Number(match[1]) % 24, minute: Number(match[2]) } : undefined;
}

function hourAndMinute(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${h12}` : `${h12}:${String(minute).padStart(2, '0')}`;
}

function suffixOf(hour: number, half: DayHalf): string {
  const upper = hour < 12 ? 'AM' : 'PM';
  return half === 'AM' ? upper : upper.toLowerCase();
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

/** What one variety of English does its own way. */
export interface EnglishVariety {
  /** The BCP 47 tag whose grouping a card uses ("en-IN": "₹1,00,000.00"). */
  readonly tag: string;
  readonly dateOrder: DateOrder;
  readonly dayHalf: DayHalf;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The phrasing of a variety of English (a locale's `Phrasing`, checked where the locale uses it: the
 * sentence files this module serves define the Locale type, so naming it here would be a circle).
 */
export function englishPhrasing(variety: EnglishVariety) {
  return {
    money: moneyWords,
    moneyShown: (value: Money) => writtenMoney(value, variety.tag),
    size: sizeWords,
    date: (date: string, today: string) => dateWords(date, today, variety.dateOrder),
    time: (hhmm: string) => timeWords(hhmm, variety.dayHalf),
    window: (from: string, to: string) => windowWords(from, to, variety.dayHalf),
    ordinal: ordinalWord,
    parseOrdinal,
    parseCount,
    list: listWords,
    clauses: clauseWords,
    quantityOf: (quantity: number, name: string): Phrase => say`${quantity} ${name}`,
    listEntry: (position: number, entry: Phrase): Phrase =>
      concat([capitalise(ordinalWord(position)), ', ', entry, '.']),
  };
}
