/**
 * RemoveFromCartIntent: "remove that" (the product in focus, or the only line), a product named
 * from the cart, or, with several lines and nothing named, a question: which one.
 */
import { removeAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import type { IntentHandler } from '../turn-context';

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  const target = await targetInCart(ctx, { action: 'remove' });
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};
