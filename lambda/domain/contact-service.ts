/**
 * The conversation's side of reaching a shopper later: whether to ask for order updates (once per
 * customer), what they answered, and the store's notices to tell on launch (each told once).
 */
import type { ConsentKind, ConsentStatus, ShopperContactRepository, StoreNotice } from './shopper-contact';

/** Who answered, from where. */
export interface ConsentSource {
  readonly alexaUserId?: string;
  readonly locale: string;
}

/** Consents and notices of the linked customer. */
export class ContactService {
  constructor(private readonly contacts: ShopperContactRepository) {}

  /**
   * True the first time only: records that order updates were asked about, with the Alexa user
   * the notifications would go to. A shopper who already answered (or was asked) is never asked again.
   */
  async askOnce(customerId: string, from: ConsentSource): Promise<boolean> {
    return this.contacts.setConsent(customerId, 'notifications', 'asked', { ...from, onlyIfNew: true });
  }

  /** Records the shopper's answer to a consent question. */
  async answered(customerId: string, kind: ConsentKind, status: ConsentStatus, from: ConsentSource) {
    await this.contacts.setConsent(customerId, kind, status, from);
  }

  /** The store's notices have been told (as read with the session's first records): cleared. */
  async noticesTold(customerId: string, notices: readonly StoreNotice[]): Promise<void> {
    if (notices.length > 0) await this.contacts.clearNotices(customerId, notices);
  }
}
