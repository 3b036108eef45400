/**
 * Reads the words of a product slot for what they say besides a product: a count ("two", "a
 * couple"), "more", a unit or package ("boxes"), and a reference to what the shopper just heard: an
 * ordinal ("the second one"), the last or the cheapest of a list, a word from a name ("the Oatly
 * one"), a pointer ("it", "that one", "those", "the last thing I added") or everything ("all of
 * it"). What is left names a product. Pure: what the words refer to is decided against the dialog
 * state in resolve-reference.ts.
 */
import { ADDED, ADDED_BY, EVERYTHING, namesTheCart, PLACE_KINDS } from './cart-words';
import {
  CHEAPEST,
  COUNT_PHRASES,
  COUNTS,
  FILLER,
  LAST,
  MIDDLE,
  MORE,
  NAME_LINKS,
  ORDINALS,
  OWNERS,
  PLACE_LINKS,
  PLACES,
  POINTERS,
  TRAILING,
  UNITS,
} from './english-words';

/** What a reference in a product slot points at. */
export type Reference =
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'last' }
  | { readonly kind: 'cheapest' }
  | { readonly kind: 'pointer' }
  | { readonly kind: 'everything' }
  | { readonly kind: 'named'; readonly words: string };

/** A product slot's words, read. */
export interface SlotReading {
  readonly count?: number;
  /** "more", "another": added to what is there. */
  readonly more: boolean;
  /** A unit or package word, as said ("bottles"). */
  readonly unit?: string;
  readonly reference?: Reference;
  /** The words left that name a product, when they do. */
  readonly product?: string;
  /** The words take it out of the cart ("off my cart", "out of the basket", "from my list"). */
  readonly away?: boolean;
}

/** Links that take a product out of its place rather than put it in. */
const AWAY_LINKS = new Set(['off', 'from', 'out']);

const ENDINGS = new Set([
  'one',
  'ones',
  'item',
  'items',
  'choice',
  'option',
  'product',
  'thing',
  'kind',
  'type',
  'sort',
]);
/** What a pick by a word ends with: "the Oatly one", "the salted kind", "the crunchy type". */
const NAMED_HEADS = new Set(['one', 'ones', 'kind', 'type', 'sort']);
const LEADING = new Set(['yeah', 'yes', 'ok', 'okay', 'um', 'uh', 'just', 'please', 'also', 'and', 'plus']);
const ARTICLES = new Set(['the', 'a', 'an', 'some', 'of', 'any']);

