/**
 * The cart intents: add ("two of those", "another one"), remove ("remove that"), change the
 * quantity, read it back with the subtotal, and empty it after a yes.
 */
import { assertQuantity } from '../../domain/cart-rules';
import { ask, labels, quantitySlot, type IntentHandler } from '../context';
import type { ListItem, OpenList } from '../dialog-state';
import { awaiting, home, settled } from '../state-changes';
import { addAndSay, removeAndSay, setQuantityAndSay } from './cart-actions';
import { listAnswer, pageSpeech } from './list-speech';
import { targetInCart, targetToAdd } from './targets';

/** AddToCartIntent. */
export const addToCart: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx) ?? 1;
  // Refuse 0 or 500 before searching: the shopper hears the limits, nothing else happens.
  assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetToAdd(ctx, quantity);
  return target.kind === 'answer' ? target.answer : addAndSay(ctx, target.focus, quantity);
};

/** RemoveFromCartIntent. */
export const removeFromCart: IntentHandler = async (ctx) => {
  const target = await targetInCart(ctx);
  return target.kind === 'answer' ? target.answer : removeAndSay(ctx, target.focus);
};

/** SetQuantityIntent. */
export const setQuantity: IntentHandler = async (ctx) => {
  const quantity = quantitySlot(ctx);
  const { cart } = ctx.locale;
  if (quantity === undefined) return ask(cart.howMany({}), cart.howManyReprompt({}), ctx.state);
  if (quantity !== 0) assertQuantity(quantity, ctx.settings.maxQuantityPerLine);
  const target = await targetInCart(ctx);
  return target.kind === 'answer' ? target.answer : setQuantityAndSay(ctx, target.focus, quantity);
};

/** ReadCartIntent: the count, the first three lines, how many more, and the subtotal. */
export const readCart: IntentHandler = async (ctx) => {
  const { cart } = ctx.locale;
  const view = await ctx.deps.cart.read(ctx.customer.id);
  if (view.cart.lines.length === 0) return ask(cart.empty({}), cart.whatToAddReprompt({}), home(ctx.state));
  const items: ListItem[] = view.cart.lines.map((line) => ({
    sku: line.sku,
    name: line.name,
    price: line.unitPrice.amount,
    quantity: line.quantity,
    ...(line.size ? { size: line.size } : {}),
  }));
  const list: OpenList = { kind: 'cart', items: items.slice(0, 30), position: 0, total: items.length };
  const body = cart.contents({
    count: view.itemCount,
    items: pageSpeech(ctx, list),
    subtotal: view.subtotal,
  });
  return listAnswer(ctx, list, body);
};

/** EmptyCartIntent: asks first. */
export const emptyCart: IntentHandler = (ctx) => {
  const { cart, common } = ctx.locale;
  return Promise.resolve(
    ask(
      cart.confirmEmpty({}),
      cart.confirmEmptyReprompt({}),
      awaiting(settled(ctx.state), { kind: 'emptyCart' }),
      {
        suggestions: labels([common.yesLabel({}), common.noLabel({})]),
      },
    ),
  );
};
