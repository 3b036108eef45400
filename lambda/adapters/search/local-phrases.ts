/**
 * A product's names in other locales' languages for the index: its per-locale names and synonyms,
 * and phrases made distinct once normalised.
 */
import type { Product } from '../../domain/model';

/** A product's names and synonyms in other locales' languages. */
export function localPhrases(product: Product): { names: string[]; synonyms: string[] } {
  const locales = Object.values(product.localNames ?? {});
  return {
    names: locales.flatMap((local) => (local.name === undefined ? [] : [local.name])),
    synonyms: locales.flatMap((local) => local.synonyms),
  };
}

/**
 * Phrases without repeats, nor any of `known`: spellings of one word in several scripts are one
 * phrase once normalised ("दूध", "doodh", "dudh"), so they take one of the few places kept.
 */
export function distinctPhrases(
  phrases: readonly string[][],
  known: readonly (readonly string[])[],
): string[][] {
  const seen = new Set(known.map((words) => words.join(' ')));
  return phrases.filter((words) => {
    const key = words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
