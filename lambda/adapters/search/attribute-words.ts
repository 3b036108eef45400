/**
 * Attribute words (attribute-table.ts) in a phrase decide between products: a product that carries
 * the reading said ranks above products that say nothing of it, however popular, and one carrying a
 * conflicting reading ("2%" for "whole milk") ranks below them. What a product carries is read from
 * its normalised name and size words; a product carries at most one reading of a group, the one with
 * the longest phrase found ("half gal" before "gal").
 */
import { ATTRIBUTE_GROUPS } from './attribute-table';
import type { IndexData } from './index-data';
import { normaliseWords } from './normalise';
import { matchAt } from './word-match';

/** Added to the score of a product carrying the reading said (above the most popularity adds). */
export const ATTRIBUTE_BOOST = 0.1;
/** Taken from the score of a product carrying a conflicting reading. */
export const ATTRIBUTE_PENALTY = 0.2;

interface Phrase {
  readonly reading: number;
  readonly words: readonly string[];
  readonly text: string;
}

interface Group {
  /** What a shopper says, longest first. */
  readonly said: readonly Phrase[];
  /** What a product carries, longest first. */
  readonly has: readonly Phrase[];
}

const phrase = (reading: number, spoken: string): Phrase => {
  const words = normaliseWords(spoken);
  return { reading, words, text: ` ${words.join(' ')} ` };
};
const longestFirst = (phrases: Phrase[]): Phrase[] => phrases.sort((a, b) => b.words.length - a.words.length);

const GROUPS: readonly Group[] = ATTRIBUTE_GROUPS.map((group) => ({
  said: longestFirst(group.flatMap((r, i) => r.said.map((s) => phrase(i, s)))),
  has: longestFirst(group.flatMap((r, i) => (r.has ?? r.said).map((s) => phrase(i, s)))),
}));

/** The reading of a group said in the words, or -1. */
function saidReading(group: Group, words: readonly string[]): number {
  for (const p of group.said) if (words.some((_, i) => matchAt(words, i, p.words))) return p.reading;
  return -1;
}

/** The reading of a group a product's text carries, or -1. */
function carriedReading(group: Group, text: string): number {
  for (const p of group.has) if (text.includes(p.text)) return p.reading;
  return -1;
}

/**
 * For the attribute readings said in the words, a function giving each product's score adjustment
 * (the boost, the penalty or 0); undefined when no attribute was said.
 */
export function attributeAdjustment(
  index: IndexData,
  words: readonly string[],
): ((id: number) => number) | undefined {
  const said = GROUPS.map((group) => ({ group, reading: saidReading(group, words) })).filter(
    (s) => s.reading >= 0,
  );
  if (said.length === 0) return undefined;
  return (id) => {
    const text = index.products.sizeText.get(id);
    let adjustment = 0;
    for (const { group, reading } of said) {
      const carried = carriedReading(group, text);
      if (carried === reading) adjustment += ATTRIBUTE_BOOST;
      else if (carried >= 0) adjustment -= ATTRIBUTE_PENALTY;
    }
    return adjustment;
  };
}
