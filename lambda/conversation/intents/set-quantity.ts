/**
 * SetQuantityIntent: "make it three", "change the spaghetti to two"; zero removes the line.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { ask, quantitySlot, type IntentHandler } from '../context';
import { setQuantityAndSay } from './cart-actions';
import { targetInCart } from './targets';

/** SetQuantityIntent. */
export const setQuantity: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx);
  const { cart } = ctx.locale;
  if (quantity === undefined) return ask(cart.howMany({}), cart.howManyReprompt({}), ctx.state);
  if (quantity !== 0) assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetInCart(ctx);
  return target.kind === 'answer' ? target.answer : setQuantityAndSay(ctx, target.focus, quantity);
};
