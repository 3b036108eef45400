/**
 * Words a speech recogniser writes for another that sounds the same ("flower tortillas" for flour,
 * "fresh time" for thyme), from the data table homophones.json (groups of words that sound alike; add
 * a group to teach the search another). When a phrase holds such words, each reading of them is
 * scored against the catalog and the one the catalog satisfies best is searched: a reading wins when
 * a product matches it better and the catalog knows at least as many of its words (a word it does
 * not know weighs less in a text score, so that score alone would favour a reading nobody stocks).
 * The words as heard win a tie, so a store that sells "Moose Tracks" ice cream still finds it.
 */
import HOMOPHONES from './homophones.json';
import type { IndexData } from './index-data';
import { normaliseWords, STOP_WORDS } from './normalise';
import { textScores } from './text-match';

/** At most this many readings of one phrase are scored. */
const MAX_READINGS = 8;
/** Another reading must beat the words as heard by this much. */
const MIN_GAIN = 0.01;

/** Word (normalised) -> the other words of its group. */
const ALIKE = new Map<string, string[]>();
for (const group of HOMOPHONES) {
  const words = group
    .map((w) => normaliseWords(w))
    .filter((w) => w.length === 1)
    .map((w) => w[0]!);
  for (const word of words) ALIKE.set(word, [...(ALIKE.get(word) ?? []), ...words.filter((w) => w !== word)]);
}

/** Every reading of the words (the words as heard first), at most MAX_READINGS. */
function readings(words: readonly string[]): string[][] {
  let all: string[][] = [[...words]];
  words.forEach((word, i) => {
    for (const alike of ALIKE.get(word) ?? []) {
      const more = all.map((r) => r.map((w, k) => (k === i ? alike : w)));
      all = [...all, ...more].slice(0, MAX_READINGS);
    }
  });
  return all;
}

/** How well the catalog satisfies a reading: how many of its words it knows, and the best text score. */
function satisfaction(index: IndexData, reading: readonly string[]): { known: number; best: number } {
  const words = reading.filter((w) => !STOP_WORDS.has(w));
  const known = words.filter((w) => index.terms.id(w) >= 0).length;
  let best = 0;
  for (const value of textScores(index, words).text) if (value > best) best = value;
  return { known, best };
}

/** The reading of the words the catalog satisfies best (the words as heard unless another is better). */
export function readHomophones(index: IndexData, words: readonly string[]): string[] {
  const all = readings(words);
  if (all.length === 1) return all[0]!;
  let chosen = all[0]!;
  let score = satisfaction(index, chosen);
  for (const reading of all.slice(1)) {
    const value = satisfaction(index, reading);
    const better = value.known >= score.known && value.best > score.best + MIN_GAIN;
    if (better) {
      chosen = reading;
      score = value;
    }
  }
  return chosen;
}
