/**
 * How the store may reach a shopper outside a conversation: the Alexa user to notify (kept from
 * their sessions), whether they agreed to order updates and reminders, and the store's notices
 * waiting to be told on their next launch (an order the store cancelled). One record per customer.
 */

/** Where a consent stands: asked and not answered yet, granted, denied, or revoked afterwards. */
export type ConsentStatus = 'asked' | 'granted' | 'denied' | 'revoked';

/** What a shopper may agree to: order updates (notifications) or a reminder. */
export type ConsentKind = 'notifications' | 'reminders';

/** A notice from the store, told on the shopper's next launch. */
export interface StoreNotice {
  readonly kind: 'order_cancelled';
  readonly orderId: string;
  readonly at: string;
}

/** The contact record of one customer. */
export interface ShopperContact {
  readonly customerId: string;
  /** The Alexa user id that notifications go to (the one the shopper last answered from). */
  readonly alexaUserId?: string;
  /** The locale the shopper last spoke in. */
  readonly locale?: string;
  readonly notifications?: ConsentStatus;
  readonly reminders?: ConsentStatus;
  readonly notices: readonly StoreNotice[];
}

/** The contact records. Each write changes its own attributes only, so writers never clobber. */
export interface ShopperContactRepository {
  /** The record, or undefined when none was ever written. */
  get(customerId: string): Promise<ShopperContact | undefined>;
  /**
   * Records a consent (with the Alexa user and locale it came from, when given). With `onlyIfNew`,
   * only when this consent was never recorded: false when it was (the question is asked once).
   */
  setConsent(
    customerId: string,
    kind: ConsentKind,
    status: ConsentStatus,
    from: { readonly alexaUserId?: string; readonly locale?: string; readonly onlyIfNew?: boolean },
  ): Promise<boolean>;
  /** Adds a notice to tell on the next launch. */
  addNotice(customerId: string, notice: StoreNotice): Promise<void>;
  /** Removes these notices (once told). */
  clearNotices(customerId: string, told: readonly StoreNotice[]): Promise<void>;
}
