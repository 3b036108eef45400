/**
 * Expands one spoken word into the index terms it may stand for, each with a match weight: the word
 * itself (1), a word one edit away (0.8) or two (0.6), a word that sounds the same (0.7, or 0.8 when
 * it is also within the edit bound). Exact matches therefore always outrank sound-alikes.
 */
import { allowedEdits, boundedDistance, deletionVariants } from './edit-distance';
import type { IndexData } from './index-data';
import { phoneticKey } from './phonetic';
import { postingCount } from './postings';

/** Match weights by kind of match. */
export const MATCH_WEIGHTS = { exact: 1, edit1: 0.8, edit2: 0.6, phonetic: 0.7, phoneticEdit: 0.8 } as const;

/** At most this many fuzzy terms per spoken word, best first, to bound the work of one query. */
const MAX_FUZZY = 24;

/** Term id -> match weight. */
export type Candidates = Map<number, number>;

function phoneticWeight(distance: number, allowed: number): number {
  return distance <= Math.max(1, allowed) ? MATCH_WEIGHTS.phoneticEdit : MATCH_WEIGHTS.phonetic;
}

/** Terms one or two edits from the word, found through the symmetric-delete table. */
function editNeighbours(index: IndexData, word: string, exact: number, fuzzy: Candidates): void {
  const allowed = allowedEdits(word.length);
  if (allowed === 0) return;
  for (const variant of deletionVariants(word)) {
    index.deletions.forEachTerm(variant, (t) => {
      if (t === exact || fuzzy.has(t)) return;
      const term = index.terms.text(t);
      const d = boundedDistance(word, term, Math.min(allowed, allowedEdits(term.length)));
      if (d === 1) fuzzy.set(t, MATCH_WEIGHTS.edit1);
      else if (d === 2) fuzzy.set(t, MATCH_WEIGHTS.edit2);
    });
  }
}

/** Terms that sound like the word, weighted by how close they are in spelling too. */
function soundAlikes(index: IndexData, word: string, exact: number, fuzzy: Candidates): void {
  const key = phoneticKey(word);
  if (key.length < 2 || word.length < 3) return;
  const allowed = allowedEdits(word.length);
  for (const t of index.phonetic.get(key)) {
    if (t === exact) continue;
    const term = index.terms.text(t);
    if (Math.abs(term.length - word.length) > 2) continue;
    const weight = phoneticWeight(boundedDistance(word, term, 3), allowed);
    if (weight > (fuzzy.get(t) ?? 0)) fuzzy.set(t, weight);
  }
}

/** The index terms a spoken word may stand for. */
export function candidatesFor(index: IndexData, word: string): Candidates {
  const found: Candidates = new Map();
  const exact = index.terms.id(word);
  if (exact >= 0) found.set(exact, MATCH_WEIGHTS.exact);
  if (/\d/.test(word)) return found;

  const fuzzy: Candidates = new Map();
  editNeighbours(index, word, exact, fuzzy);
  soundAlikes(index, word, exact, fuzzy);
  // A sound-alike shared by a tenth of the catalog adds little (low idf) and costs much: skip it.
  const common = index.products.count / 10;
  for (const t of fuzzy.keys()) if (postingCount(index.postings, t) > common) fuzzy.delete(t);
  const ranked = [...fuzzy].sort((a, b) => b[1] - a[1] || index.idf[b[0]]! - index.idf[a[0]]!);
  for (const [t, weight] of ranked.slice(0, MAX_FUZZY)) found.set(t, weight);
  return found;
}
