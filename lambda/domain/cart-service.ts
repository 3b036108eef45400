/**
 * The cart: add, remove, set quantity, clear, read, merge. Each change reads the cart (with the
 * products it needs, in one batch read), applies the rules, and saves under the version it read;
 * a lost race is retried with the fresh cart. A change that changes nothing writes nothing.
 */
import {
  assertInStock,
  assertQuantity,
  cartSubtotal,
  findLine,
  itemCount,
  lineFor,
  withLine,
} from './cart-rules';
import { DomainError } from './errors';
import type { Cart, CartLine, Money, Product } from './model';
import { ConcurrencyConflict, type CartRepository, type Clock } from './ports';
import type { StoreService } from './store-service';

/** A cart with the figures read back to the shopper. */
export interface CartView {
  readonly cart: Cart;
  readonly subtotal: Money;
  readonly itemCount: number;
}

/** The result of a change: the cart after it and the line it touched (absent when removed). */
export interface CartChange {
  readonly view: CartView;
  readonly line?: CartLine;
  readonly previousQuantity: number;
}

type Mutation = (cart: Cart, products: ReadonlyMap<string, Product>, maxQuantity: number) => Cart;

/** Cart operations with optimistic locking. */
export class CartService {
  constructor(
    private readonly carts: CartRepository,
    private readonly store: StoreService,
    private readonly clock: Clock,
    private readonly maxAttempts = 5,
  ) {}

  /** The cart and its subtotal. */
  async read(customerId: string): Promise<CartView> {
    return this.view(await this.carts.get(customerId));
  }

  /** Adds units of a product (to an existing line or a new one), within stock and the per-line limit. */
  async add(customerId: string, sku: string, quantity = 1): Promise<CartChange> {
    return this.change(customerId, sku, (cart, products, max) => {
      const product = requireProduct(products, sku);
      assertQuantity(quantity, max);
      const next = (findLine(cart, sku)?.quantity ?? 0) + quantity;
      assertQuantity(next, max);
      assertInStock(product, next);
      return withLine(cart, lineFor(product, next), sku);
    });
  }

  /** Sets a line's quantity; 0 removes it. */
  async setQuantity(customerId: string, sku: string, quantity: number): Promise<CartChange> {
    if (quantity === 0) return this.remove(customerId, sku);
    return this.change(customerId, sku, (cart, products, max) => {
      const product = requireProduct(products, sku);
      assertQuantity(quantity, max);
      assertInStock(product, quantity);
      return withLine(cart, lineFor(product, quantity), sku);
    });
  }

  /** Removes a product's line; CART_LINE_NOT_FOUND when it is not in the cart. */
  async remove(customerId: string, sku: string): Promise<CartChange> {
    return this.change(customerId, sku, (cart) => {
      if (!findLine(cart, sku)) throw new DomainError('CART_LINE_NOT_FOUND', `${sku} not in cart`, { sku });
      return withLine(cart, undefined, sku);
    });
  }

  /**
   * Adds several products at once (an emptied cart put back): each within the per-line limit and
   * the stock there is; a product gone from the store or sold out is left out.
   */
  async addLines(customerId: string, lines: readonly { sku: string; quantity: number }[]): Promise<CartView> {
    const skus = [...new Set(lines.map((l) => l.sku))];
    if (skus.length === 0) return this.read(customerId);
    const { view } = await this.change(customerId, skus, (cart, products, max) => {
      let next = cart;
      for (const { sku, quantity } of lines) {
        const product = products.get(sku);
        if (!product || product.stock <= 0) continue;
        const wanted = Math.min(max, product.stock, (findLine(next, sku)?.quantity ?? 0) + quantity);
        if (wanted > 0) next = withLine(next, lineFor(product, wanted), sku);
      }
      return next;
    });
    return view;
  }

  /** Empties the cart. */
  async clear(customerId: string): Promise<CartView> {
    const { view } = await this.change(customerId, undefined, (cart) => ({ ...cart, lines: [] }));
    return view;
  }

  /**
   * Moves an anonymous cart's lines into the customer's cart (on account linking), then empties it;
   * undefined, with nothing more read, when the anonymous cart is empty.
   */
  async merge(fromCustomerId: string, intoCustomerId: string): Promise<CartView | undefined> {
    const from = await this.carts.get(fromCustomerId);
    if (from.lines.length === 0) return undefined;
    const { view } = await this.change(intoCustomerId, undefined, (cart, _products, max) => {
      let merged = cart;
      for (const line of from.lines) {
        const quantity = Math.min(max, (findLine(merged, line.sku)?.quantity ?? 0) + line.quantity);
        merged = withLine(merged, { ...line, quantity }, line.sku);
      }
      return merged;
    });
    await this.clear(fromCustomerId);
    return view;
  }

  private async change(
    customerId: string,
    sku: string | readonly string[] | undefined,
    mutate: Mutation,
  ): Promise<CartChange> {
    const settings = await this.store.settings();
    const skus = sku === undefined ? [] : typeof sku === 'string' ? [sku] : [...sku];
    for (let attempt = 1; ; attempt++) {
      const { cart, products } =
        skus.length > 0
          ? await this.carts.getWithProducts(customerId, skus)
          : { cart: await this.carts.get(customerId), products: [] };
      const bySku = new Map(products.map((p) => [p.sku, p]));
      const one = typeof sku === 'string' ? sku : undefined;
      const previousQuantity = one ? (findLine(cart, one)?.quantity ?? 0) : 0;
      const next = mutate(cart, bySku, settings.maxQuantityPerLine);
      const line = one ? findLine(next, one) : undefined;
      if (sameLines(cart.lines, next.lines))
        return { view: this.viewIn(cart, settings.currency), line, previousQuantity };
      try {
        const saved = await this.carts.save({ ...next, updatedAt: this.clock.now().toISOString() });
        return { view: this.viewIn(saved, settings.currency), line, previousQuantity };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        if (attempt >= this.maxAttempts) throw new DomainError('CART_CONFLICT', 'cart kept changing');
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  private async view(cart: Cart): Promise<CartView> {
    return this.viewIn(cart, (await this.store.settings()).currency);
  }

  private viewIn(cart: Cart, currency: string): CartView {
    return { cart, subtotal: cartSubtotal(cart, currency), itemCount: itemCount(cart) };
  }
}

function requireProduct(products: ReadonlyMap<string, Product>, sku: string): Product {
  const product = products.get(sku);
  if (!product) throw new DomainError('PRODUCT_NOT_FOUND', `no product ${sku}`, { sku });
  return product;
}

function sameLines(a: readonly CartLine[], b: readonly CartLine[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
