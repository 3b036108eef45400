/**
 * Edit distance for misheard words: the optimal-string-alignment distance (insertions, deletions,
 * substitutions and adjacent transpositions), with an early exit past a bound, and the one-letter
 * deletions used to find candidates quickly (the symmetric-delete method: two words within one edit
 * share a deletion variant, so a hash lookup replaces a scan of the vocabulary).
 */

/** The distance between a and b, or max + 1 as soon as it is known to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[n]!;
}

/** The word and each variant with one letter removed. */
export function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i += 1) {
    const variant = word.slice(0, i) + word.slice(i + 1);
    if (variant !== variants[variants.length - 1]) variants.push(variant);
  }
  return variants;
}

/** How many edits a misheard word of this length may carry and still count as the same word. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}
