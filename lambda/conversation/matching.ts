/**
 * Matching what the shopper said ("the Oatly one", "take the bread out") against the few products
 * the conversation already has in hand: an open list, the cart's lines, the hits of a search.
 * Tolerant of what speech recognition and the search's own normalising do to words: case,
 * punctuation, plurals and stems ("jerki" for "jerky"), numbers said as words, a word split in two
 * ("all mond"), and one wrong letter in a longer word. Hindi in any script ("अमूल वाला", "amul wala")
 * is read as search reads it.
 */
import { hindiSpelling, romaniseHindi } from '../domain/romanised-hindi';

const STOP = new Set([
  'the',
  'a',
  'an',
  'one',
  'ones',
  'of',
  'some',
  'please',
  'that',
  'those',
  'this',
  'it',
  'my',
  'from',
  'wala',
  'wali',
  'wale',
  'vala',
  'vali',
  'vale',
]);

const NUMBERS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  dozen: '12',
};

/** A light stem: "berries" and "berry" both become "berri", "boxes" becomes "box". */
function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let w = word;
  if (w.length > 4 && /(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('ie')) return w.slice(0, -1);
  if (w.length > 2 && /[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}i`;
  return w;
}

/** The meaningful words of a phrase, lowercased, without punctuation, stemmed, numbers as digits. */
export function wordsOf(phrase: string): string[] {
  return romaniseHindi(phrase)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .map(hindiSpelling)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) => NUMBERS[w] ?? stem(w));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * True when a word said stands for a word we have: the same, its start, a stem a little longer,
 * or (unless `strict`) one letter off in a longer word.
 */
export function wordMatches(said: string, have: string, strict = false): boolean {
  if (said === have) return true;
  if (said.length >= 4 && have.startsWith(said)) return true;
  // A stem a little longer than the word ("cheerios" for "cheerio").
  if (have.length >= 4 && said.startsWith(have) && said.length - have.length <= 2) return true;
  return !strict && said.length >= 5 && have.length >= 5 && withinOneEdit(said, have);
}

/** The words we have, prepared for matching: each word, each two neighbours joined, and a set of both. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly pairs: readonly string[];
  readonly exact: ReadonlySet<string>;
}

/** Prepares words (as wordsOf gives them) for matching; worth keeping when matched often. */
export function vocabulary(words: readonly string[]): Vocabulary {
  const pairs = words.slice(1).map((w, i) => words[i]! + w);
  return { words, pairs, exact: new Set([...words, ...pairs]) };
}

function heardAs(word: string, have: Vocabulary, strict: boolean): boolean {
  return (
    have.exact.has(word) ||
    have.words.some((h) => wordMatches(word, h, strict)) ||
    have.pairs.some((h) => wordMatches(word, h, true))
  );
}

/**
 * Whether every word said is heard among the words we have. A word split in two ("pee nut", "oat
 * milk" for "Oatmilk") counts for the joined word, one letter off; two words we have count joined
 * too ("oatmilk" for "Oat Milk"). `strict` takes single words only as they are (no letter off), as
 * a search verdict needs.
 */
export function allHeard(
  said: readonly string[],
  have: Vocabulary | readonly string[],
  strict = false,
): boolean {
  const known = 'exact' in have ? have : vocabulary(have);
  const joined = (i: number) => {
    const word = i + 1 < said.length ? said[i]! + said[i + 1]! : '';
    return word.length >= 5 && heardAs(word, known, false);
  };
  // heard[i]: the words from i on are all heard (each alone, or joined with the next).
  const heard: boolean[] = [];
  heard[said.length] = true;
  heard[said.length + 1] = false;
  for (let i = said.length - 1; i >= 0; i -= 1) {
    heard[i] = (heard[i + 1]! && heardAs(said[i]!, known, strict)) || (heard[i + 2]! && joined(i));
  }
  return heard[0]!;
}

/** Whether any word said is heard among the words we have (strictly, as a search verdict needs). */
export function anyHeard(said: readonly string[], have: Vocabulary): boolean {
  return said.some((w) => have.exact.has(w) || have.words.some((h) => wordMatches(w, h, true)));
}

/** Something with a name (and perhaps a brand) to match against. */
export interface Named {
  readonly name: string;
  readonly brand?: string;
}

/** Words shoppers use where names say another ("smooth" peanut butter is labelled "Creamy"). */
const NAMED_OTHERWISE: Readonly<Record<string, string>> = {
  smooth: 'creamy',
  creamy: 'smooth',
  chunky: 'crunchy',
  crunchy: 'chunky',
  regular: 'original',
  plain: 'original',
};

/**
 * The indices of the items whose name or brand holds every meaningful word said; when none does,
 * those that hold them with a word said as names say it ("smooth" for "Creamy").
 */
export function matchNamed(phrase: string, items: readonly Named[]): number[] {
  const named = (said: readonly string[]) =>
    items.flatMap((item, index) =>
      allHeard(said, wordsOf(`${item.brand ?? ''} ${item.name}`)) ? [index] : [],
    );
  const said = wordsOf(phrase);
  if (said.length === 0) return [];
  const hits = named(said);
  if (hits.length > 0) return hits;
  const otherwise = phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => NAMED_OTHERWISE[w] ?? w)
    .join(' ');
  return otherwise === phrase.toLowerCase() ? hits : named(wordsOf(otherwise));
}

/**
 * The items the words name, where the item whose whole name was said wins over items whose names
 * only hold the words ("the Pepsi" is Pepsi, not Pepsi Zero Sugar).
 */
export function namedInList(phrase: string, items: readonly Named[]): number[] {
  const hits = matchNamed(phrase, items);
  if (hits.length <= 1) return hits;
  const said = wordsOf(phrase);
  const whole = hits.filter((i) => allHeard(wordsOf(items[i]!.name), said, true));
  return whole.length === 1 ? whole : hits;
}

/**
 * True when the words said are only the last word of the name ("butter" for Creamy Peanut Butter,
 * "milk" for Oat Milk): the kind of product the name ends in, which other products are too, so a
 * bare "butter" names butter, not this item.
 */
export function namesOnlyTheKind(phrase: string, item: Named): boolean {
  const said = wordsOf(phrase);
  const name = wordsOf(item.name);
  if (said.length !== 1 || name.length < 2) return false;
  const [word] = said as [string];
  const brand = wordsOf(item.brand ?? '');
  return (
    wordMatches(word, name.at(-1)!, true) &&
    !name.slice(0, -1).some((w) => wordMatches(word, w, true)) &&
    !brand.some((w) => wordMatches(word, w, true))
  );
}
