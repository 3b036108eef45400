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
import type { IndexData } from './index-data';
import { aliasMatch, headMatch, nameCoverage } from './name-table';
import { spokenUnits, type SpokenUnits } from './spoken-units';

/** Product ids and their text relevance (0..1), in parallel arrays of equal length. */
export interface TextScores {
  readonly ids: Int32Array;
  readonly text: Float64Array;
  /** The query-coverage part alone (how much of what was said the product matches). */
  readonly query: Float64Array;
  /** How well what was said matches the head word of the product's own name (what it is). */
  readonly head: Float64Array;
  /** 1 when what was said is exactly the head word of one of its short other names. */
  readonly alias: Float64Array;
}

/** At most this many words of a phrase are matched (a spoken product phrase is short). */
export const MAX_WORDS = 12;
/** How the text score weighs query coverage, name coverage and a match of the name's head word. */
const QUERY_SHARE = 0.7;
const NAME_SHARE = 0.2;
const HEAD_SHARE = 0.1;
/** A hit must cover at least this share of what the best hit covers of the phrase. */
const QUERY_CUT = 0.4;

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
    scratch = new Scratch(index.products.count, index.terms.size);
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Scatters each unit's best match per product into its slot's scores; returns how many products were
 * touched (their ids are the first entries of `scratch.touched`).
 */
function scatter(index: IndexData, scratch: Scratch, spoken: SpokenUnits, slots: Float32Array[]): number {
  const epoch = scratch.epoch;
  const { offsets, products, weights } = index.postings;
  let count = 0;
  spoken.units.forEach((unit, slot) => {
    if (!unit) return;
    const scores = slots[slot]!;
    for (const [t, weight] of unit.candidates) {
      const value = weight * spoken.values[slot]!;
      for (let k = offsets[t]!; k < offsets[t + 1]!; k += 1) {
        const id = products[k]!;
        if (scratch.seen[id] !== epoch) {
          scratch.seen[id] = epoch;
          scratch.touched[count] = id;
          count += 1;
          for (const other of slots) other[id] = 0;
        }
        const s = value * weights[k]!;
        if (s > scores[id]!) scores[id] = s;
      }
    }
  });
  return count;
}

/**
 * Each product's coverage of the phrase: the best segmentation of the words into single words and
 * joined pairs (a dynamic programme over the words), over the most the phrase could score.
 */
function queryCoverage(spoken: SpokenUnits, slots: readonly Float32Array[], result: TextScores): number {
  const n = spoken.singles.length;
  const single = spoken.singles.map((_, i) => slots[i]!);
  const joined = spoken.singles.map((_, i) => (i > 0 && spoken.joins[i - 1] ? slots[n + i - 1] : undefined));
  const best = new Float64Array(n + 1);
  let bestQuery = 0;
  for (let k = 0; k < result.ids.length; k += 1) {
    const id = result.ids[k]!;
    for (let i = 0; i < n; i += 1) {
      let value = best[i]! + single[i]![id]!;
      const join = joined[i];
      if (join) value = Math.max(value, best[i - 1]! + join[id]!);
      best[i + 1] = value;
    }
    const query = Math.min(1, best[n]! / spoken.denominator);
    result.query[k] = query;
    if (query > bestQuery) bestQuery = query;
  }
  return bestQuery;
}

/**
 * The text score of the products covering enough of the phrase: query coverage mixed with the
 * coverage of the product's best name. Products covering much less of the phrase than the best one
 * are not hits: their text score stays 0.
 */
function nameScores(
  index: IndexData,
  scratch: Scratch,
  spoken: SpokenUnits,
  result: TextScores,
  bestQuery: number,
): void {
  const matched = scratch.matched;
  for (const unit of spoken.units)
    for (const [t, w] of unit?.candidates ?? []) matched[t] = Math.max(matched[t]!, w);
  const cut = QUERY_CUT * bestQuery;
  for (let k = 0; k < result.ids.length; k += 1) {
    const query = result.query[k]!;
    if (query < cut) continue;
    const names = nameCoverage(index.names, result.ids[k]!, matched, index.idf, NAME_SHARE, HEAD_SHARE);
    result.text[k] = QUERY_SHARE * query + names;
    result.head[k] = headMatch(index.names, result.ids[k]!, matched);
    result.alias[k] = aliasMatch(index.names, result.ids[k]!, matched);
  }
  for (const unit of spoken.units) for (const t of unit?.candidates.keys() ?? []) matched[t] = 0;
}

/** Text scores of every product that matches at least part of the words. */
export function textScores(index: IndexData, input: readonly string[]): TextScores {
  const spoken = spokenUnits(index, input.slice(0, MAX_WORDS));
  const scratch = scratchFor(index);
  scratch.epoch += 1;
  const size = index.products.count;
  const slots = Array.from({ length: Math.max(1, spoken.units.length) }, (_, u) => scratch.unit(u, size));
  const count = scatter(index, scratch, spoken, slots);
  const result: TextScores = {
    ids: scratch.touched.slice(0, count),
    text: new Float64Array(count),
    query: new Float64Array(count),
    head: new Float64Array(count),
    alias: new Float64Array(count),
  };
  if (spoken.denominator === 0 || count === 0) return result;
  nameScores(index, scratch, spoken, result, queryCoverage(spoken, slots, result));
  return result;
}
