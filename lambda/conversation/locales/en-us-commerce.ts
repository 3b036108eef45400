/**
 * en-US sentences for the cart, checkout, reorder and orders.
 */
import type { Money, OrderStatus } from '../../domain/model';
import { characters, say, type Phrase, type SentenceArea } from '../speech/phrase';
import { countOf, moneyFigures, moneyWords as money } from './english-phrasing';

/** The cart. */
export const cart = {
  added: (p: { item: Phrase; count: number; subtotal: Money }) =>
    say`Added ${p.item}. Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  anythingElse: () => say`Anything else?`,
  addedReprompt: () => say`You can add something else, say 'remove that', or say 'check out'.`,
  whatToAdd: () => say`What would you like to add? For example, 'add bananas'.`,
  whatToAddReprompt: () => say`Say 'add' and a product name, or 'find' and what you need.`,
  removed: (p: { product: string; count: number; subtotal: Money }) =>
    say`Removed ${p.product}. Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  removedEmpty: (p: { product: string }) =>
    say`Removed ${p.product}. Your cart is empty now. What would you like to find?`,
  quantitySet: (p: { item: Phrase; count: number; subtotal: Money }) =>
    say`You now have ${p.item}. Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  howMany: () => say`How many would you like?`,
  howManyReprompt: () => say`Say a number, like 'make it 3', or say 'remove it'.`,
  lineChosen: (p: { item: Phrase }) => say`You have ${p.item}. You can say 'remove it', or 'make it 3'.`,
  notInCart: (p: { product: string }) => say`I don't see ${p.product} in your cart.`,
  whichQuantity: (p: { quantity: number; options: Phrase }) =>
    say`Which item should be ${p.quantity}: ${p.options}?`,
  whichQuantityByName: (p: { quantity: number; options: Phrase }) =>
    say`Which item should be ${p.quantity}? Say its name, like ${p.options}.`,
  whichRemove: (p: { options: Phrase }) => say`Which item should I remove: ${p.options}?`,
  whichFewer: (p: { quantity: number; options: Phrase }) =>
    say`Which item should I take ${p.quantity} off: ${p.options}?`,
  whichRemoveByName: (p: { options: Phrase }) =>
    say`Which item should I remove? Say its name, like ${p.options}.`,
  end: () => say`That's everything in your cart.`,
  empty: () => say`Your cart is empty. What would you like to find?`,
  contents: (p: { count: number; items: Phrase; subtotal: Money }) =>
    say`You have ${countOf(p.count, 'item')}: ${p.items}. The subtotal is ${money(p.subtotal)}.`,
  moreLines: (p: { more: number }) => say`${p.more} more ${p.more === 1 ? 'product' : 'products'}`,
  contentsNext: () => say`Say 'check out' when you're ready, or keep shopping.`,
  contentsMoreNext: () => say`Say 'next' to hear the rest, or 'check out'.`,
  reprompt: () => say`You can say 'remove' and a product, 'check out', or keep shopping.`,
  confirmEmpty: () => say`Remove everything from your cart?`,
  confirmEmptyReprompt: () => say`Say yes to empty your cart, or no to keep it.`,
  emptied: () => say`Your cart is empty now. What would you like to find?`,
  kept: () => say`OK, I kept your cart as it is. What would you like?`,
  notAdded: () => say`OK, I didn't add it. What else would you like?`,
  closing: (p: { count: number; subtotal: Money }) =>
    say`OK. Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}. Shall I check out?`,
  closingReprompt: () => say`Say yes to check out, or no to keep your cart for later.`,
  closingEmpty: () => say`OK. Your cart is empty, so there's nothing to check out. Goodbye.`,
  keptForLater: (p: { count: number }) =>
    say`Your ${countOf(p.count, 'item')} will stay in your cart for next time.`,
  sureWhatElse: () => say`Sure. What else would you like?`,
  unitsHeard: (p: { quantity: number; unit: string; product: string }) =>
    say`${p.quantity} ${p.unit} of ${p.product}?`,
  unitsHeardInAll: (p: { quantity: number; unit: string; product: string; total: number }) =>
    say`${p.quantity} more ${p.unit} of ${p.product}, so ${p.total} in all?`,
  unitsHeardReprompt: () => say`Say yes to add them, or tell me what you meant.`,
  undoneAdd: (p: { product: string }) => say`OK, I took ${p.product} back out.`,
  undoneAdds: (p: { items: Phrase }) => say`OK, I took ${p.items} back out.`,
  undonePutBack: (p: { items: Phrase }) => say`OK, I put ${p.items} back in your cart.`,
  removedSeveral: (p: { items: Phrase; count: number; subtotal: Money }) =>
    say`Removed ${p.items}. Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
  /** Said before the question about one of several products named together. */
  stillToFind: (p: { items: Phrase }) => say`I'll look for ${p.items} next.`,
  notThatOne: () => say`OK, not that one.`,
  undoneTo: (p: { item: Phrase }) => say`OK, back to ${p.item}.`,
  countNoted: (p: { count: number }) => say`OK, ${p.count}.`,
  undoneEmpty: (p: { count: number }) => say`OK, I put your ${countOf(p.count, 'item')} back.`,
  nothingToUndo: () => say`There's nothing to undo: your cart hasn't changed. What would you like?`,
  totalSoFar: (p: { count: number; subtotal: Money }) =>
    say`Your total so far is ${money(p.subtotal)} for ${countOf(p.count, 'item')}, before tax and delivery.`,
  orderTotal: (p: { total: Money }) => say`The total is ${money(p.total)}, with tax and delivery.`,
  inCart: (p: { items: Phrase }) => say`Yes, you have ${p.items} in your cart.`,
  notInCartYet: (p: { product: string }) =>
    say`No, there's no ${p.product} in your cart. Say 'add ${p.product}' to add some.`,
  inCartReprompt: () => say`You can say 'remove it', 'one less', or keep shopping.`,
  cartNow: (p: { count: number; subtotal: Money }) =>
    p.count === 0
      ? say`Your cart is empty now.`
      : say`Your cart has ${countOf(p.count, 'item')}, ${money(p.subtotal)}.`,
} satisfies SentenceArea;

