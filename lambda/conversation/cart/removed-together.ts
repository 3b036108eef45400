/**
 * Several cart lines named together for removal ("take the milk and the eggs out"): when each part
 * names exactly one line of the cart, each is removed and the shopper hears them all, with the cart
 * after; "undo" puts them all back. A part that names no line is said ("I don't see X in your
 * cart"); when any part could be two lines, nothing is removed here and the request is answered as
 * one (which asks).
 */
import type { CartView } from '../../domain/cart-service';
import { changeOf, settled, type DialogState, type LineUndo } from '../dialog-state';
import { matchNamed } from '../matching';
import { ask, labels, type Answer } from '../reply';
import { sentences, shorten, NAME_LENGTH, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { readSlot } from '../understanding/slot-reading';
import { cartItems } from './cart-contents';

/**
 * Removes the lines the parts name and says so, or undefined when a part could be two lines (or
 * none names one): the request is then answered as naming one product.
 */
export async function removeNamedTogether(
  ctx: TurnContext,
  parts: readonly string[],
): Promise<Answer | undefined> {
  const items = cartItems((await ctx.deps.cart.read(ctx.customer.id)).cart.lines);
  // "The macaroni and cheese" naming one line is that line.
  if (matchNamed(parts.join(' and '), items).length > 0) return undefined;
  const named = parts.map((part) => {
    const words = readSlot(part).product ?? part;
    return { words, hits: matchNamed(words, items) };
  });
  if (named.some(({ hits }) => hits.length > 1) || named.every(({ hits }) => hits.length === 0))
    return undefined;
  const { cart, common, phrasing } = ctx.locale;
  const removed: LineUndo[] = [];
  const notes: Phrase[] = [];
  let view: CartView | undefined;
  for (const { words, hits } of named) {
    const item = hits.length === 1 ? items[hits[0]!]! : undefined;
    if (!item || removed.some((line) => line.sku === item.sku)) {
      if (!item) notes.push(cart.notInCart({ product: shorten(words, 80) }));
      continue;
    }
    const change = await ctx.deps.cart.remove(ctx.customer.id, item.sku);
    removed.push({ sku: item.sku, name: item.name, before: change.previousQuantity, after: 0 });
    view = change.view;
  }
  const names = removed.map((line) => phrasing.quantityOf(line.before, shorten(line.name, NAME_LENGTH)));
  const { list: _list, product: _product, ...rest } = settled(ctx.state);
  const lastChange = changeOf(removed);
  const state: DialogState = lastChange ? { ...rest, lastChange } : rest;
  const count = view?.itemCount ?? 0;
  // Nothing left: said as one removal that empties the cart is ("Your cart is empty now").
  if (count === 0) {
    const product = phrasing.list(names, 'and').text;
    return ask(sentences(...notes, cart.removedEmpty({ product })), cart.whatToAddReprompt(), state);
  }
  const said = cart.removedSeveral({ items: phrasing.list(names, 'and'), count, subtotal: view!.subtotal });
  return ask(sentences(said, ...notes, cart.anythingElse()), common.homeReprompt(), state, {
    suggestions: labels([common.checkoutLabel(), common.cartLabel()]),
  });
}
