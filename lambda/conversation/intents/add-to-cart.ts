/**
 * AddToCartIntent: adds a product ("add two oat milks"), the one in focus ("two of those", "another
 * one", "add three"), or the one chosen from a "did you mean" question.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { quantitySlot, slotWords, type IntentHandler, type TurnContext } from '../context';
import { addAndSay } from './cart-actions';
import { productWords, targetToAdd } from './targets';

/** A count heard where the product should be ("add three" as product "three"), if that is all. */
function countAsProduct(ctx: TurnContext): number | undefined {
  const words = productWords(ctx);
  if (words === undefined || quantitySlot(ctx) !== undefined || words !== slotWords(ctx, 'product')) {
    return undefined;
  }
  return ctx.locale.phrasing.parseCount(words);
}

/** AddToCartIntent. */
export const addToCart: IntentHandler = async (ctx) => {
  const count = countAsProduct(ctx);
  const quantity = count ?? quantitySlot(ctx) ?? 1;
  // Refuse 0 or 500 before searching: the shopper hears the limits, nothing else happens.
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetToAdd(ctx, quantity, count === undefined);
  return target.kind === 'answer' ? target.answer : addAndSay(ctx, target.focus, quantity);
};
