/**
 * A price ceiling spoken inside a search phrase: "under five dollars", "less than 3 bucks", "below
 * four ninety nine", "max 5 dollars", and in Hindi after the amount: "100 रुपये से कम", "50 rupaye
 * tak". Works on normalised words (numbers already digits, Devanagari in Latin letters).
 */
import type { Money } from '../../domain/model';
import { parseMajorUnits } from '../../domain/money';
import { SIZE_UNITS } from './normalise';
import { isInteger, isNumber, matchAt } from './word-match';

/** Ceiling words; those marked false need a currency word ("max 5 dollars", not "pepsi max zero"). */
const CEILINGS: readonly (readonly [readonly string[], boolean])[] = [
  [['less', 'than'], true], [['cheaper', 'than'], true], [['no', 'more', 'than'], true],
  [['not', 'more', 'than'], true], [['under'], true], [['below'], true], [['beneath'], true],
  [['at', 'most'], false], [['up', 'to'], false], [['max'], false], [['maximum'], false], [['within'], false],
]; // prettier-ignore
const CURRENCY_WORDS = new Set([
  'dollar', 'buck', 'euro', 'pound', 'quid', 'rupee', 'rupaye', 'rupaya', 'rupye', 'rupiye', 'rupiya', 'rs',
]); // prettier-ignore
/** Hindi ceiling words said after the amount; those marked false need a currency word ("50 रुपये तक"). */
const AFTER_CEILINGS: readonly (readonly [readonly string[], boolean])[] = [
  [['se', 'kam'], true], [['se', 'sasta'], true], [['se', 'sasti'], true], [['se', 'saste'], true],
  [['ke', 'andar'], false], [['tak'], false], [['tak', 'ka'], false], [['tak', 'ki'], false],
]; // prettier-ignore

/** An amount read from the words: its text in major units, how many words it took, and whether a currency was said. */
interface SpokenAmount {
  readonly text: string;
  readonly length: number;
  readonly currency: boolean;
}

/** Reads an amount at `at`: "5", "5.99", "5 dollar", "5 dollar and 99 cent", "5 99", "99 cent". */
function readAmount(words: readonly string[], at: number): SpokenAmount | undefined {
  let i = at;
  let currency = false;
  if (words[i] === 'dollar') {
    currency = true;
    i += 1;
  }
  const major = words[i];
  if (!isNumber(major)) return undefined;
  i += 1;
  if (words[i] === 'cent') return { text: `0.${major.padStart(2, '0')}`, length: i + 1 - at, currency: true };
  if (CURRENCY_WORDS.has(words[i] ?? '')) {
    currency = true;
    i += 1;
  }
  if (words[i] === 'and' && isInteger(words[i + 1])) i += 1;
  const minor = words[i];
  if (!major.includes('.') && isInteger(minor) && minor.length === 2 && !SIZE_UNITS.has(words[i + 1] ?? '')) {
    i += words[i + 1] === 'cent' ? 2 : 1;
    return { text: `${major}.${minor}`, length: i - at, currency: currency || words[i - 1] === 'cent' };
  }
  return { text: major, length: i - at, currency };
}

/** Takes the first price ceiling out of `words` and returns it, in the catalog's currency. */
export function takePriceCeiling(words: string[], currency: string): Money | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const ceiling = CEILINGS.find(([phrase]) => matchAt(words, i, phrase));
    if (!ceiling) continue;
    const [phrase, bare] = ceiling;
    const amount = readAmount(words, i + phrase.length);
    const money = amount && (bare || amount.currency) && parseMajorUnits(amount.text, currency);
    if (!amount || !money || money.amount === 0) continue;
    words.splice(i, phrase.length + amount.length);
    return money;
  }
  return takeCeilingAfter(words, currency);
}

/** A ceiling said after its amount, the Hindi way: "100 रुपये से कम" ("100 rupaye se kam"). */
function takeCeilingAfter(words: string[], currency: string): Money | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const amount = isNumber(words[i]) ? readAmount(words, i) : undefined;
    if (!amount) continue;
    const end = i + amount.length;
    const ceiling = AFTER_CEILINGS.find(([phrase]) => matchAt(words, end, phrase));
    if (!ceiling || !(ceiling[1] || amount.currency)) continue;
    const money = parseMajorUnits(amount.text, currency);
    if (!money || money.amount === 0) continue;
    words.splice(i, amount.length + ceiling[0].length);
    return money;
  }
  return undefined;
}
