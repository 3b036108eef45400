/**
 * Text normalisation shared by the index and the query, so both sides of a match always agree:
 * lower case without accents, "&" as "and", apostrophes dropped ("lay's" is "lays"), every other
 * punctuation mark a word break, digits split from letters ("8-grain", "12oz"), number words as
 * digits ("eight" is "8", "twenty four" is "24"), unit words in one spelling ("ounces" is "oz"), and
 * a light plural stemmer ("berries" and "berry" both become "berri"). Hindi is read in any script:
 * Devanagari in Latin letters and common Hindi spellings as one ("दूध", "doodh" and "dudh" are all
 * "doodh"; see domain/romanised-hindi.ts).
 */
import { hindiSpelling, romaniseHindi } from '../../domain/romanised-hindi';

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12,
}; // prettier-ignore

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}; // prettier-ignore

/** Unit words in the one spelling both sides use. */
const UNITS: Readonly<Record<string, string>> = {
  ounce: 'oz', ounces: 'oz', oz: 'oz', pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb',
  gram: 'g', grams: 'g', g: 'g', gr: 'g', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg',
  liter: 'l', liters: 'l', litre: 'l', litres: 'l', l: 'l', lt: 'l', milliliter: 'ml', milliliters: 'ml',
  millilitre: 'ml', millilitres: 'ml', ml: 'ml', gallon: 'gal', gallons: 'gal', gal: 'gal',
  quart: 'qt', quarts: 'qt', qt: 'qt', pint: 'pt', pints: 'pt', pt: 'pt', count: 'ct', ct: 'ct',
  pack: 'pack', packs: 'pack', pk: 'pack', inch: 'in', inches: 'in',
}; // prettier-ignore

/** Canonical size units, as the unit words are written after normalisation. */
export const SIZE_UNITS: ReadonlySet<string> = new Set([
  'oz', 'lb', 'g', 'kg', 'l', 'ml', 'gal', 'qt', 'pt', 'ct', 'pack', 'in',
]); // prettier-ignore

/** Unit words that are ordinary words too, so they are units only right after a number. */
const AMBIGUOUS_UNITS = new Set([
  'g',
  'gr',
  'l',
  'lt',
  'pt',
  'in',
  'inch',
  'inches',
  'count',
  'pack',
  'packs',
]);

/** Plurals a suffix rule gets wrong. */
const IRREGULAR: Readonly<Record<string, string>> = {
  loaves: 'loaf', knives: 'knife', leaves: 'leaf', halves: 'half', shelves: 'shelf', wives: 'wife',
  potatoes: 'potato', tomatoes: 'tomato', mangoes: 'mango', children: 'child', mice: 'mouse',
  geese: 'goose', teeth: 'tooth', feet: 'foot', men: 'man', women: 'woman',
}; // prettier-ignore

const KEEP_S = /(ss|us|is|ous|ics)$/;
const ES_PLURAL = /(ches|shes|sses|xes|zes)$/;

/** The stem of one lower-case word: plurals removed, and a final "y" or "ie" written "i". */
export function stem(word: string): string {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return word;
  let w = IRREGULAR[word] ?? word;
  if (w.length > 3 && w.endsWith('s') && !KEEP_S.test(w)) {
    if (ES_PLURAL.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('ies')) w = w.slice(0, -1);
    else w = w.slice(0, -1);
  }
  if (w.length > 2 && w.endsWith('ie')) return w.slice(0, -1);
  if (w.length > 2 && w.endsWith('y') && !/[aeiou]y$/.test(w)) return `${w.slice(0, -1)}i`;
  return w;
}

/**
 * Lower case, accents and apostrophes removed, symbols spelled out, Hindi in one Latin spelling,
 * split into raw words.
 */
export function rawWords(text: string): string[] {
  const cleaned = romaniseHindi(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\$\s*(\d+(?:\.\d+)?)/g, ' $1 dollars ')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/(\w)['\u2019`](\w)/g, '$1$2');
  return (cleaned.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? []).map(hindiSpelling);
}

/** Replaces runs of number words with their digits ("twenty four" becomes "24"). */
export function numbersAsDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const tens = TENS[word];
    const ones = ONES[word];
    if (tens === undefined && ones === undefined) {
      out.push(word);
      i += 1;
      continue;
    }
    let value = tens ?? ones!;
    i += 1;
    if (tens !== undefined && i < words.length) {
      const next = ONES[words[i]!];
      if (next !== undefined && next > 0 && next < 10) {
        value += next;
        i += 1;
      }
    }
    if (words[i] === 'hundred' && value < 100) {
      value *= 100;
      i += 1;
    }
    out.push(String(value));
  }
  return out;
}

/** One spelling per unit: "ounces" is "oz", "fl oz" is "oz"; "g" or "l" only right after a number. */
export function canonicalUnits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const afterNumber = i > 0 && /^\d/.test(words[i - 1]!);
    if ((word === 'fl' || word === 'fluid') && UNITS[words[i + 1] ?? ''] === 'oz') continue;
    const unit = UNITS[word];
    out.push(unit && (afterNumber || !AMBIGUOUS_UNITS.has(word)) ? unit : word);
  }
  return out;
}

/** The full pipeline: words, numbers as digits, units, stems. Stop words are kept (see tokens). */
export function normaliseWords(text: string): string[] {
  return canonicalUnits(numbersAsDigits(rawWords(text))).map(stem);
}

/** Hindi words of a request that name no product ("mujhe ... chahiye", "ke paas", "wala"). */
const HINDI_STOP_WORDS = [
  'mujhe', 'muje', 'mujhko', 'hame', 'hamen', 'hamein', 'humein', 'chahie', 'chahiye', 'chaiye', 'hai',
  'hain', 'kya', 'ka', 'ki', 'ke', 'ko', 'mein', 'mai', 'aap', 'apke', 'aapke', 'aapka', 'apka', 'pas',
  'paas', 'koi', 'kuch', 'kuchh', 'dikhao', 'dikhaie', 'dikhaiye', 'batao', 'bataie', 'bataiye', 'dena',
  'de', 'dijie', 'dijiye', 'lao', 'laie', 'laiye', 'wala', 'wali', 'wale', 'vala', 'vali', 'vale', 'ek',
  'bhi', 'aur', 'ya', 'se', 'mera', 'meri', 'mere', 'lie', 'liye', 'milega', 'milegi', 'milta', 'kahan',
  'dhundo', 'dhoondo', 'khojo', 'karo', 'kar', 'daalo', 'dalo', 'jo', 'yah', 'ye', 'vah', 'wo',
]; // prettier-ignore

/** Words that carry no product meaning, already stemmed. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'a', 'an', 'the', 'and', 'or', 'of', 'with', 'for', 'to', 'in', 'on', 'some', 'any', 'my', 'me', 'i',
    'do', 'you', 'have', 'got', 'get', 'want', 'need', 'like', 'would', 'could', 'please', 'find', 'search',
    'look', 'looking', 'buy', 'order', 'add', 'is', 'are', 'there', 'that', 'this', 'those', 'these', 'by',
    'can', 'show', 'give', 'us', 'from', 'at', 'it', 'what', 'which', 'your', 'store', 'sell', 'carry',
    ...HINDI_STOP_WORDS,
  ].map(stem),
); // prettier-ignore

/** Normalised words with stop words removed: what gets indexed and matched. */
export function tokens(text: string): string[] {
  return normaliseWords(text).filter((w) => !STOP_WORDS.has(w));
}
