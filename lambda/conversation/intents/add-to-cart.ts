/**
 * AddToCartIntent: adds a product ("add two oat milks"), one picked from the list just heard ("add
 * the second one", "the cheapest", "the Oatly one"), the one in focus ("two of those", "another
 * one", "add three"), or the one chosen from a "did you mean" question. When only a unit was said
 * ("add two boxes"), the product in focus is offered back with a question, never added. Words that
 * take it out of the cart ("get that off my cart") remove it instead: nothing is added against them.
 * Words for shopping in general ("some groceries") are asked about. Several products named together
 * ("milk, eggs and bread") are added in turn (cart/added-together.ts).
 */
import { assertQuantity } from '../../domain/cart-rules';
import { previewNamedAddition } from '../after-order/amend-answers';
import { fallbackAnswer } from '../answers/help-answers';
import { addAndSay, pickAndSay, removeAndSay } from '../cart/cart-changes';
import { addNamedTogether } from '../cart/added-together';
import { targetInCart } from '../cart/cart-line-target';
import { settled, type ListPick } from '../dialog-state';
import { pickAnswer } from '../lists/list-answers';
import { targetNamed } from '../products/product-target';
import { ask, type Answer } from '../reply';
import { quantitySlot, type IntentHandler, type TurnContext, readProductSlot } from '../turn-context';
import { namesAnAction, SHOPPING_IN_GENERAL, withoutPointedPlace } from '../understanding/cart-words';
import { confirmInferred } from '../understanding/heard-back';
import { namedTogether } from '../understanding/named-together';
import { refer } from '../understanding/resolve-reference';
import { noteReinterpreted } from '../understanding/understanding-metrics';

/** The answer asks which of two products the whole words name: they name one product. */
function asksWhichOfTwo(answer: Answer, ctx: TurnContext): boolean {
  return answer.state.list?.kind === 'choice' && answer.state.list !== ctx.state.list;
}

/** Nothing named: the product in focus, the only one in the open list, or a question. */
function unnamed(ctx: TurnContext, quantity: number): Promise<Answer> | Answer {
  const { product, list } = ctx.state;
  if (product) return addAndSay(ctx, product, quantity);
  if (list?.items.length === 1) return addAndSay(ctx, list.items[0]!, quantity);
  if (list) return pickAnswer(ctx, list);
  return ask(ctx.locale.cart.whatToAdd(), ctx.locale.cart.whatToAddReprompt(), settled(ctx.state));
}

/** AddToCartIntent. */
export const addToCart: IntentHandler = async (ctx) => {
  const reading = readProductSlot(ctx);
  if (reading?.away) {
    const target = await targetInCart(ctx, { action: 'remove' });
    return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
  }
  // "I'd like to pay for these" reached "i'd like {product}": what to do, not what to add.
  if (reading?.product && namesAnAction(reading.product)) {
    noteReinterpreted(ctx, 'not-a-product');
    return fallbackAnswer(ctx, reading.product);
  }
  // "I need to get some groceries" names no product: asked what, nothing in focus taken for it.
  if (reading?.product && !reading.reference && SHOPPING_IN_GENERAL.has(reading.product)) {
    return ask(ctx.locale.cart.whatToAdd(), ctx.locale.cart.whatToAddReprompt(), settled(ctx.state));
  }
  const quantity = quantitySlot(ctx) ?? reading?.count ?? 1;
  // Refuse 0 or 500 before searching: the shopper hears the limits, nothing else happens.
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  // Just after an order, with no list open, "add eggs to it" is about that order.
  const { order, list } = ctx.state;
  const forOrder = order && !list && reading?.product ? withoutPointedPlace(reading.product) : undefined;
  if (order && forOrder) {
    noteReinterpreted(ctx, 'order-in-focus');
    return previewNamedAddition(ctx, order.orderId, forOrder, quantity);
  }
  const pick: ListPick = { action: 'add', quantity };
  const referred = reading ? refer(ctx, reading, pick) : ({ kind: 'nothing' } as const);
  // "Whole milk" to "did you mean 2% or whole milk?" asked about adding to an order: to the order.
  const asked = list?.kind === 'choice' ? list.pick : undefined;
  switch (referred.kind) {
    case 'answer':
      return referred.answer;
    case 'item':
      if (asked?.action === 'order') return pickAndSay(ctx, asked, referred.item);
      return referred.inferred && reading?.unit
        ? confirmInferred(ctx, referred.item, quantity, reading.unit)
        : addAndSay(ctx, referred.item, quantity);
    case 'words': {
      const target = await targetNamed(ctx, referred.words, pick);
      if (target.kind === 'product') return addAndSay(ctx, target.focus, quantity);
      // "Milk and eggs" is no one product: each is added in turn. "Macaroni and cheese" is one.
      const together = asksWhichOfTwo(target.answer, ctx) ? undefined : namedTogether(referred.words);
      return together ? addNamedTogether(ctx, together, quantitySlot(ctx) ?? reading?.count) : target.answer;
    }
    case 'nothing':
      return unnamed(ctx, quantity);
  }
};
