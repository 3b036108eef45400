/**
 * FewerIntent: "one less", "take one off", "two fewer bananas": takes units off a cart line (the
 * product named, else the one in focus, else the only line; with several, a question), and removes
 * the line when none would be left.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { fewerAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import { quantitySlot, type IntentHandler, readProductSlot } from '../turn-context';

/** FewerIntent. */
export const fewer: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx) ?? readProductSlot(ctx)?.count ?? 1;
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetInCart(ctx, { action: 'fewer', quantity });
  return target.kind === 'answer' ? target.answer : fewerAndSay(ctx, target.focus, quantity);
};