/** Delivery choice, read-back, voice code, confirmation and reorders. */
export const checkout = {
  chooseDelivery: (p: { options: Phrase }) => say`How would you like your order: ${p.options}?`,
  chooseDeliveryReprompt: (p: { options: Phrase }) => say`Say ${p.options}.`,
  readBackItems: (p: { seller: string; items: Phrase }) => say`Your order from ${p.seller}: ${p.items}.`,
  readBackDelivery: (p: { option: string; price: Money; when: string }) =>
    say`${p.option} for ${money(p.price)}, expected ${p.when}.`,
  readBackDeliveryFree: (p: { option: string; when: string }) => say`${p.option}, free, expected ${p.when}.`,
  readBackTotal: (p: { total: Money; tax: Money; fees: Money; taxName: string }) =>
    p.fees.amount > 0
      ? say`The total is ${money(p.total)}, including ${money(p.tax)} ${p.taxName} and ${money(p.fees)} in fees.`
      : say`The total is ${money(p.total)}, including ${money(p.tax)} ${p.taxName}.`,
  confirmQuestion: () => say`Shall I place the order?`,
  cartChangedReadAgain: () =>
    say`Your cart changed since I read it to you, so I haven't placed the order. Here it is now.`,
  confirmReprompt: (p: { total: Money }) =>
    say`Say yes to place the order for ${money(p.total)}, or no to keep shopping.`,
  repriced: (p: { product: string; price: Money; was: Money }) =>
    say`${p.product} is now ${money(p.price)}; it was ${money(p.was)}.`,
  askCode: () => say`What's your four-digit voice code?`,
  askCodeReprompt: () => say`Say the four digits of your voice code, one at a time.`,
  yesFirst: () => say`First, say yes if you'd like me to place the order.`,
  placed: (p: { orderId: string; when: string }) =>
    say`Your order is placed. Your order number is ${characters(p.orderId)}, and it's expected ${p.when}.`,
  payOnDelivery: () => say`You'll pay when it arrives.`,
  placedReprompt: () => say`You can say 'where's my order' any time, or tell me what else you need.`,
  cardTitle: (p: { orderId: string }) => say`Order ${p.orderId}`,
  cardSummary: (p: { total: Money; option: string; when: string }) =>
    say`Total ${moneyFigures(p.total)}. ${p.option}, expected ${p.when}.`,
  notPlaced: () => say`OK, I haven't placed it. Your cart is still here. What would you like to change?`,
  notPlacedReorder: () => say`OK, I haven't placed it. What else would you like?`,
  locked: (p: { minutes: number }) =>
    say`Purchases are locked for ${countOf(p.minutes, 'more minute')} after too many wrong voice codes. You can keep shopping meanwhile.`,
  reorderLast: () => say`Here's your last order again.`,
  reorderUsual: () => say`Here's your usual.`,
  reorderProduct: () => say`Here's what you bought last time.`,
  reorderUnavailable: (p: { items: Phrase }) => say`${p.items} can't be ordered right now.`,
  reorderShort: (p: { product: string; count: number }) =>
    say`Only ${p.count} of ${p.product} ${p.count === 1 ? 'is' : 'are'} available.`,
  reorderNothingYet: () =>
    say`You haven't ordered anything yet, so there's nothing to reorder. What would you like to find?`,
  reorderNoUsual: () =>
    say`I don't know your usual yet; it builds up over a few orders. You can say 'reorder my last order'.`,
  reorderNotBought: (p: { product: string }) =>
    say`I couldn't find ${p.product} in your past orders. Say 'find' and the product to search for it.`,
  reorderNoneAvailable: () =>
    say`None of those items can be ordered right now, so I can't reorder them. What would you like to find?`,
} satisfies SentenceArea;