/** The words of a slot, lower case; Devanagari words are kept whole, so a Hindi product is a product. */
function tokensOf(words: string): string[] {
  return words
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^a-z0-9'#\s\u0900-\u097F-]/g, ' ')
    .replace(/#/g, ' number ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

/** Drops "to my cart", "from the list", "please", "as well" at the end: [tokens, said "off" or "from"]. */
function withoutPlace(tokens: string[]): [string[], boolean] {
  const t = [...tokens];
  let away = false;
  for (let changed = true; changed;) {
    changed = false;
    while (t.length > 0 && TRAILING.has(t.at(-1)!)) {
      t.pop();
      changed = true;
    }
    if (t.length >= 2 && t.at(-2) === 'as' && t.at(-1) === 'well') {
      t.splice(-2);
      changed = true;
    }
    const two = t.slice(-2).join(' ');
    let size = t.length >= 2 && PLACES.has(two) ? 2 : t.length >= 1 && PLACES.has(t.at(-1)!) ? 1 : 0;
    if (size === 0) continue;
    if (t.length > size && PLACE_KINDS.has(t.at(-size - 1)!)) size += 1;
    let at = t.length - size;
    if (at > 0 && OWNERS.has(t[at - 1]!)) at -= 1;
    if (at > 0 && PLACE_LINKS.has(t[at - 1]!)) {
      // "off of my cart", "out of the basket": two words link the place.
      const from = t[at - 1] === 'of' && (t[at - 2] === 'off' || t[at - 2] === 'out') ? at - 2 : at - 1;
      away ||= AWAY_LINKS.has(t[from]!);
      t.splice(from);
      changed = true;
    }
  }
  return [t, away];
}

/** Drops "(that) I just added" at the end: [the tokens left, whether it was said]. */
function withoutAdded(tokens: string[]): [string[], boolean] {
  const by = tokens.findLastIndex((w, i) => ADDED_BY.has(w) && i > 0);
  if (by < 0) return [tokens, false];
  let at = by + 1;
  if (tokens[at] === 'just') at += 1;
  if (!ADDED.has(tokens[at] ?? '')) return [tokens, false];
  const rest = tokens.slice(at + 1);
  if (!rest.every((w) => PLACE_LINKS.has(w) || w === 'there' || w === 'in')) return [tokens, false];
  const start = ['that', 'which'].includes(tokens[by - 1]!) ? by - 1 : by;
  return [tokens.slice(0, start), true];
}

/** A count at the start: [count, tokens used]. */
function countAt(t: readonly string[]): [number, number] | undefined {
  for (const size of [3, 2, 1]) {
    const phrase = t.slice(0, size).join(' ');
    if (t.length >= size && COUNT_PHRASES[phrase] !== undefined) return [COUNT_PHRASES[phrase], size];
  }
  const first = t[0] ?? '';
  if (/^\d{1,3}$/.test(first)) return [Number(first), 1];
  const index = COUNTS.indexOf(first);
  if (index >= 0 && !NAME_LINKS.has(t[1] ?? '')) return [index + 1, 1];
  if ((first === 'a' || first === 'an') && UNITS.has(t[1] ?? '')) return [1, 1];
  return undefined;
}

/** An ordinal alone ("second", "2nd", "number two"), without "the" and "one". */
function positionOf(t: readonly string[]): number | undefined {
  const core = t.filter((w) => w !== 'the' && w !== 'in' && !ENDINGS.has(w));
  if (core[0] === 'number' && core.length === 2) {
    const n = /^\d{1,2}$/.test(core[1]!) ? Number(core[1]) : COUNTS.indexOf(core[1]!) + 1;
    return n > 0 ? n : undefined;
  }
  if (core.length !== 1) return undefined;
  // "The middle one" of the three just heard.
  if (MIDDLE.has(core[0]!)) return 2;
  const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(core[0]!);
  if (digits) return Number(digits[1]) || undefined;
  const index = ORDINALS.indexOf(core[0]!);
  return index >= 0 ? index + 1 : undefined;
}

/** What the remaining words refer to, if they only refer. */
function referenceOf(t: readonly string[]): Reference | undefined {
  const joined = t.join(' ');
  if (t.length === 0) return undefined;
  if (POINTERS.has(joined) || t.every((w) => POINTERS.has(w) || FILLER.has(w))) return { kind: 'pointer' };
  const position = positionOf(t);
  if (position !== undefined) return { kind: 'position', position };
  const core = t.filter((w) => w !== 'the' && !ENDINGS.has(w));
  if (core.length === 1 && LAST.has(core[0]!)) return { kind: 'last' };
  if (core.length > 0 && CHEAPEST.includes(core.join(' '))) return { kind: 'cheapest' };
  const last = t.at(-1)!;
  if (NAMED_HEADS.has(last) && core.length > 0) return { kind: 'named', words: core.join(' ') };
  const one = t.indexOf('one');
  if (one >= 0 && NAME_LINKS.has(t[one + 1] ?? '') && one + 2 < t.length) {
    return { kind: 'named', words: t.slice(one + 2).join(' ') };
  }
  return undefined;
}

/** Reads a product slot's words. */
export function readSlot(words: string): SlotReading {
  const [placed, awayFirst] = withoutPlace(tokensOf(words));
  const [said, added] = withoutAdded(placed);
  const [rest0, awayAfter] = withoutPlace(said);
  let t = rest0;
  const away = awayFirst || awayAfter;
  while (t.length > 0 && LEADING.has(t[0]!)) t = t.slice(1);
  // "All of it", and the cart itself named as what to act on ("remove my shopping cart").
  if (EVERYTHING.has(t.join(' ')) || (namesTheCart(t.join(' ')) && !t.includes('there')))
    return { more: false, reference: { kind: 'everything' }, ...(away ? { away } : {}) };
  // "The last thing I added", "the one I just put in": what was just added, in focus.
  if (added && t.every((w) => w === 'the' || LAST.has(w) || ENDINGS.has(w) || POINTERS.has(w))) {
    return { more: false, reference: { kind: 'pointer' }, ...(away ? { away } : {}) };
  }
  let count: number | undefined;
  let more = false;
  let unit: string | undefined;
  for (let changed = true; changed && t.length > 0;) {
    changed = false;
    const found = count === undefined ? countAt(t) : undefined;
    if (found) [count, t, changed] = [found[0], t.slice(found[1]), true];
    if (t.length > 0 && MORE.has(t[0]!)) [more, t, changed] = [true, t.slice(1), true];
    const skip = t[0] === 'the' ? 1 : 0;
    if (unit === undefined && UNITS.has(t[skip] ?? '')) {
      [unit, t, changed] = [t[skip], t.slice(skip + 1), true];
      if (t[0] === 'of') t = t.slice(1);
    }
    if (t.length > 0 && t.every((w) => MORE.has(w) || w === 'of')) [more, t, changed] = [true, [], true];
  }
  while (t.length > 0 && (t[0] === 'of' || t[0] === 'the')) t = t.slice(1);
  const reference = referenceOf(t);
  let rest = t.filter((w, i) => !(i === 0 && ARTICLES.has(w)));
  // A package word after the product ("an egg carton", "the juice box") says how it comes, not what.
  if (unit === undefined && !reference && rest.length >= 2 && UNITS.has(rest.at(-1)!)) {
    unit = rest.at(-1);
    rest = rest.slice(0, -1);
  }
  const product = reference || rest.length === 0 ? undefined : rest.join(' ');
  return {
    more,
    ...(count !== undefined ? { count } : {}),
    ...(unit ? { unit } : {}),
    ...(reference ? { reference } : {}),
    ...(product ? { product } : {}),
    ...(away ? { away } : {}),
  };
}

/** True when the words say nothing but how many (a count, "more", a unit). */
export function onlyHowMany(reading: SlotReading): boolean {
  return (
    !reading.reference && !reading.product && (reading.count !== undefined || reading.more || !!reading.unit)
  );
}
