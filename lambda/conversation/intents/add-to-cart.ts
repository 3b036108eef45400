/**
 * AddToCartIntent: adds a product ("add two oat milks"), the one in focus ("two of those", "another
 * one"), or the one chosen from a "did you mean" question.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { quantitySlot, type IntentHandler } from '../context';
import { addAndSay } from './cart-actions';
import { targetToAdd } from './targets';

/** AddToCartIntent. */
export const addToCart: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx) ?? 1;
  // Refuse 0 or 500 before searching: the shopper hears the limits, nothing else happens.
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetToAdd(ctx, quantity);
  return target.kind === 'answer' ? target.answer : addAndSay(ctx, target.focus, quantity);
};
