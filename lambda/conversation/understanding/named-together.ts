/**
 * Several products named in one breath ("add milk, eggs and bread", "i need apples and also some
 * orange juice"): the words split where a list joins them. Pure: whether the whole phrase is one
 * product after all ("macaroni and cheese", "half and half") is for the search to say, so a caller
 * asks it about the whole words first and splits only when they name no one product.
 */
import { MOST_NAMED_TOGETHER } from '../dialog-state';
import { readSlot } from './slot-reading';

/**
 * Words that join the products of a spoken list, in English and Hindi ("और"). Speech carries no
 * commas, so an article inside the words starts a product too ("bananas a loaf of sourdough and some
 * butter").
 */
const JOINS =
  /\s*,\s*|\s+(?:and also|and then|and some|and a|and an|as well as|along with|and|plus|&|a|an|some|और)\s+/;

/** Words that open a part of a list without naming anything ("also", "then"). */
const OPENERS = /^(?:also|then|and|some more|some|a few|a|an)\s+/;

/**
 * The parts of a list of products, each as said (with its own count: "two milks and three eggs"),
 * or undefined when the words are not a list of at least two products: one part only, an empty
 * part, more than `MOST_NAMED_TOGETHER`, or a part that points at something heard rather than
 * naming a product ("milk and the second one").
 */
export function namedTogether(words: string): readonly string[] | undefined {
  const parts = words
    .toLowerCase()
    .trim()
    .split(JOINS)
    .map((part) => part.trim().replace(OPENERS, '').trim());
  if (parts.length < 2 || parts.length > MOST_NAMED_TOGETHER) return undefined;
  const named = parts.every((part) => {
    const reading = readSlot(part);
    return reading.product !== undefined && !reading.reference && !reading.away;
  });
  return named ? parts : undefined;
}
