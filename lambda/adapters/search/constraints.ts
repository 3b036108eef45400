/**
 * Constraints spoken inside a search phrase: a price ceiling ("under five dollars", "less than 3
 * bucks", "below four ninety nine"), "cheapest", a size ("12 ounce"), organic, gluten free, a category
 * ("in frozen", "from the dairy aisle") and a brand the catalog carries. Works on normalised words
 * (numbers already digits, stems applied) and returns the words that are left for text matching.
 */
import { parseMajorUnits } from '../../domain/money';
import type { SearchConstraints } from '../../domain/ports';

/** A multi-word name (brand or category) in normalised words, with its display form. */
export interface NamedPhrase {
  readonly words: readonly string[];
  readonly name: string;
}

/** What the catalog contributes to reading constraints. */
export interface ConstraintVocabulary {
  readonly currency: string;
  /** Brands, longest first. */
  readonly brands: readonly NamedPhrase[];
  /** Categories, longest first. */
  readonly categories: readonly NamedPhrase[];
}

/** Canonical size units, as normalise.ts writes them. */
export const SIZE_UNITS: ReadonlySet<string> = new Set([
  'oz', 'lb', 'g', 'kg', 'l', 'ml', 'gal', 'qt', 'pt', 'ct', 'pack', 'in',
]); // prettier-ignore

/** Ceiling words; those marked false need a currency word ("max 5 dollars", not "pepsi max zero"). */
const CEILINGS: readonly (readonly [readonly string[], boolean])[] = [
  [['less', 'than'], true], [['cheaper', 'than'], true], [['no', 'more', 'than'], true],
  [['not', 'more', 'than'], true], [['under'], true], [['below'], true], [['beneath'], true],
  [['at', 'most'], false], [['up', 'to'], false], [['max'], false], [['maximum'], false], [['within'], false],
]; // prettier-ignore
const CHEAPEST = [['cheapest'], ['cheap'], ['least', 'expensive'], ['lowest', 'price'], ['lowest', 'priced']];
const GLUTEN_FREE = [['gluten', 'free'], ['gf'], ['no', 'gluten'], ['without', 'gluten'], ['glutenfree']];
const CURRENCY_WORDS = new Set(['dollar', 'buck', 'euro', 'pound', 'quid']);
const isNumber = (w: string | undefined): w is string => w !== undefined && /^\d+(\.\d+)?$/.test(w);
const isInteger = (w: string | undefined): w is string => w !== undefined && /^\d+$/.test(w);

function matchAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[at + k] === w);
}

function findPhrase(words: readonly string[], phrases: readonly (readonly string[])[]): [number, number] {
  for (let i = 0; i < words.length; i += 1) {
    for (const phrase of phrases) if (matchAt(words, i, phrase)) return [i, phrase.length];
  }
  return [-1, 0];
}

/** Reads an amount at `at`: "5", "5.99", "5 dollar", "5 dollar and 99 cent", "5 99", "99 cent". */
function readAmount(
  words: readonly string[],
  at: number,
): { text: string; length: number; currency: boolean } | undefined {
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

/** Takes the constraints out of normalised words; returns them and the words left. */
export function parseConstraints(
  input: readonly string[],
  vocabulary: ConstraintVocabulary,
  readBrand = true,
): { constraints: SearchConstraints; rest: string[] } {
  const words = [...input];
  const found: {
    -readonly [K in keyof SearchConstraints]: SearchConstraints[K];
  } = {};
  const take = (at: number, length: number): void => {
    words.splice(at, length);
  };

  for (let i = 0; i < words.length; i += 1) {
    const ceiling = CEILINGS.find(([phrase]) => matchAt(words, i, phrase));
    if (!ceiling) continue;
    const [phrase, bare] = ceiling;
    const amount = readAmount(words, i + phrase.length);
    const money = amount && (bare || amount.currency) && parseMajorUnits(amount.text, vocabulary.currency);
    if (!amount || !money || money.amount === 0) continue;
    found.maxPrice = money;
    take(i, phrase.length + amount.length);
    break;
  }

  for (let i = 0; i + 1 < words.length; i += 1) {
    if (isNumber(words[i]) && SIZE_UNITS.has(words[i + 1]!)) {
      found.size = `${words[i]} ${words[i + 1]}`;
      take(i, 2);
      break;
    }
  }

  const [gf, gfLength] = findPhrase(words, GLUTEN_FREE);
  if (gf >= 0) {
    found.glutenFree = true;
    take(gf, gfLength);
  }
  const organic = words.indexOf('organic');
  if (organic >= 0) {
    found.organic = true;
    take(organic, 1);
  }
  const [cheap, cheapLength] = findPhrase(words, CHEAPEST);
  if (cheap >= 0) {
    found.cheapest = true;
    take(cheap, cheapLength);
  }

  const category = findCategory(words, vocabulary.categories);
  if (category) {
    found.category = category.name;
    take(category.at, category.length);
  }

  for (const brand of readBrand ? vocabulary.brands : []) {
    const at = words.findIndex((_, i) => matchAt(words, i, brand.words));
    if (at < 0) continue;
    found.brand = brand.name;
    take(at, brand.words.length);
    break;
  }

  return { constraints: found, rest: words };
}

const SECTION_WORDS = new Set(['section', 'aisle', 'department', 'categori']);

/** "in frozen", "from the dairy aisle", "bakery section": a category the catalog has. */
function findCategory(
  words: readonly string[],
  categories: readonly NamedPhrase[],
): { name: string; at: number; length: number } | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const lead = words[i] === 'in' || words[i] === 'from' ? 1 : 0;
    const start = i + lead + (lead && words[i + lead] === 'the' ? 1 : 0);
    for (const category of categories) {
      const n = category.words.length;
      const whole = matchAt(words, start, category.words);
      const first = !whole && n > 1 && words[start] === category.words[0] ? 1 : 0;
      const length = whole ? n : first;
      if (length === 0) continue;
      const trailing = SECTION_WORDS.has(words[start + length] ?? '') ? 1 : 0;
      if (lead === 0 && trailing === 0) continue;
      return { name: category.name, at: i, length: start - i + length + trailing };
    }
  }
  return undefined;
}
