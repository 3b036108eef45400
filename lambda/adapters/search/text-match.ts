/**
 * Scores products against the spoken words. Each word, and each pair of neighbouring words joined
 * ("all mond" as "allmond", "pee nut" as "peenut"), is expanded into candidate terms; a product's
 * coverage of the query is the best segmentation of the words into single words and joined pairs
 * (a small dynamic programme per product), weighted by how rare each matched term is (idf). The
 * text score mixes that query coverage with how much of the product's own name was matched, so
 * "whole milk" prefers "Whole Milk" to "Whole Milk Greek Yogurt".
 */
import { type Candidates, candidatesFor } from './candidates';
import type { IndexData } from './index-data';

/** A product's text relevance, 0..1. */
export interface TextScore {
  readonly id: number;
  readonly text: number;
}

/** How the text score weighs query coverage against name coverage. */
const QUERY_SHARE = 0.75;

interface Unit {
  readonly candidates: Candidates;
  /** Best score any product could get for this unit. */
  readonly potential: number;
  readonly scores: Map<number, number>;
}

function scoreUnit(index: IndexData, word: string): Unit {
  const candidates = candidatesFor(index, word);
  const scores = new Map<number, number>();
  let potential = 0;
  for (const [t, weight] of candidates) {
    const value = weight * index.idf[t]!;
    if (value > potential) potential = value;
    const ids = index.postingProducts[t]!;
    const fields = index.postingWeights[t]!;
    for (let k = 0; k < ids.length; k += 1) {
      const s = value * fields[k]!;
      const id = ids[k]!;
      const before = scores.get(id);
      if (before === undefined || s > before) scores.set(id, s);
    }
  }
  return { candidates, potential, scores };
}

/** Text scores of every product that matches at least part of the words. */
export function textScores(index: IndexData, words: readonly string[]): TextScore[] {
  const singles = words.map((w) => scoreUnit(index, w));
  const joins = words
    .slice(1)
    .map((w, i) => (/\d/.test(w) || /\d/.test(words[i]!) ? undefined : scoreUnit(index, words[i]! + w)));
  const potentials = singles.map((unit, i) =>
    Math.max(unit.potential, (joins[i - 1]?.potential ?? 0) / 2, (joins[i]?.potential ?? 0) / 2),
  );
  const denominator = potentials.reduce((a, b) => a + b, 0);
  if (denominator === 0) return [];

  const matched = new Map<number, number>();
  for (const unit of [...singles, ...joins]) {
    for (const [t, w] of unit?.candidates ?? []) if (w > (matched.get(t) ?? 0)) matched.set(t, w);
  }

  const ids = new Set<number>();
  for (const unit of [...singles, ...joins]) for (const id of unit?.scores.keys() ?? []) ids.add(id);

  const results: TextScore[] = [];
  const best = new Float64Array(words.length + 1);
  for (const id of ids) {
    for (let i = 0; i < words.length; i += 1) {
      let value = best[i]! + (singles[i]!.scores.get(id) ?? 0);
      const join = i > 0 ? joins[i - 1] : undefined;
      if (join) value = Math.max(value, best[i - 1]! + (join.scores.get(id) ?? 0));
      best[i + 1] = value;
    }
    const query = Math.min(1, best[words.length]! / denominator);
    const product = index.products[id]!;
    let nameHit = 0;
    for (const t of product.nameTerms) nameHit += (matched.get(t) ?? 0) * index.idf[t]!;
    const name = product.nameMass > 0 ? Math.min(1, nameHit / product.nameMass) : 0;
    results.push({ id, text: QUERY_SHARE * query + (1 - QUERY_SHARE) * name });
  }
  return results;
}
