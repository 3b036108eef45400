/**
 * What checkout takes and gives: delivery choices, quotes with their repricing, what to order and
 * the confirmed request to place it.
 */
import type { DeliveryOption, Money, Quote } from './model';

/** A delivery option as offered for a given subtotal. */
export interface DeliveryChoice {
  readonly option: DeliveryOption;
  readonly price: Money;
  readonly expectedDate: string;
}

/** A line whose price today differs from the price the shopper last saw. */
export interface Repriced {
  readonly sku: string;
  readonly name: string;
  readonly was: Money;
  readonly now: Money;
}

/** A quote with what it was priced from. */
export interface CheckoutQuote {
  readonly quote: Quote;
  /** The cart version priced, when the quote is for the cart. */
  readonly cartVersion?: number;
  readonly repriced: readonly Repriced[];
}

/** What to order: the cart, or explicit lines (a reorder). */
export type OrderSource =
  { readonly kind: 'cart' } | { readonly kind: 'lines'; readonly lines: readonly OrderItem[] };

/** A sku and a quantity. */
export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
}

/** A confirmed request to place an order. */
export interface PlaceOrderRequest {
  readonly source: OrderSource;
  readonly deliveryOptionId: string;
  /** Chosen when the order was read back; the same key always yields the same order. */
  readonly idempotencyKey: string;
  /** The total the shopper heard; a different total today is refused with PRICE_CHANGED. */
  readonly expectedTotal?: Money;
  /** The skus read back from the cart, so the cart and their products are read in one request. */
  readonly expectedSkus?: readonly string[];
  /**
   * The cart version that was read back (CheckoutQuote.cartVersion). The order is placed only from
   * that very cart, checked again in the order transaction; a changed cart is refused with
   * CART_CHANGED and nothing is ordered.
   */
  readonly expectedCartVersion?: number;
  /**
   * The voice code the shopper gave. Required when the customer set one (VOICE_CODE_REQUIRED
   * otherwise); judged by placing itself, counted against the lockout like any attempt.
   */
  readonly voiceCode?: string;
}
