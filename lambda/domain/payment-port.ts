/**
 * The payment port: what placing and cancelling an order ask of a payment adapter (pay on delivery,
 * or the merchant's payment webhook). No card data ever passes here.
 */
import type { Money } from './model';

/** A payment request: no card data ever passes here. */
export interface PaymentRequest {
  readonly orderId: string;
  readonly customerId: string;
  readonly amount: Money;
  readonly idempotencyKey: string;
}

/** The answer of a payment adapter. */
export type PaymentResult =
  | {
      readonly status: 'approved';
      readonly method: 'pay_on_delivery' | 'merchant_webhook';
      readonly reference: string;
      readonly dueOnDelivery: boolean;
    }
  | { readonly status: 'declined'; readonly reason: string };

/**
 * What to release: the authorization of `reference`, or, when its answer never came (the reference
 * is unknown), whatever was authorized for the order under that idempotency key.
 */
export interface PaymentRelease {
  readonly orderId: string;
  readonly idempotencyKey: string;
  readonly reference?: string;
}

/** How a shopper pays, as told to one who asks: at the door or pickup, or by the card the store keeps. */
export type PaymentWay = 'on_delivery' | 'card_on_file';

/** Takes payment for an order: pay on delivery, or the merchant's payment webhook. */
export interface PaymentPort {
  /** How the shopper pays; when absent, the shopper is pointed to the store. */
  readonly way?: PaymentWay;
  /** Authorizes the amount; the same idempotency key never charges twice. Throws if unreachable. */
  authorize(request: PaymentRequest): Promise<PaymentResult>;
  /** Releases an authorization whose order was not placed, or was cancelled. */
  release(release: PaymentRelease): Promise<void>;
}
