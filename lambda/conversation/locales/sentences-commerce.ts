/**
 * Sentence keys for the cart, checkout, reorder and orders.
 */
import type { Say } from './locale';

/** Adding, removing, changing and reading the cart. */
export interface CartSentences {
  readonly added: Say<'item' | 'count' | 'subtotal'>;
  readonly anythingElse: Say;
  readonly addedReprompt: Say;
  readonly whatToAdd: Say;
  readonly whatToAddReprompt: Say;
  readonly removed: Say<'product' | 'count' | 'subtotal'>;
  readonly removedEmpty: Say<'product'>;
  readonly quantitySet: Say<'item' | 'count' | 'subtotal'>;
  readonly howMany: Say;
  readonly howManyReprompt: Say;
  readonly lineChosen: Say<'item'>;
  readonly notInCart: Say<'product'>;
  readonly whichQuantity: Say<'quantity' | 'options'>;
  readonly whichQuantityByName: Say<'quantity' | 'options'>;
  readonly whichRemove: Say<'options'>;
  readonly whichRemoveByName: Say<'options'>;
  readonly end: Say;
  readonly empty: Say;
  readonly contents: Say<'count' | 'items' | 'subtotal'>;
  readonly moreLines: Say<'more'>;
  readonly contentsNext: Say;
  readonly contentsMoreNext: Say;
  readonly reprompt: Say;
  readonly confirmEmpty: Say;
  readonly confirmEmptyReprompt: Say;
  readonly emptied: Say;
  readonly kept: Say;
  readonly notAdded: Say;
}

/** Delivery choice, read-back, voice code, confirmation, and reorders. */
export interface CheckoutSentences {
  readonly chooseDelivery: Say<'options'>;
  readonly chooseDeliveryReprompt: Say<'options'>;
  readonly readBackItems: Say<'seller' | 'items'>;
  readonly readBackDelivery: Say<'option' | 'price' | 'when'>;
  readonly readBackDeliveryFree: Say<'option' | 'when'>;
  readonly readBackTotal: Say<'total' | 'tax' | 'fees'>;
  readonly confirmQuestion: Say;
  readonly confirmReprompt: Say<'total'>;
  readonly repriced: Say<'product' | 'price' | 'was'>;
  readonly askCode: Say;
  readonly askCodeReprompt: Say;
  readonly yesFirst: Say;
  readonly placed: Say<'orderId' | 'when'>;
  readonly payOnDelivery: Say;
  readonly placedReprompt: Say;
  readonly cardTitle: Say<'orderId'>;
  readonly cardSummary: Say<'total' | 'option' | 'when'>;
  readonly notPlaced: Say;
  readonly notPlacedReorder: Say;
  readonly locked: Say<'minutes'>;
  readonly reorderLast: Say;
  readonly reorderUsual: Say;
  readonly reorderProduct: Say;
  readonly reorderUnavailable: Say<'items'>;
  readonly reorderShort: Say<'product' | 'count'>;
  readonly reorderNothingYet: Say;
  readonly reorderNoUsual: Say;
  readonly reorderNotBought: Say<'product'>;
  readonly reorderNoneAvailable: Say;
}

/** Tracking and cancelling orders. */
export interface OrderSentences {
  readonly status: Say<'orderId' | 'status'>;
  readonly expected: Say<'when'>;
  readonly late: Say<'when'>;
  readonly statusReprompt: Say;
  readonly noOrders: Say;
  readonly notFound: Say<'orderId'>;
  readonly confirmCancel: Say<'orderId' | 'total' | 'minutes'>;
  readonly confirmCancelReprompt: Say;
  readonly cancelled: Say<'orderId'>;
  readonly kept: Say;
  readonly tooLate: Say<'orderId'>;
  readonly shipped: Say<'orderId'>;
  readonly final: Say<'orderId'>;
}
