/**
 * Matching what the shopper said ("the Oatly one", "take the bread out") against the few products
 * the conversation already has in hand: an open list, the cart's lines. Tolerant of what speech
 * recognition does to words: case, punctuation, plurals and one wrong letter in a longer word.
 */

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
]);

/** The meaningful words of a phrase, lowercased, without punctuation or a plural s. */
export function wordsOf(phrase: string): string[] {
  return phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
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

function wordMatches(said: string, have: string): boolean {
  if (said === have) return true;
  if (said.length >= 4 && have.startsWith(said)) return true;
  return said.length >= 5 && have.length >= 5 && withinOneEdit(said, have);
}

/** Something with a name (and perhaps a brand) to match against. */
export interface Named {
  readonly name: string;
  readonly brand?: string;
}

/** The indices of the items whose name or brand holds every meaningful word said. */
export function matchNamed(phrase: string, items: readonly Named[]): number[] {
  const said = wordsOf(phrase);
  if (said.length === 0) return [];
  return items.flatMap((item, index) => {
    const have = wordsOf(`${item.brand ?? ''} ${item.name}`);
    return said.every((w) => have.some((h) => wordMatches(w, h))) ? [index] : [];
  });
}
