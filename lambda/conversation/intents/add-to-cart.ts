/**
 * AddToCartIntent: adds a product ("add two oat milks"), the one in focus ("two of those", "another
 * one", "add three"), or the one chosen from a "did you mean" question.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { addAndSay } from '../cart/cart-changes';
import { settled } from '../dialog-state';
import { pickAnswer } from '../lists/list-answers';
import { targetNamed } from '../products/product-target';
import { answered, ask, found, type Target } from '../reply';
import { productWords, quantitySlot, slotWords, type IntentHandler, type TurnContext } from '../turn-context';

/** A count heard where the product should be ("add three" as product "three"), if that is all. */
function countAsProduct(ctx: TurnContext): number | undefined {
  const words = productWords(ctx);
  if (words === undefined || quantitySlot(ctx) !== undefined || words !== slotWords(ctx, 'product')) {
    return undefined;
  }
  return ctx.locale.phrasing.parseCount(words);
}

/** The product to add: named (unless `named` is false), in focus, or the only one in the open list. */
async function targetToAdd(ctx: TurnContext, quantity: number, named: boolean): Promise<Target> {
  const words = named ? productWords(ctx) : undefined;
  if (words) return targetNamed(ctx, words, { action: 'add', quantity });
  const { product, list } = ctx.state;
  if (product) return found(product);
  if (list?.items.length === 1) return found(list.items[0]!);
  if (list) return answered(pickAnswer(ctx, list));
  return answered(ask(ctx.locale.cart.whatToAdd(), ctx.locale.cart.whatToAddReprompt(), settled(ctx.state)));
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
