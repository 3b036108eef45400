/**
 * In-memory contact records, to isolate conversation logic from storage in test/conversation.
 */
import type {
  ConsentKind,
  ConsentStatus,
  ShopperContact,
  ShopperContactRepository,
  StoreNotice,
} from '../../../lambda/domain/shopper-contact';

/** Contact records in a map. */
export class InMemoryContacts implements ShopperContactRepository {
  private readonly records = new Map<string, ShopperContact>();

  get(customerId: string): Promise<ShopperContact | undefined> {
    return Promise.resolve(this.records.get(customerId));
  }

  setConsent(
    customerId: string,
    kind: ConsentKind,
    status: ConsentStatus,
    from: { readonly alexaUserId?: string; readonly locale?: string; readonly onlyIfNew?: boolean },
  ): Promise<boolean> {
    const current = this.records.get(customerId) ?? { customerId, notices: [] };
    if (from.onlyIfNew && current[kind] !== undefined) return Promise.resolve(false);
    this.records.set(customerId, {
      ...current,
      [kind]: status,
      ...(from.alexaUserId ? { alexaUserId: from.alexaUserId } : {}),
      ...(from.locale ? { locale: from.locale } : {}),
    });
    return Promise.resolve(true);
  }

  addNotice(customerId: string, notice: StoreNotice): Promise<void> {
    const current = this.records.get(customerId) ?? { customerId, notices: [] };
    this.records.set(customerId, { ...current, notices: [...current.notices, notice] });
    return Promise.resolve();
  }

  clearNotices(customerId: string, told: readonly StoreNotice[]): Promise<void> {
    const current = this.records.get(customerId);
    if (current) this.records.set(customerId, { ...current, notices: current.notices.slice(told.length) });
    return Promise.resolve();
  }
}
