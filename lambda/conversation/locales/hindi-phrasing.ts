/**
 * Hindi phrasing for the ear, written as Amazon's hi-IN guide asks (Hindi words in Devanagari,
 * English words in Latin script, "." as the full stop): money in rupees and paise ("28 रुपये 50
 * पैसे"), counts with their noun, dates relative to today ("आज", "कल", "शुक्रवार को"), clock times
 * the Hindi way ("सुबह 9 बजे", "शाम साढ़े 5 बजे"), ordinals ("पहला", "दूसरा") and spoken lists
 * ("A, B और C").
 */
import { daysBetween } from '../../domain/delivery';
import type { Money } from '../../domain/model';
import { formatMajorUnits, minorDigits } from '../../domain/money';
import { concat, join, toPhrase, type Fragment, type Phrase } from '../speech/phrase';
import {
  parseCount as parseEnglishCount,
  parseOrdinal as parseEnglishOrdinal,
  sizeWords,
} from './english-phrasing';

/** A noun with its count: "1 सामान", "3 नतीजे". */
export function hindiCountOf(count: number, singular: string, plural = singular): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Money as written on a card: "₹1,00,000.00", with Indian grouping. */
export function rupeeFigures(value: Money): string {
  const digits = minorDigits(value.currency);
  return new Intl.NumberFormat('en-IN', {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(formatMajorUnits(value)));
}

/** Money as a Hindi speaker says it: "28 रुपये 50 पैसे", "1 रुपया", "50 पैसे"; other currencies by code. */
export function rupeeWords(value: Money): string {
  if (value.currency !== 'INR') return `${formatMajorUnits(value)} ${value.currency}`;
  const abs = Math.abs(value.amount);
  const rupees = Math.floor(abs / 100);
  const paise = abs % 100;
  const sign = value.amount < 0 ? 'माइनस ' : '';
  const rupeePart = hindiCountOf(rupees, 'रुपया', 'रुपये');
  if (rupees === 0) return `${sign}${hindiCountOf(paise, 'पैसा', 'पैसे')}`;
  if (paise === 0) return `${sign}${rupeePart}`;
  return `${sign}${rupeePart} ${hindiCountOf(paise, 'पैसा', 'पैसे')}`;
}

const ORDINALS = ['पहला', 'दूसरा', 'तीसरा', 'चौथा', 'पाँचवाँ', 'छठा', 'सातवाँ', 'आठवाँ', 'नौवाँ', 'दसवाँ'];
const SAID_ORDINALS: readonly (readonly string[])[] = [
  ['पहला', 'पहली', 'पहले', 'pehla', 'pahla', 'pehli', 'pahli', 'pehle'],
  ['दूसरा', 'दूसरी', 'दूसरे', 'doosra', 'dusra', 'doosri', 'dusri', 'dusre'],
  ['तीसरा', 'तीसरी', 'तीसरे', 'teesra', 'tisra', 'teesri', 'tisri'],
  ['चौथा', 'चौथी', 'चौथे', 'chautha', 'chauthi'],
  ['पाँचवाँ', 'पांचवां', 'पाँचवीं', 'पांचवीं', 'panchva', 'panchvi'],
];
const COUNTS = ['एक', 'दो', 'तीन', 'चार', 'पाँच', 'छह', 'सात', 'आठ', 'नौ', 'दस', 'ग्यारह', 'बारह'];
const SAID_COUNTS: Readonly<Record<string, number>> = {
  पांच: 5, छः: 6, छे: 6, ek: 1, do: 2, teen: 3, char: 4, chaar: 4, paanch: 5, panch: 5, chhe: 6, saat: 7,
  aath: 8, nau: 9, das: 10, dus: 10, दर्जन: 12, darjan: 12,
}; // prettier-ignore

/** "पहला" for 1, "नंबर 13" beyond the words kept. */
export function hindiOrdinal(position: number): string {
  return ORDINALS[position - 1] ?? `नंबर ${position}`;
}

/** The position a Hindi or English ordinal names ("दूसरा", "dusra", "2", "second"), 1-based. */
export function parseHindiOrdinal(value: string): number | undefined {
  const said = value
    .trim()
    .toLowerCase()
    .replace(/^(?:नंबर|number)\s+/, '')
    .replace(/\s*(?:वाला|वाली|वाले|wala|wali|wale)$/, '');
  const index = SAID_ORDINALS.findIndex((words) => words.includes(said));
  if (index >= 0) return index + 1;
  const count = COUNTS.indexOf(said);
  return count >= 0 ? count + 1 : parseEnglishOrdinal(said);
}

/** A count said on its own ("तीन", "teen", "3", "three"), or undefined. */
export function parseHindiCount(value: string): number | undefined {
  const said = value.trim().toLowerCase();
  const index = COUNTS.indexOf(said);
  if (index >= 0) return index + 1;
  return SAID_COUNTS[said] ?? parseEnglishCount(said);
}

/** A size for the ear: the units in words, as Indians say them in English ("500 grams", "1 litre"). */
export function hindiSizeWords(size: string): string {
  return sizeWords(size).replace(/\bliters?\b/g, (unit) => unit.replace('er', 're'));
}

const WEEKDAYS = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];
const MONTHS = [
  'जनवरी',
  'फ़रवरी',
  'मार्च',
  'अप्रैल',
  'मई',
  'जून',
  'जुलाई',
  'अगस्त',
  'सितंबर',
  'अक्टूबर',
  'नवंबर',
  'दिसंबर',
];

