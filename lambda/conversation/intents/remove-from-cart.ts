/**
 * RemoveFromCartIntent: "remove that" (the product in focus, or the only line), a product named
 * from the cart, or, with several lines and nothing named, a question: which one.
 */
import type { IntentHandler } from '../context';
import { removeAndSay } from './cart-actions';
import { targetInCart } from './cart-target';

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  const target = await targetInCart(ctx, { action: 'remove' });
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};