const STATUS: Readonly<Record<OrderStatus, string>> = {
  placed: 'has been placed',
  confirmed: 'is confirmed',
  packed: 'is packed and ready to go',
  shipped: 'is on its way',
  out_for_delivery: 'is out for delivery',
  delivered: 'was delivered',
  cancelled: 'was cancelled',
  returned: 'was returned',
};

/** Tracking and cancelling. */
export const orders = {
  status: (p: { orderId: string; status: OrderStatus }) =>
    say`Order ${characters(p.orderId)} ${STATUS[p.status]}.`,
  expected: (p: { when: string }) => say`It's expected ${p.when}.`,
  late: (p: { when: string }) => say`It's running late; it was expected ${p.when}.`,
  statusReprompt: () => say`You can ask about another order by its number, or keep shopping.`,
  noOrders: () => say`You don't have any orders yet. What would you like to find?`,
  notFound: (p: { orderId: string }) => say`I couldn't find order ${characters(p.orderId)} on your account.`,
  confirmCancel: (p: { orderId: string; total: Money; minutes: number }) =>
    say`Cancel order ${characters(p.orderId)} for ${money(p.total)}? You have ${countOf(p.minutes, 'minute')} left to cancel.`,
  confirmCancelReprompt: () => say`Say yes to cancel the order, or no to keep it.`,
  cancelled: (p: { orderId: string }) => say`Order ${characters(p.orderId)} is cancelled. Anything else?`,
  kept: () => say`OK, I kept the order. Anything else?`,
  contents: (p: { orderId: string; count: number; items: Phrase }) =>
    say`Order ${characters(p.orderId)} has ${countOf(p.count, 'item')}: ${p.items}.`,
  total: (p: { orderId: string; total: Money }) =>
    say`Order ${characters(p.orderId)} came to ${money(p.total)}, with delivery and tax.`,
  aboutItReprompt: () => say`You can ask when it will arrive, say 'cancel it', or keep shopping.`,
  tooLate: (p: { orderId: string }) =>
    say`It's too late to cancel order ${characters(p.orderId)}: the time to cancel has passed. Say 'talk to a person' if you need help.`,
  shipped: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} has already shipped, so I can't cancel it. Say 'talk to a person' to arrange a return.`,
  final: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} is already closed, so there's nothing to cancel.`,
} satisfies SentenceArea;
