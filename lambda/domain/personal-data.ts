/**
 * What the store keeps about one customer, for the shopper's data rights (LGPD, GDPR): the whole of
 * it to export, and the port that reads it, erases it (orders kept as the merchant's legal record
 * under a pseudonym) and forgets a platform user who turned the skill off.
 */
import type { Cart, CustomerProfile, Order } from './model';
import type { HandoffRequest } from './support-model';

/** A platform user linked to the customer. */
export interface PlatformLink {
  readonly platform: string;
  readonly platformUserId: string;
  readonly linkedAt: string;
}

/** Everything kept under one customer. */
export interface PersonalData {
  readonly profile?: CustomerProfile;
  readonly cart?: Cart;
  readonly orders: readonly Order[];
  readonly handoffs: readonly HandoffRequest[];
  readonly links: readonly PlatformLink[];
}

/** What forgetting a platform user removed. */
export interface ForgottenPlatformUser {
  /** The customer the user was linked to, whose account stays. */
  readonly linkedCustomerId?: string;
  readonly link: boolean;
  readonly cart: boolean;
  readonly profile: boolean;
}

/** Reads and erases a customer's data. */
export interface PersonalDataRepository {
  /** Everything kept under the customer (strongly consistent). */
  collect(customerId: string): Promise<PersonalData>;
  /**
   * Erases what was found: profile (with the voice code), cart, links, handoff requests; each order
   * is kept, moved under `pseudonym` with the customer id replaced, and its idempotency record goes.
   */
  erase(customerId: string, found: PersonalData, pseudonym: string, erasedAt: string): Promise<void>;
  /** Removes a platform user's link and the anonymous cart and profile kept for them. */
  forgetPlatformUser(
    platform: string,
    platformUserId: string,
    anonymousCustomerId: string,
  ): Promise<ForgottenPlatformUser>;
}
