/**
 * RemoveFromCartIntent: "remove that" (the product in focus) or a product named from the cart.
 */
import type { IntentHandler } from '../context';
import { removeAndSay } from './cart-actions';
import { targetInCart } from './targets';

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  const target = await targetInCart(ctx);
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};
