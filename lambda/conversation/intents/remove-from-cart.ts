/**
 * RemoveFromCartIntent: "remove that" (the product in focus, or the only line), a product named
 * from the cart, or, with several lines and nothing named, a question: which one. "All of it" is
 * emptying the cart, asked first. Said to "did you mean A or B?" about adding what it names ("forget
 * about the eggs"), it drops the question: nothing was added, and nothing is removed. Several lines
 * named together ("the milk and the eggs") are removed together (cart/removed-together.ts).
 */
import { removeAndSay } from '../cart/cart-changes';
import { targetInCart } from '../cart/cart-line-target';
import { askToEmpty } from '../cart/empty-question';
import { removeNamedTogether } from '../cart/removed-together';
import { settled } from '../dialog-state';
import { matchNamed } from '../matching';
import { askToCancel } from '../orders/cancel-question';
import { ask } from '../reply';
import { productWords, readProductSlot, type IntentHandler, type TurnContext } from '../turn-context';
import { namedTogether } from '../understanding/named-together';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** True when the words name an item of a "did you mean" question about adding, none in the cart. */
function dropsTheQuestion(ctx: TurnContext): boolean {
  const { list } = ctx.state;
  const words = productWords(ctx);
  if (list?.kind !== 'choice' || list.pick?.action !== 'add' || !words) return false;
  const named = matchNamed(words, list.items).map((i) => list.items[i]!.sku);
  // One of them already in the cart is what "remove" means.
  return named.length > 0 && !named.some((sku) => ctx.cartSession.skus.includes(sku));
}

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  if (readProductSlot(ctx)?.reference?.kind === 'everything') {
    // Just after an order, with nothing in the cart, "cancel the whole thing" is about that order.
    if (ctx.state.order && (await ctx.deps.cart.read(ctx.customer.id)).cart.lines.length === 0) {
      noteReinterpreted(ctx, 'order-in-focus');
      return askToCancel(ctx);
    }
    return askToEmpty(ctx);
  }
  if (dropsTheQuestion(ctx)) {
    const { list: _asked, ...rest } = settled(ctx.state);
    return ask(ctx.locale.cart.notAdded(), ctx.locale.common.homeReprompt(), rest);
  }
  const words = readProductSlot(ctx)?.product;
  const parts = words ? namedTogether(words) : undefined;
  const together = parts && (await removeNamedTogether(ctx, parts));
  if (together) return together;
  const target = await targetInCart(ctx, { action: 'remove' });
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};
