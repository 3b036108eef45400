/**
 * RemoveFromCartIntent: "remove that" (the product in focus, or the only line), a product named
 * from the cart, or, with several lines and nothing named, a question: which one. "All of it" is
 * emptying the cart, asked first.
 */
import { removeAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import { askToEmpty } from '../cart/empty-question';
import { readProductSlot, type IntentHandler } from '../turn-context';

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  if (readProductSlot(ctx)?.reference?.kind === 'everything') return askToEmpty(ctx);
  const target = await targetInCart(ctx, { action: 'remove' });
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};
