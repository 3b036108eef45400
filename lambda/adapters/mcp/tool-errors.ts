/**
 * Refusals as MCP tool errors: every domain error code becomes one plain sentence an assistant can
 * say as it is (one exhaustive switch, so a new code cannot be forgotten), and the few refusals only
 * the MCP server makes (a confirmation that no quote gave, an internal failure) have their own codes.
 */
import { assertNever, type AnyDomainError } from '../../domain/errors';
import type { Phrasing } from './phrasing';

/** Codes of refusals the MCP server makes itself, beside the domain's. */
export type McpRefusalCode = 'CONFIRMATION_INVALID' | 'INTERNAL';

/** A refusal a tool answers with: its code, the sentence to say, and facts an assistant may use. */
export class ToolRefusal extends Error {
  constructor(
    readonly code: string,
    readonly sentence: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(sentence);
    this.name = 'ToolRefusal';
  }
}

/** What a service token hears from a tool that acts on a shopper's cart or orders. */
export const NOT_LINKED_SENTENCE =
  "This needs the shopper's own store account: sign in to the store (link the account), then ask again.";

const CANCEL_REASONS = {
  window_passed: 'the time to cancel it has passed',
  already_shipped: 'it has already shipped',
  already_final: 'it is already delivered, cancelled or returned',
} as const;

/** The sentence for a domain error, in words a shopper understands. */
export function domainSentence(error: AnyDomainError, say: Phrasing): string {
  switch (error.code) {
    case 'INVALID_AMOUNT':
      return 'That amount is not valid.';
    case 'INVALID_INPUT':
      return `The ${error.details.field} given is not valid.`;
    case 'PRODUCT_NOT_FOUND':
      return `The store has no product with the code ${error.details.sku}.`;
    case 'PRODUCT_UNAVAILABLE':
      return `${error.details.productName} is not available right now.`;
    case 'OUT_OF_STOCK':
      return error.details.available > 0
        ? `Only ${error.details.available} of ${error.details.productName} are left.`
        : `${error.details.productName} is sold out.`;
    case 'QUANTITY_INVALID':
      return `The quantity must be from ${error.details.min} to ${error.details.max}; ${error.details.requested} is not.`;
    case 'CART_EMPTY':
      return 'The cart is empty.';
    case 'CART_LINE_NOT_FOUND':
      return 'That product is not in the cart.';
    case 'CART_CONFLICT':
      return 'The cart changed at the same moment; nothing was lost. Please try again.';
    case 'CART_CHANGED':
      return 'The cart has changed since the order was read back, so nothing was ordered. Get a new read-back with quote_checkout and read it to the shopper first.';
    case 'DELIVERY_OPTION_UNKNOWN':
      return `The store has no delivery option called ${error.details.optionId}.`;
    case 'PAYMENT_DECLINED':
      return 'The payment was declined, so no order was placed; the cart is as it was.';
    case 'PAYMENT_UNAVAILABLE':
      return 'The payment service did not answer, so no order was placed; the cart is as it was. Try again in a moment.';
    case 'ORDER_NOT_FOUND':
      return error.details.orderId
        ? `There is no order ${error.details.orderId} on this account.`
        : 'This account has no orders yet.';
    case 'ORDER_NOT_CANCELLABLE':
      return `Order ${error.details.orderId} can no longer be cancelled: ${CANCEL_REASONS[error.details.reason]}.`;
    case 'ORDER_NOT_AMENDABLE':
      return `Nothing can be added to order ${error.details.orderId} any more: it is packed, closed or past its cut-off.`;
    case 'ILLEGAL_TRANSITION':
      return `An order cannot go from ${error.details.from} to ${error.details.to}.`;
    case 'ACCOUNT_NOT_LINKED':
      return NOT_LINKED_SENTENCE;
    case 'VOICE_CODE_WRONG':
      return `That voice code is not right. ${say.count(error.details.attemptsLeft, 'try is', 'tries are')} left before purchases lock for 15 minutes.`;
    case 'VOICE_CODE_REQUIRED':
      return 'This account asks for its four-digit voice code before every purchase. Ask the shopper for it, then place the order with it.';
    case 'VOICE_CODE_LOCKED':
      return 'Purchases are locked for a while after too many wrong voice codes. Please try again later.';
    case 'NOTHING_TO_REORDER':
      return 'There is nothing to order again.';
    case 'PRICE_CHANGED':
      return `The total is now ${say.money(error.details.newTotal).formatted}, not what was read back. Get a new quote and read it back first.`;
    case 'STORE_NOT_CONFIGURED':
      return 'The store is not set up yet.';
    default:
      return assertNever(error);
  }
}

/** The facts a domain error carries that an assistant may use (money shown as minor units and text). */
export function domainDetails(error: AnyDomainError, say: Phrasing): Readonly<Record<string, unknown>> {
  if (error.code === 'PRICE_CHANGED') return { newTotal: say.money(error.details.newTotal) };
  return error.details;
}
