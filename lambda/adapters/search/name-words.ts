/**
 * Word-level facts about a product name: its head word (what the product is, for "milk" to prefer
 * "Skim Milk" over "Milk Chocolate Bar") and its neighbouring words written together (so a merged
 * spoken word such as "gingerale" finds "Ginger Ale").
 */
import { SIZE_UNITS, stem } from './normalise';

/**
 * Words that end a name without saying what the product is: packaging ("Paper Towels Double Rolls",
 * "Coffee Concentrate", "Detergent Pacs") and descriptions written after it ("Peanut Butter Crunchy",
 * "Oat Milk Original").
 */
const PACKAGING = new Set(
  [
    'roll double mega triple pack multipack bag box bottle can jar tub carton case pouch size family party value bulk variety club single twin count each concentrate',
    'pac pacs pod pods crunchy creamy smooth chunky original classic unsweetened sweetened plain natural mild medium unsalted salted scented',
  ]
    .join(' ')
    .split(' ')
    .map(stem),
);

/** Words after which a name says what the product is for or has, not what it is. */
const QUALIFIERS = new Set(['for', 'with'].map(stem));

/** A name's words (stop words included) up to "for" or "with": "cream for coffee" is cream. */
export function beforeQualifier(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, i) => i > 0 && QUALIFIERS.has(w));
  return at < 0 ? words : words.slice(0, at);
}

/** The word that says what a product is: the last one that is not a number, unit or packaging. */
export function headWord(words: readonly string[]): string {
  return words.findLast((w) => !/\d/.test(w) && !SIZE_UNITS.has(w) && !PACKAGING.has(w)) ?? '';
}

/** Neighbouring words written together ("ginger ale" as "gingerale"), for a merged spoken word. */
export function joinedPairs(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (a.length > 1 && b.length > 1 && !/\d/.test(a + b)) pairs.push(a + b);
  }
  return pairs;
}
