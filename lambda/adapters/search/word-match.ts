/**
 * Small matchers over normalised words, shared by the readers of spoken constraints.
 */

/** Whether `phrase` is at position `at` of `words`. */
export function matchAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[at + k] === w);
}

/** The first place any of the phrases is found, and its length; [-1, 0] when none is. */
export function findPhrase(
  words: readonly string[],
  phrases: readonly (readonly string[])[],
): [number, number] {
  for (let i = 0; i < words.length; i += 1) {
    for (const phrase of phrases) if (matchAt(words, i, phrase)) return [i, phrase.length];
  }
  return [-1, 0];
}

/** A number as normalise.ts writes it: "5", "4.99". */
export const isNumber = (w: string | undefined): w is string => w !== undefined && /^\d+(\.\d+)?$/.test(w);

/** A whole number: "12". */
export const isInteger = (w: string | undefined): w is string => w !== undefined && /^\d+$/.test(w);
