/**
 * Words that name the cart itself rather than an aisle or a product: "what's in there right now",
 * "what's in my basket at the moment". A browse of them is a read-back of the cart.
 */

const CART = new Set(['cart', 'basket', 'trolley', 'there']);
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
]);

/** True when the words name the shopper's cart and nothing else. */
export function namesTheCart(words: string | undefined): boolean {
  const tokens = (words ?? '').toLowerCase().match(/[a-z']+/g) ?? [];
  return tokens.some((w) => CART.has(w)) && tokens.every((w) => CART.has(w) || AROUND.has(w));
}
