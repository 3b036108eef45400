/**
 * The shopper's cart, through the same CartService as the skill (stock and per-line limits checked,
 * saved under optimistic locking): read it, add, set a quantity, remove. A shopper's token only.
 */
import * as z from 'zod';
import type { CartChange } from '../../domain/cart-service';
import type { Phrasing } from './phrasing';
import { defineTool, READ_ONLY } from './tool-kit';
import { skuSchema } from './tools-browse';
import { cartView, spokenCart, spokenName } from './views';

const quantity = (min: number) =>
  z
    .number({ error: 'give the quantity as a number' })
    .int({ error: 'give a whole number for the quantity' })
    .min(min, { error: `the quantity must be ${min} or more` });

function changed(change: CartChange, say: Phrasing, lead: string) {
  return {
    data: { cart: cartView(change.view, say), ...(change.line ? { line: change.line.sku } : {}) },
    text: `${lead} ${spokenCart(change.view, say)}`,
  };
}

/** get_cart: the lines, the item count and the subtotal. */
export const getCart = defineTool({
  name: 'get_cart',
  title: 'Read the cart',
  description:
    "The shopper's cart: each line's sku, name, quantity and price, the item count and the subtotal.",
  input: z.object({}),
  hints: READ_ONLY,
  personal: true,
  async run(_args, call) {
    const view = await call.services.cart.read(call.customerId);
    return { data: { cart: cartView(view, call.say) }, text: spokenCart(view, call.say) };
  },
});

/** add_to_cart: adds units of a product, on top of what the cart already holds. */
export const addToCart = defineTool({
  name: 'add_to_cart',
  title: 'Add to cart',
  description:
    'Adds a quantity of a product to the cart, on top of any already there. Calling it twice adds twice. ' +
    'Refused, with the reason, when the product is sold out or the quantity is over the limit.',
  input: z.object({ sku: skuSchema, quantity: quantity(1).describe('How many to add (1 or more)') }),
  hints: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  personal: true,
  async run({ sku, quantity: count }, call) {
    const change = await call.services.cart.add(call.customerId, sku, count);
    const name = change.line ? spokenName(change.line) : sku;
    return changed(change, call.say, `Added ${count} ${name}.`);
  },
});

/** set_cart_quantity: sets one line's quantity; 0 takes the product out. */
export const setCartQuantity = defineTool({
  name: 'set_cart_quantity',
  title: 'Change a quantity',
  description:
    'Sets how many of a product the cart holds (replacing the quantity, not adding to it); 0 removes it.',
  input: z.object({
    sku: skuSchema,
    quantity: quantity(0).describe('The new quantity; 0 removes the product'),
  }),
  hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  personal: true,
  async run({ sku, quantity: count }, call) {
    const change = await call.services.cart.setQuantity(call.customerId, sku, count);
    const lead = change.line
      ? `Now ${change.line.quantity} ${spokenName(change.line)}.`
      : 'Took that product out of the cart.';
    return changed(change, call.say, lead);
  },
});

/** remove_from_cart: takes a product's line out. */
export const removeFromCart = defineTool({
  name: 'remove_from_cart',
  title: 'Remove from cart',
  description: 'Takes a product out of the cart entirely.',
  input: z.object({ sku: skuSchema }),
  hints: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  personal: true,
  async run({ sku }, call) {
    const before = await call.services.cart.read(call.customerId);
    const line = before.cart.lines.find((l) => l.sku === sku);
    const change = await call.services.cart.remove(call.customerId, sku);
    return changed(change, call.say, `Removed ${line ? spokenName(line) : sku}.`);
  },
});
