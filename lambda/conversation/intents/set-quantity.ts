/**
 * SetQuantityIntent: "make it three", "change the spaghetti to two"; zero removes the line. With no
 * product named it is about the product just talked about, or the only line in the cart; with
 * several lines the shopper is asked which one.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { setQuantityAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import { ask } from '../reply';
import { quantitySlot, type IntentHandler } from '../turn-context';

/** SetQuantityIntent. */
export const setQuantity: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx);
  const { cart } = ctx.locale;
  if (quantity === undefined) return ask(cart.howMany(), cart.howManyReprompt(), ctx.state);
  if (quantity !== 0) assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetInCart(ctx, quantity === 0 ? { action: 'remove' } : { action: 'set', quantity });
  return target.kind === 'answer' ? target.answer : setQuantityAndSay(ctx, target.focus, quantity);
};
