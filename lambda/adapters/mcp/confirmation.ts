/**
 * The confirmation of a read-back: what quote_checkout read back, named so that place_order places
 * exactly that, once. It holds what the skill keeps between its read-back and the shopper's "yes"
 * (the pending order of the conversation): the cart version read back (a cart's version names its
 * lines, since every change of the cart moves it on and it never goes back), the delivery option,
 * and the total. Its id is those facts written out, `v<cart version>.<delivery option>.<total>`
 * ("v7.standard.1596"): no random token, nothing stored between the two calls (the MCP server is
 * stateless), and short enough for an assistant to copy. The idempotency key is derived from it, so
 * the same confirmation can only ever place one order, whichever call places it.
 */
import type { PlaceOrderRequest } from '../../domain/checkout-types';

/** What was read back. */
export interface OrderConfirmation {
  /** The cart's version when it was priced: placing is refused if the cart has changed since. */
  readonly cartVersion: number;
  readonly deliveryOptionId: string;
  /** The total read back, in minor units of the store currency. */
  readonly total: number;
}

const ID = /^v(\d{1,15})\.(.+)\.(\d{1,15})$/;

/** The confirmation's id. */
export function confirmationId(confirmation: OrderConfirmation): string {
  const option = encodeURIComponent(confirmation.deliveryOptionId).replaceAll('.', '%2E');
  return `v${confirmation.cartVersion}.${option}.${confirmation.total}`;
}

/** The confirmation an id names, or undefined when it is not one quote_checkout could have given. */
export function parseConfirmationId(id: string): OrderConfirmation | undefined {
  const match = ID.exec(id.trim());
  if (!match) return undefined;
  let deliveryOptionId: string;
  try {
    deliveryOptionId = decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
  const cartVersion = Number(match[1]);
  const total = Number(match[3]);
  if (cartVersion < 1 || !Number.isSafeInteger(cartVersion) || !Number.isSafeInteger(total)) return undefined;
  return { cartVersion, deliveryOptionId, total };
}

/**
 * The request that places what was read back: the cart at that version (the order transaction's
 * condition), that delivery option and that total, under a key derived from the confirmation (the
 * domain scopes keys to the customer), with the voice code the shopper gave, if any.
 */
export function placeRequestFor(
  confirmation: OrderConfirmation,
  currency: string,
  voiceCode?: string,
): PlaceOrderRequest {
  return {
    source: { kind: 'cart' },
    deliveryOptionId: confirmation.deliveryOptionId,
    idempotencyKey: `mcp:${confirmationId(confirmation)}`,
    expectedTotal: { amount: confirmation.total, currency },
    expectedCartVersion: confirmation.cartVersion,
    ...(voiceCode !== undefined ? { voiceCode } : {}),
  };
}