/** A YYYY-MM-DD date relative to today: "आज", "कल", "परसों", "शुक्रवार को", "शुक्रवार, 20 मार्च को". */
export function hindiDateWords(date: string, today: string): string {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parsed) return 'जल्द ही';
  const days = daysBetween(today, date);
  if (days === 0) return 'आज';
  if (days === 1 || days === -1) return 'कल';
  if (days === 2) return 'परसों';
  const when = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
  const weekday = WEEKDAYS[when.getUTCDay()]!;
  if (days > 1 && days < 7) return `${weekday} को`;
  return `${weekday}, ${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]!} को`;
}

function partOfDay(hour: number): string {
  if (hour < 4) return 'रात';
  if (hour < 12) return 'सुबह';
  if (hour < 16) return 'दोपहर';
  if (hour <= 20) return 'शाम';
  return 'रात';
}

/** A clock time "HH:MM" the Hindi way: "सुबह 9 बजे", "शाम साढ़े 5 बजे", "दोपहर 12 बजे". */
export function hindiTimeWords(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return time;
  const hour = Number(match[1]) % 24;
  const minute = Number(match[2]);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const part = partOfDay(hour);
  if (minute === 0) return `${part} ${h12} बजे`;
  if (minute === 30 && h12 === 1) return `${part} डेढ़ बजे`;
  if (minute === 30 && h12 === 2) return `${part} ढाई बजे`;
  if (minute === 30) return `${part} साढ़े ${h12} बजे`;
  return `${part} ${h12} बजकर ${minute} मिनट`;
}

/** A delivery window of two "HH:MM" times: "शाम 6 से 8 बजे के बीच". */
export function hindiWindowWords(from: string, to: string): string {
  const start = /^(\d{1,2}):00$/.exec(from.trim());
  const end = /^(\d{1,2}):00$/.exec(to.trim());
  if (start && end && partOfDay(Number(start[1]) % 24) === partOfDay(Number(end[1]) % 24)) {
    const h12 = (hour: number): number => (hour % 12 === 0 ? 12 : hour % 12);
    const part = partOfDay(Number(start[1]) % 24);
    return `${part} ${h12(Number(start[1]))} से ${h12(Number(end[1]))} बजे के बीच`;
  }
  return `${hindiTimeWords(from)} से ${hindiTimeWords(to)} के बीच`;
}

/** A spoken list: "A", "A और B", "A, B और C" (or with "या"). */
export function hindiListWords(items: readonly Fragment[], conjunction: 'and' | 'or'): Phrase {
  return joinList(items, ', ', conjunction);
}

/** A list of entries that hold commas themselves: "A, 30 रुपये; B, 40 रुपये; या C". */
export function hindiClauseWords(items: readonly Fragment[], conjunction: 'and' | 'or'): Phrase {
  return joinList(items, '; ', conjunction);
}

function joinList(items: readonly Fragment[], separator: string, conjunction: 'and' | 'or'): Phrase {
  const word = conjunction === 'and' ? 'और' : 'या';
  const parts = items.map(toPhrase).filter((p) => p.text.trim() !== '');
  if (parts.length <= 1) return parts[0] ?? toPhrase('');
  return concat([join(parts.slice(0, -1), separator), ` ${word} `, parts.at(-1)!]);
}
