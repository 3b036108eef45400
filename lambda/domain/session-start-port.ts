/**
 * The port a session's first turn reads through: the platform user's account link, the customer's
 * profile and cart, in one request instead of one per record.
 */
import type { Cart, CustomerProfile } from './model';
import type { ShopperContact } from './shopper-contact';

/** What the first turn of a session reads together: any of a platform user's link, a profile, carts. */
export interface SessionStartRequest {
  readonly link?: { readonly platform: string; readonly platformUserId: string };
  readonly profileOf?: string;
  readonly cartOf?: string;
  /** The cart of the anonymous shopper the platform user was before linking (merged on first linking). */
  readonly anonymousCartOf?: string;
  /** The contact record of a linked customer (the store's notices to tell on launch). */
  readonly contactOf?: string;
}

/** What was found: each part present only when it was asked for. */
export interface SessionStartRecords {
  /** Asked for with `link`: the customer the platform user is linked to (undefined: none). */
  readonly link?: { readonly linkedTo: string | undefined };
  /** Asked for with `profileOf`: the stored profile (undefined: a customer never seen). */
  readonly profile?: { readonly stored: CustomerProfile | undefined };
  /** Asked for with `cartOf`: the cart, or an empty cart of version 0. */
  readonly cart?: Cart;
  /** Asked for with `anonymousCartOf`: that cart, or an empty cart of version 0. */
  readonly anonymousCart?: Cart;
  /** Asked for with `contactOf`: the contact record, when one was ever written. */
  readonly contact?: { readonly stored: ShopperContact | undefined };
}

/**
 * Reads what a session's first turn needs in one request (a strongly consistent batch read), so a
 * session starts with one round trip instead of one per record.
 */
export interface SessionStartReader {
  read(request: SessionStartRequest): Promise<SessionStartRecords>;
}
