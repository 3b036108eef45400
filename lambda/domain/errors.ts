import type { Money } from './model';

/**
 * The one family of domain errors. Each code is mapped to one spoken sentence in exactly one place
 * (conversation/core's error switch), which the compiler keeps exhaustive.
 */

/** Every reason a domain operation can refuse, with the details the spoken reply needs. */
export interface DomainErrorDetails {
  INVALID_AMOUNT: Record<string, never>;
  INVALID_INPUT: { field: string };
  PRODUCT_NOT_FOUND: { sku: string };
  PRODUCT_UNAVAILABLE: { sku: string; productName: string };
  OUT_OF_STOCK: { sku: string; productName: string; available: number };
  QUANTITY_INVALID: { min: number; max: number; requested: number };
  CART_EMPTY: Record<string, never>;
  CART_LINE_NOT_FOUND: { sku: string };
  CART_CONFLICT: Record<string, never>;
  /** The cart is no longer the one read back to the shopper: nothing was ordered. */
  CART_CHANGED: Record<string, never>;
  DELIVERY_OPTION_UNKNOWN: { optionId: string };
  PAYMENT_DECLINED: { reason: string };
  PAYMENT_UNAVAILABLE: Record<string, never>;
  ORDER_NOT_FOUND: { orderId?: string };
  ORDER_NOT_CANCELLABLE: { orderId: string; reason: 'window_passed' | 'already_shipped' | 'already_final' };
  ILLEGAL_TRANSITION: { from: string; to: string };
  /** Nothing can be added to this order any more: packed or beyond, or past the delivery's cut-off. */
  ORDER_NOT_AMENDABLE: { orderId: string; reason: 'packed' | 'final' | 'cutoff_passed' };
  ACCOUNT_NOT_LINKED: Record<string, never>;
  VOICE_CODE_WRONG: { attemptsLeft: number };
  VOICE_CODE_LOCKED: { until: string };
  /** The customer set a voice code and none was given (or it changed since): nothing was ordered. */
  VOICE_CODE_REQUIRED: Record<string, never>;
  NOTHING_TO_REORDER: Record<string, never>;
  PRICE_CHANGED: { newTotal: Money };
  STORE_NOT_CONFIGURED: Record<string, never>;
}

/** A domain error code. */
export type DomainErrorCode = keyof DomainErrorDetails;

/** An expected refusal of a domain rule: never a bug, always something to tell the shopper. */
export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  /** The machine-readable reason. */
  readonly code: C;
  /** What the spoken reply needs to explain the refusal. */
  readonly details: DomainErrorDetails[C];

  constructor(
    code: C,
    message: string,
    ...details: DomainErrorDetails[C] extends Record<string, never> ? [] : [DomainErrorDetails[C]]
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = (details[0] ?? {}) as DomainErrorDetails[C];
  }
}

/** Any domain error as a discriminated union: switching on `code` narrows `details`. */
export type AnyDomainError = { [C in DomainErrorCode]: DomainError<C> }[DomainErrorCode];

/** Narrows an unknown error to a DomainError. */
export function isDomainError(error: unknown): error is AnyDomainError {
  return error instanceof DomainError;
}

/** Marks a switch as exhaustive: the compiler rejects a missing case. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
