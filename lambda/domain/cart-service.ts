/**
 * The cart: add, remove, set quantity, clear, read, merge. Each read or change reads the cart with the
 * products of its lines in one batch read (cart-reading.ts), so every figure it gives is at today's
 * prices; a change applies the rules and saves under the version it read, and a lost race is retried
 * with the fresh cart. A change that changes nothing writes nothing.
 */
import {
  assertInStock,
  assertQuantity,
  atCurrentPrices,
  cartSubtotal,
  findLine,
  itemCount,
  lineFor,
  withLine,
} from './cart-rules';
import { readCovered, rememberCart, type CartSession } from './cart-reading';
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
    private readonly session?: CartSession,
  ) {}

  /**
   * This service for one turn: reads fetch the products the session knows the cart holds with the
   * cart, the turn's opening read of the cart serves its first read, and the session learns the skus.
   */
  forSession(session: CartSession): CartService {
    return new CartService(this.carts, this.store, this.clock, this.maxAttempts, session);
  }

  /** The cart and its subtotal, every line at today's price. */
  async read(customerId: string): Promise<CartView> {
    const [{ cart, products }, settings] = await Promise.all([
      readCovered(this.carts, customerId, [], this.session),
      this.store.settings(),
    ]);
    return this.viewIn(atCurrentPrices(cart, products), settings.currency);
  }

  /** The cart as stored, in one read and without figures: for checking its version, never for prices. */
  async stored(customerId: string): Promise<Cart> {
    return this.carts.get(customerId);
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
    const emptied = (cart: Cart) => ({ ...cart, lines: [] });
    const { view } = await this.change(customerId, undefined, emptied, { priced: false });
    return view;
  }

  /**
   * The carts as they are to be saved on account linking: the customer's with the anonymous cart's
   * lines merged in (each capped at the per-line limit), and the anonymous one emptied, each at the
   * version read. Undefined, with nothing more read, when the anonymous cart is empty.
   */
  async planMerge(
    fromCustomerId: string,
    intoCustomerId: string,
  ): Promise<{ from: Cart; into: Cart } | undefined> {
    const from = await this.carts.get(fromCustomerId);
    if (from.lines.length === 0) return undefined;
    return this.mergePlan(from, await this.carts.get(intoCustomerId));
  }

  /** As planMerge, with both carts already read (a session's first batch read): nothing more is read. */
  async mergePlan(from: Cart, into: Cart): Promise<{ from: Cart; into: Cart } | undefined> {
    if (from.lines.length === 0) return undefined;
    const max = (await this.store.settings()).maxQuantityPerLine;
    let merged = into;
    for (const line of from.lines) {
      const quantity = Math.min(max, (findLine(merged, line.sku)?.quantity ?? 0) + line.quantity);
      merged = withLine(merged, { ...line, quantity }, line.sku);
    }
    const updatedAt = this.clock.now().toISOString();
    return { from: { ...from, lines: [], updatedAt }, into: { ...merged, updatedAt } };
  }

  private async change(
    customerId: string,
    sku: string | readonly string[] | undefined,
    mutate: Mutation,
    options = { priced: true },
  ): Promise<CartChange> {
    const settings = await this.store.settings();
    const skus = sku === undefined ? [] : typeof sku === 'string' ? [sku] : [...sku];
    for (let attempt = 1; ; attempt++) {
      const read = options.priced
        ? await readCovered(this.carts, customerId, skus, this.session)
        : { cart: await this.carts.get(customerId), products: new Map<string, Product>() };
      rememberCart(this.session, read.cart);
      const cart = atCurrentPrices(read.cart, read.products);
      const one = typeof sku === 'string' ? sku : undefined;
      const previousQuantity = one ? (findLine(cart, one)?.quantity ?? 0) : 0;
      const next = mutate(cart, read.products, settings.maxQuantityPerLine);
      const line = one ? findLine(next, one) : undefined;
      if (sameLines(cart.lines, next.lines))
        return { view: this.viewIn(cart, settings.currency), line, previousQuantity };
      try {
        const saved = await this.carts.save({ ...next, updatedAt: this.clock.now().toISOString() });
        rememberCart(this.session, saved);
        return { view: this.viewIn(saved, settings.currency), line, previousQuantity };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        if (attempt >= this.maxAttempts) throw new DomainError('CART_CONFLICT', 'cart kept changing');
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
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
