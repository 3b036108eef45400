/**
 * en-GB sentences for the basket, checkout and orders: the en-US ones, except where British
 * English says it differently (a basket, not a cart; a shop, not a store).
 */
import type { Money } from '../../domain/model';
import { characters, say, type Phrase } from '../speech/phrase';
import { cart as usCart, checkout as usCheckout, orders as usOrders } from './en-us-commerce';
import { countOf, moneyWords as money } from './english-phrasing';

/** The basket. */
export const cart = {
  ...usCart,
  added: (p: Parameters<typeof usCart.added>[0]) =>
    say`Added ${p.item}. Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  addedReprompt: () => say`You can add something else, say 'remove that', or say 'check out'.`,
  removed: (p: { product: string; count: number; subtotal: Money }) =>
    say`Removed ${p.product}. Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  removedEmpty: (p: { product: string }) =>
    say`Removed ${p.product}. Your basket's empty now. What would you like to find?`,
  quantitySet: (p: Parameters<typeof usCart.quantitySet>[0]) =>
    say`You've now got ${p.item}. Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  notInCart: (p: { product: string }) => say`I can't see ${p.product} in your basket.`,
  undonePutBack: (p: { items: Phrase }) => say`OK, I've put ${p.items} back in your basket.`,
  removedSeveral: (p: Parameters<typeof usCart.removedSeveral>[0]) =>
    say`Removed ${p.items}. Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  end: () => say`That's everything in your basket.`,
  empty: () => say`Your basket's empty. What would you like to find?`,
  contentsNext: () => say`Say 'check out' when you're ready, or carry on shopping.`,
  reprompt: () => say`You can say 'remove' and a product, 'check out', or carry on shopping.`,
  confirmEmpty: () => say`Take everything out of your basket?`,
  confirmEmptyReprompt: () => say`Say yes to empty your basket, or no to keep it.`,
  emptied: () => say`Your basket's empty now. What would you like to find?`,
  kept: () => say`OK, I've left your basket as it was. What would you like?`,
  closing: (p: { count: number; subtotal: Money }) =>
    say`OK. Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}. Shall I check out?`,
  closingReprompt: () => say`Say yes to check out, or no to keep your basket for later.`,
  closingEmpty: () => say`OK. Your basket's empty, so there's nothing to check out. Goodbye.`,
  keptForLater: (p: { count: number }) =>
    say`Your ${countOf(p.count, 'item')} will stay in your basket for next time.`,
  nothingToUndo: () => say`There's nothing to undo: your basket hasn't changed. What would you like?`,
  inCart: (p: { items: Phrase }) => say`Yes, you've got ${p.items} in your basket.`,
  notInCartYet: (p: { product: string }) =>
    say`No, there's no ${p.product} in your basket. Say 'add ${p.product}' to add some.`,
  cartNow: (p: { count: number; subtotal: Money }) =>
    p.count === 0
      ? say`Your basket is empty now.`
      : say`Your basket has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
} satisfies typeof usCart;

/** Delivery choice, read-back, voice code, confirmation and reorders. */
export const checkout = {
  ...usCheckout,
  cartChangedReadAgain: () =>
    say`Your basket changed after I read it to you, so I haven't placed the order. Here it is now.`,
  confirmReprompt: (p: { total: Money }) =>
    say`Say yes to place the order for ${money(p.total)}, or no to carry on shopping.`,
  notPlaced: () => say`OK, I haven't placed it. Your basket's still here. What would you like to change?`,
  reorderNothingYet: () =>
    say`You haven't ordered anything yet, so there's nothing to reorder. What would you like to find?`,
} satisfies typeof usCheckout;

/** Tracking and cancelling. */
export const orders = {
  ...usOrders,
  statusReprompt: () => say`You can ask about another order by its number, or carry on shopping.`,
  aboutItReprompt: () => say`You can ask when it'll arrive, say 'cancel it', or carry on shopping.`,
  shipped: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} has already been dispatched, so I can't cancel it. Say 'talk to a person' to arrange a return.`,
} satisfies typeof usOrders;
