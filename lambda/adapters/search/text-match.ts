/**
 * Scores products against the spoken words. Each word, and each pair of neighbouring words joined
 * ("all mond" as "allmond", "pee nut" as "peenut"), is expanded into candidate terms; a product's
 * coverage of the query is the best segmentation of the words into single words and joined pairs
 * (a small dynamic programme per product), weighted by how rare each matched term is (idf). The
 * text score mixes that query coverage with how much of the product's own name was matched, so
 * "whole milk" prefers "Whole Milk" to "Whole Milk Greek Yogurt", and with whether the name's head
 * word was said, so "milk" prefers "Skim Milk" to "Milk Chocolate Bar".
 *
 * Work per query is bounded by the postings of the candidate terms: scores are scattered into typed
 * arrays reused from query to query (search is synchronous, so one set per index is safe).
 */
import { type Candidates, candidatesFor, MATCH_WEIGHTS } from './candidates';
import type { IndexData } from './index-data';
import { nameCoverage } from './name-table';

/** Product ids and their text relevance (0..1), in parallel arrays of equal length. */
export interface TextScores {
  readonly ids: Int32Array;
  readonly text: Float64Array;
  /** The query-coverage part alone (how much of what was said the product matches). */
  readonly query: Float64Array;
}

/** At most this many words of a phrase are matched (a spoken product phrase is short). */
export const MAX_WORDS = 12;
/** A word the catalog does not have may be noise: it counts this much of its stand-ins' rarity. */
const UNHEARD_IMPORTANCE = 0.75;
/** How the text score weighs query coverage, name coverage and a match of the name's head word. */
const QUERY_SHARE = 0.7;
const NAME_SHARE = 0.2;
const HEAD_SHARE = 0.1;
/** A hit must cover at least this share of what the best hit covers of the phrase. */
const QUERY_CUT = 0.4;

interface Unit {
  readonly candidates: Candidates;
  /**
   * How much the spoken word matters: the rarity of the word itself when the catalog has it, else
   * a share of its rarest stand-in's. A sound-alike then never outscores the exact word.
   */
  readonly importance: number;
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

class Scratch {
  readonly units: Float32Array[] = [];
  readonly seen: Uint32Array;
  readonly touched: Int32Array;
  readonly matched: Float32Array;
  epoch = 0;

  constructor(products: number, terms: number) {
    this.seen = new Uint32Array(products);
    this.touched = new Int32Array(products);
    this.matched = new Float32Array(terms);
  }

  unit(slot: number, size: number): Float32Array {
    return (this.units[slot] ??= new Float32Array(size));
  }
}

const scratches = new WeakMap<IndexData, Scratch>();

function scratchFor(index: IndexData): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = new Scratch(index.products.length, index.termText.length);
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Text scores of every product that matches at least part of the words. */
export function textScores(index: IndexData, input: readonly string[]): TextScores {
  const words = input.slice(0, MAX_WORDS);
  const n = words.length;
  const scratch = scratchFor(index);
  scratch.epoch += 1;
  const epoch = scratch.epoch;
  let count = 0;
  const size = index.products.length;
  const slots = Array.from({ length: Math.max(1, 2 * n - 1) }, (_, u) => scratch.unit(u, size));

  // Slots 0..n-1 hold single words, n..2n-2 the joins of word i-1 and word i (slot n + i - 1).
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
  const bestWeight = (unit: Unit | undefined): number => Math.max(0, ...(unit?.candidates.values() ?? []));
  const denominator = importance.reduce(
    (sum, imp, i) =>
      sum + imp * Math.max(bestWeight(singles[i]), bestWeight(joins[i - 1]), bestWeight(joins[i])),
    0,
  );

  const units = [...singles, ...joins];
  units.forEach((unit, slot) => {
    if (!unit) return;
    const scores = slots[slot]!;
    for (const [t, weight] of unit.candidates) {
      const value = weight * values[slot]!;
      const ids = index.postingProducts[t]!;
      const fields = index.postingWeights[t]!;
      for (let k = 0; k < ids.length; k += 1) {
        const id = ids[k]!;
        if (scratch.seen[id] !== epoch) {
          scratch.seen[id] = epoch;
          scratch.touched[count] = id;
          count += 1;
          for (const other of slots) other[id] = 0;
        }
        const s = value * fields[k]!;
        if (s > scores[id]!) scores[id] = s;
      }
    }
  });
  const result: TextScores = {
    ids: scratch.touched.slice(0, count),
    text: new Float64Array(count),
    query: new Float64Array(count),
  };
  if (denominator === 0 || count === 0) return result;

  const matched = scratch.matched;
  for (const unit of units)
    for (const [t, w] of unit?.candidates ?? []) matched[t] = Math.max(matched[t]!, w);

  const single = words.map((_, i) => slots[i]!);
  const joined = words.map((_, i) => (i > 0 && joins[i - 1] ? slots[n + i - 1] : undefined));
  const best = new Float64Array(n + 1);
  let bestQuery = 0;
  for (let k = 0; k < count; k += 1) {
    const id = result.ids[k]!;
    for (let i = 0; i < n; i += 1) {
      let value = best[i]! + single[i]![id]!;
      const join = joined[i];
      if (join) value = Math.max(value, best[i - 1]! + join[id]!);
      best[i + 1] = value;
    }
    const query = Math.min(1, best[n]! / denominator);
    result.query[k] = query;
    if (query > bestQuery) bestQuery = query;
  }

  // Products covering much less of the phrase than the best one are not hits: skip the rest of
  // their scoring (their text score stays 0).
  const cut = QUERY_CUT * bestQuery;
  for (let k = 0; k < count; k += 1) {
    const query = result.query[k]!;
    if (query < cut) continue;
    const names = nameCoverage(index.names, result.ids[k]!, matched, index.idf, NAME_SHARE, HEAD_SHARE);
    result.text[k] = QUERY_SHARE * query + names;
  }
  for (const unit of units) for (const t of unit?.candidates.keys() ?? []) matched[t] = 0;
  return result;
}
