/**
 * Words about the cart rather than a product: the cart itself ("what's in there right now", "my
 * grocery cart"), all of it ("any of this"), what was just put in it ("the last thing I added"), and
 * shopping in general ("some groceries").
 */

// Hindi shoppers say the cart in Devanagari too, as a recogniser for hi-IN writes it ("कार्ट").
const CART = new Set(['cart', 'basket', 'trolley', 'there', 'कार्ट', 'बास्केट', 'टोकरी']);
const AROUND = new Set([
  'my',
  'the',
  'in',
  'right',
  'now',
  'so',
  'far',
  'currently',
  'at',
  'moment',
  'shopping',
  'it',
  'whole',
  'entire',
]);

/** True when the words name the shopper's cart and nothing else. */
export function namesTheCart(words: string | undefined): boolean {
  const tokens = (words ?? '').toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  return tokens.some((w) => CART.has(w)) && tokens.every((w) => CART.has(w) || AROUND.has(w));
}

/** A kind of place said before it ("my grocery cart", "the shopping basket"). */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['grocery', 'shopping', 'online']);
/** "(that) I (just) added", said after what it is about: who added it, */
export const ADDED_BY: ReadonlySet<string> = new Set(['i', 'you', 'we']);
/** and the words for adding it. */
export const ADDED: ReadonlySet<string> = new Set(['added', 'put', 'got', 'picked', 'ordered', 'chose']);
/** Words that mean the whole cart ("all of it", "any of this", "everything"). */
export const EVERYTHING: ReadonlySet<string> = new Set([
  'everything',
  'all',
  'all of it',
  'all of this',
  'all of that',
  'all of them',
  'all this',
  'all that',
  'any of this',
  'any of it',
  'any of that',
  'any of them',
  'the whole thing',
  'whole thing',
  'the whole lot',
  'whole lot',
  'the lot',
  'all this stuff',
  'all of this stuff',
  'all the stuff',
  'everything in it',
  'everything in there',
  'it all',
  'them all',
]);

/** Words for shopping in general, naming no product ("I need to get some groceries"). */
export const SHOPPING_IN_GENERAL: ReadonlySet<string> = new Set([
  'groceries',
  'grocery',
  'grocery shopping',
  'shopping',
  'food',
  'things',
  'a few things',
  'few things',
  'some things',
  'stuff',
  'some stuff',
  'a few groceries',
  'some groceries',
  'the groceries',
  'my groceries',
  'the shopping',
  'my shopping',
  'some shopping',
  'items',
  'some items',
  'a few items',
  'a couple of things',
  'a couple things',
  'a bunch of stuff',
  'a bunch of things',
  'groceries for the week',
  'food for the week',
  'things for the week',
  'stuff for the week',
  'shopping for the week',
]);

/** Words for the other of two products just offered ("no, the other one"). */
export const THE_OTHER: ReadonlySet<string> = new Set([
  'other',
  'the other',
  'other one',
  'the other one',
  'other ones',
  'the other ones',
  'other kind',
  'the other kind',
]);

/** "Eggs to it": a product said with a word that points at where it goes, not at a product. */
const POINTED_PLACE = /^(.*\S)\s+(?:to|onto|on|in|into)\s+(?:it|that|this|that one)$/;

/** The product words of "eggs to it", without the pointer; undefined when the words end otherwise. */
export function withoutPointedPlace(words: string): string | undefined {
  return POINTED_PLACE.exec(words.trim().toLowerCase())?.[1];
}

/** Verbs a shopper puts after "I'd like to" or "I want to"; "to" before anything else may be "two". */
const ACTIONS = new Set([
  'pay',
  'hear',
  'listen',
  'see',
  'know',
  'check',
  'ask',
  'talk',
  'speak',
  'find',
  'look',
  'learn',
  'change',
  'cancel',
  'make',
  'start',
  'finish',
  'go',
  'try',
  'use',
  'set',
  'do',
  'get',
  'be',
  'tell',
]);

/**
 * "To pay for these", "to hear my options": words that name something to do, never a product
 * ("to tomatoes" may be "two tomatoes" misheard, so only a verb after "to" counts).
 */
export function namesAnAction(words: string): boolean {
  const [first, second] = words.trim().toLowerCase().split(/\s+/);
  return first === 'to' && ACTIONS.has(second ?? '');
}
