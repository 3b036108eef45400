/**
 * CartRepository in memory, for conversation tests only: one cart per customer, saved under its
 * version (optimistic locking), read together with products in one request like the batch read.
 */
import type { Cart, Product } from '../../../lambda/domain/model';
import { ConcurrencyConflict, type CartRepository } from '../../../lambda/domain/ports';
import type { InMemoryCatalog } from './in-memory-catalog';
import { copy, type IoCounter } from './io-counter';

/** Carts in a Map. */
export class InMemoryCarts implements CartRepository {
  private readonly carts = new Map<string, Cart>();
  /** Set by a test to make the next save lose a race. */
  failNextSaves = 0;

  constructor(
    private readonly io: IoCounter,
    private readonly catalog: InMemoryCatalog,
  ) {}

  get(customerId: string): Promise<Cart> {
    this.io.read();
    return Promise.resolve(this.peek(customerId));
  }

  getWithProducts(customerId: string, skus: readonly string[]): Promise<{ cart: Cart; products: Product[] }> {
    this.io.read();
    const products = [...new Set(skus)].flatMap((sku) => {
      const product = this.catalog.peek(sku);
      return product ? [product] : [];
    });
    return Promise.resolve({ cart: this.peek(customerId), products });
  }

  save(cart: Cart): Promise<Cart> {
    this.io.write();
    const stored = this.peek(cart.customerId);
    if (this.failNextSaves > 0 || stored.version !== cart.version) {
      this.failNextSaves = Math.max(0, this.failNextSaves - 1);
      return Promise.reject(new ConcurrencyConflict(`cart of ${cart.customerId}`));
    }
    const saved = { ...copy(cart), version: cart.version + 1 };
    this.carts.set(cart.customerId, saved);
    return Promise.resolve(copy(saved));
  }

  /** The stored cart without counting a read (the order transaction and test assertions). */
  peek(customerId: string): Cart {
    return copy(
      this.carts.get(customerId) ?? {
        customerId,
        lines: [],
        version: 0,
        updatedAt: '1970-01-01T00:00:00.000Z',
      },
    );
  }

  /** Empties the cart as the order transaction does, bumping its version. */
  clearInTransaction(customerId: string, at: string): void {
    const cart = this.peek(customerId);
    this.carts.set(customerId, { ...cart, lines: [], version: cart.version + 1, updatedAt: at });
  }

  /**
   * Saves both carts of an account link's cart move if each is still at the version read, as the
   * linking transaction does; false, saving neither, otherwise.
   */
  moveInTransaction(from: Cart, into: Cart): boolean {
    const unchanged = (cart: Cart) => this.peek(cart.customerId).version === cart.version;
    if (!unchanged(from) || !unchanged(into)) return false;
    for (const cart of [from, into])
      this.carts.set(cart.customerId, { ...copy(cart), version: cart.version + 1 });
    return true;
  }
}
