/**
 * The units a spoken phrase is matched by: each word, and each pair of neighbouring words joined
 * ("all mond" as "allmond"), expanded into candidate terms, with how much each unit is worth and the
 * most the whole phrase could score. Slots 0..n-1 hold the single words, n..2n-2 the joins of word
 * i-1 and word i (slot n + i - 1).
 */
import { type Candidates, candidatesFor, MATCH_WEIGHTS } from './candidates';
import type { IndexData } from './index-data';

/** A word the catalog does not have may be noise: it counts this much of its stand-ins' rarity. */
const UNHEARD_IMPORTANCE = 0.75;

/** One word or joined pair, expanded. */
export interface Unit {
  readonly candidates: Candidates;
  /**
   * How much the spoken word matters: the rarity of the word itself when the catalog has it, else
   * a share of its rarest stand-in's. A sound-alike then never outscores the exact word.
   */
  readonly importance: number;
}

/** A phrase's units and their worth. */
export interface SpokenUnits {
  readonly singles: readonly Unit[];
  /** joins[i] joins word i and word i + 1; undefined when either has a digit. */
  readonly joins: readonly (Unit | undefined)[];
  /** singles then joins, by slot. */
  readonly units: readonly (Unit | undefined)[];
  /** The worth of a match in each slot. */
  readonly values: readonly number[];
  /** The most the phrase can score: every word matched at its best weight. */
  readonly denominator: number;
}

function expand(index: IndexData, word: string): Unit {
  const candidates = candidatesFor(index, word);
  let importance = 0;
  for (const [t, weight] of candidates) {
    if (weight === MATCH_WEIGHTS.exact) return { candidates, importance: index.idf[t]! };
    importance = Math.max(importance, UNHEARD_IMPORTANCE * index.idf[t]!);
  }
  return { candidates, importance };
}

const bestWeight = (unit: Unit | undefined): number => Math.max(0, ...(unit?.candidates.values() ?? []));

/** Expands the words of a phrase into its units. */
export function spokenUnits(index: IndexData, words: readonly string[]): SpokenUnits {
  const singles = words.map((w) => expand(index, w));
  const joins = words
    .slice(1)
    .map((w, i) => (/\d/.test(w) || /\d/.test(words[i]!) ? undefined : expand(index, words[i]! + w)));
  // A word heard only as half of a joined word ("pee" of "pee nut") takes the joined word's rarity.
  const importance = singles.map((unit, i) =>
    unit.candidates.size > 0
      ? unit.importance
      : Math.max(joins[i - 1]?.importance ?? 0, joins[i]?.importance ?? 0),
  );
  // A joined word explains both words it joins, so it is worth both words' importance.
  const values = [...importance, ...joins.map((_, i) => importance[i]! + importance[i + 1]!)];
  const denominator = importance.reduce(
    (sum, imp, i) =>
      sum + imp * Math.max(bestWeight(singles[i]), bestWeight(joins[i - 1]), bestWeight(joins[i])),
    0,
  );
  return { singles, joins, units: [...singles, ...joins], values, denominator };
}
