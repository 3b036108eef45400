/**
 * Constraints spoken inside a search phrase: a price ceiling (spoken-price.ts), an order ("cheapest",
 * "most popular": sort-words.ts), a size
 * ("12 ounce"), organic, gluten free, a category ("in frozen", "from the dairy aisle") and a brand the
 * catalog carries. Works on normalised words (numbers already digits, stems applied) and returns the
 * words that are left for text matching.
 */
import type { SearchConstraints } from '../../domain/ports';
import { SIZE_UNITS } from './normalise';
import { takeSort } from './sort-words';
import { takePriceCeiling } from './spoken-price';
import { findPhrase, isNumber, matchAt } from './word-match';

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

type Found = { -readonly [K in keyof SearchConstraints]: SearchConstraints[K] };

const GLUTEN_FREE = [['gluten', 'free'], ['gf'], ['no', 'gluten'], ['without', 'gluten'], ['glutenfree']];
const SECTION_WORDS = new Set(['section', 'aisle', 'department', 'categori']);

/** "12 oz": a number followed by a unit. */
function takeSize(words: string[], found: Found): void {
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (isNumber(words[i]) && SIZE_UNITS.has(words[i + 1]!)) {
      found.size = `${words[i]} ${words[i + 1]}`;
      words.splice(i, 2);
      return;
    }
  }
}

/**
 * "without sugar", "with no nuts" (gluten is read before, as gluten free): the word after is excluded.
 * A bare "no" is left alone: it is part of names ("Orange Juice No Pulp", "No Salt Added").
 */
function takeWithout(words: string[], found: Found): void {
  const without: string[] = [];
  for (let i = 0; i + 1 < words.length;) {
    const withNo = words[i] === 'with' && words[i + 1] === 'no' ? 1 : 0;
    const next = words[i + 1 + withNo];
    if ((words[i] === 'without' || withNo) && next !== undefined && !isNumber(next)) {
      without.push(next);
      words.splice(i, 2 + withNo);
    } else i += 1;
  }
  if (without.length > 0) found.without = without;
}

/** Gluten free, organic and an order (sort-words.ts), each said any of its ways. */
function takeQualities(words: string[], found: Found): void {
  const [gf, gfLength] = findPhrase(words, GLUTEN_FREE);
  if (gf >= 0) {
    found.glutenFree = true;
    words.splice(gf, gfLength);
  }
  const organic = words.indexOf('organic');
  if (organic >= 0) {
    found.organic = true;
    words.splice(organic, 1);
  }
  const sort = takeSort(words);
  if (sort === 'price') found.cheapest = true;
  if (sort === 'popularity') found.mostPopular = true;
}

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

/** The first brand of the catalog (longest first) named in the words. */
function takeBrand(words: string[], brands: readonly NamedPhrase[], found: Found): void {
  for (const brand of brands) {
    const at = words.findIndex((_, i) => matchAt(words, i, brand.words));
    if (at < 0) continue;
    found.brand = brand.name;
    words.splice(at, brand.words.length);
    return;
  }
}

/** Takes the constraints out of normalised words; returns them and the words left. */
export function parseConstraints(
  input: readonly string[],
  vocabulary: ConstraintVocabulary,
  readBrand = true,
): { constraints: SearchConstraints; rest: string[] } {
  const words = [...input];
  const found: Found = {};
  const ceiling = takePriceCeiling(words, vocabulary.currency);
  if (ceiling) found.maxPrice = ceiling;
  takeSize(words, found);
  takeQualities(words, found);
  takeWithout(words, found);
  const category = findCategory(words, vocabulary.categories);
  if (category) {
    found.category = category.name;
    words.splice(category.at, category.length);
  }
  if (readBrand) takeBrand(words, vocabulary.brands, found);
  return { constraints: found, rest: words };
}
