/**
 * The PersonalDataRepository over the in-memory profiles, carts and orders, for conversation tests
 * (no handoffs or links are listed: those live in DynamoDB's own tests). Erasing removes the
 * profile and links and empties the cart; orders stay, as they do in the store.
 */
import type { PersonalData, PersonalDataRepository } from '../../../lambda/domain/personal-data';
import type { InMemoryCarts } from './in-memory-carts';
import type { InMemoryCustomers } from './in-memory-customers';
import type { InMemoryOrders } from './in-memory-orders';

/** What the conversation tests keep about a customer. */
export class InMemoryPersonalData implements PersonalDataRepository {
  constructor(
    private readonly customers: InMemoryCustomers,
    private readonly carts: InMemoryCarts,
    private readonly orders: InMemoryOrders,
  ) {}

  collect(customerId: string): Promise<PersonalData> {
    const cart = this.carts.peek(customerId);
    const profile = this.customers.peek(customerId);
    return Promise.resolve({
      ...(profile ? { profile } : {}),
      ...(cart.version > 0 ? { cart } : {}),
      orders: this.orders.all().filter((o) => o.customerId === customerId),
      handoffs: [],
      links: [],
    });
  }

  erase(customerId: string, _found: PersonalData, _pseudonym: string, erasedAt: string): Promise<void> {
    this.customers.forget(customerId);
    this.carts.clearInTransaction(customerId, erasedAt);
    return Promise.resolve();
  }

  forgetPlatformUser(): Promise<{ link: boolean; cart: boolean; profile: boolean }> {
    return Promise.resolve({ link: false, cart: false, profile: false });
  }
}
