/**
 * Checkout: delivery choices, a quote for the cart (or for reorder lines) at today's prices, and
 * placing the order: idempotent on the confirmation's key, paid through the PaymentPort, and written
 * in one transaction that never oversells. A declined payment leaves the cart as it was.
 */
import { expectedDeliveryDate } from './delivery';
import { DomainError } from './errors';
import type { CheckoutQuote, DeliveryChoice, OrderSource, PlaceOrderRequest } from './checkout-types';
import type { Money, Order } from './model';
import type {
  CartRepository,
  CatalogRepository,
  Clock,
  IdGenerator,
  OrderRepository,
  PaymentPort,
} from './ports';
import { linesAtToday } from './checkout-lines';
import { computeQuote, deliveryPrice } from './quote';
import type { StoreService } from './store-service';

/** Dependencies of checkout. */
export interface CheckoutDependencies {
  readonly carts: CartRepository;
  readonly catalog: CatalogRepository;
  readonly orders: OrderRepository;
  readonly payments: PaymentPort;
  readonly store: StoreService;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** How long a confirmation's key is remembered (default one day). */
  readonly idempotencySeconds?: number;
}

/** Quotes and places orders. */
export class CheckoutService {
  constructor(private readonly deps: CheckoutDependencies) {}

  /** The delivery options with their price for this subtotal and their expected arrival. */
  async deliveryChoices(subtotal: Money): Promise<DeliveryChoice[]> {
    const settings = await this.deps.store.settings();
    const now = this.deps.clock.now();
    return settings.deliveryOptions.map((option) => ({
      option,
      price: deliveryPrice(settings, option.id, subtotal),
      expectedDate: expectedDeliveryDate(option, now, settings.timeZone),
    }));
  }

  /**
   * Prices the cart, or reorder lines, at today's prices, checking stock; CART_EMPTY when there is
   * nothing. With the skus the cart is expected to hold, the cart and those products come in one
   * read; any product the cart holds beyond them is read after.
   */
  async quote(
    customerId: string,
    source: OrderSource,
    deliveryOptionId?: string,
    expectedSkus?: readonly string[],
  ): Promise<CheckoutQuote> {
    const settings = await this.deps.store.settings();
    const optionId = deliveryOptionId ?? settings.defaultDeliveryOptionId;
    const now = this.deps.clock.now();
    if (source.kind === 'cart') {
      const { cart, products } = await this.cartWithProducts(customerId, expectedSkus);
      if (cart.lines.length === 0) throw new DomainError('CART_EMPTY', 'the cart is empty');
      const lines = linesAtToday(cart.lines, products);
      const repriced = cart.lines.flatMap((l) => {
        const today = lines.find((x) => x.sku === l.sku)!.unitPrice;
        return today.amount === l.unitPrice.amount
          ? []
          : [{ sku: l.sku, name: l.name, was: l.unitPrice, now: today }];
      });
      return { quote: computeQuote(lines, settings, optionId, now), cartVersion: cart.version, repriced };
    }
    if (source.lines.length === 0) throw new DomainError('CART_EMPTY', 'nothing to order');
    const products = await this.deps.catalog.getMany(source.lines.map((l) => l.sku));
    const lines = linesAtToday(source.lines, products);
    return { quote: computeQuote(lines, settings, optionId, now), repriced: [] };
  }

  /**
   * Places the order. The same idempotency key returns the order already placed under it; stock is
   * decremented in the same transaction as the order is written, so it never goes below zero.
   */
  async placeOrder(customerId: string, request: PlaceOrderRequest): Promise<Order> {
    const key = `${customerId}:${request.idempotencyKey}`;
    // The idempotency check and the pricing reads go side by side: a repeated confirmation gets its
    // order back, and a new one does not wait for the check before reading the cart.
    const [already, priced] = await Promise.all([
      this.deps.orders.findByIdempotencyKey(key),
      this.quote(customerId, request.source, request.deliveryOptionId, request.expectedSkus).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ]);
    if (already) return already;
    if (!priced.ok) {
      // The same confirmation may have just been placed by a concurrent request (which emptied the
      // cart or took the stock): that order is the answer, not the error.
      const cartEmpty = priced.error instanceof DomainError && priced.error.code === 'CART_EMPTY';
      const placed = await this.awaitOrder(key, cartEmpty ? 3 : 1);
      if (placed) return placed;
      throw priced.error;
    }
    const { quote, cartVersion } = priced.value;
    if (request.expectedTotal && request.expectedTotal.amount !== quote.total.amount) {
      throw new DomainError('PRICE_CHANGED', 'total changed since read-back', { newTotal: quote.total });
    }
    const orderId = this.deps.ids.orderId();
    const payment = await this.authorize(customerId, orderId, quote.total, key);
    const placedAt = this.deps.clock.now().toISOString();
    const order: Order = {
      orderId,
      customerId,
      placedAt,
      status: 'placed',
      history: [{ status: 'placed', at: placedAt }],
      quote,
      payment: {
        method: payment.method,
        reference: payment.reference,
        status: payment.dueOnDelivery ? 'due_on_delivery' : 'authorized',
      },
      idempotencyKey: key,
      version: 1,
    };
    const expiresAt = Math.floor(Date.parse(placedAt) / 1000) + (this.deps.idempotencySeconds ?? 86_400);
    const result = await this.deps.orders.place({
      order,
      ...(cartVersion !== undefined ? { cartVersion } : {}),
      idempotencyExpiresAt: expiresAt,
    });
    if (result.kind === 'placed') return result.order;
    if (result.kind === 'duplicate') {
      await this.releaseUnlessShared(payment.reference, result.order);
      return result.order;
    }
    // The same confirmation may be mid-commit in another request: its cart clearing can be visible
    // before its idempotency record. Look again before calling the cart changed or the stock gone.
    const winner = await this.awaitOrder(key, result.kind === 'cart_changed' ? 3 : 1);
    await this.releaseUnlessShared(payment.reference, winner);
    if (winner) return winner;
    switch (result.kind) {
      case 'out_of_stock': {
        const product = await this.deps.catalog.get(result.sku);
        const line = quote.lines.find((l) => l.sku === result.sku);
        throw new DomainError('OUT_OF_STOCK', `${result.sku} ran out`, {
          sku: result.sku,
          productName: product?.name ?? line?.name ?? result.sku,
          available: Math.max(0, product?.stock ?? 0),
        });
      }
      case 'cart_changed':
        throw new DomainError('CART_CONFLICT', 'the cart changed while checking out');
    }
  }

  /**
   * Releases an authorization whose order was not placed. A payment adapter answers a repeated
   * idempotency key with the same authorization, so when the order that did get placed carries this
   * very reference, releasing it would void the shopper's real payment: it is kept. Best effort: an
   * authorization the merchant cannot release expires on its side.
   */
  private async releaseUnlessShared(reference: string, placed: Order | undefined): Promise<void> {
    if (placed?.payment.reference === reference) return;
    try {
      await this.deps.payments.release(reference);
    } catch {
      // Nothing was placed with it; the merchant's side lets an unused authorization lapse.
    }
  }

  private async cartWithProducts(customerId: string, expectedSkus?: readonly string[]) {
    if (!expectedSkus || expectedSkus.length === 0) {
      const cart = await this.deps.carts.get(customerId);
      return { cart, products: await this.deps.catalog.getMany(cart.lines.map((l) => l.sku)) };
    }
    const { cart, products } = await this.deps.carts.getWithProducts(customerId, expectedSkus);
    const read = new Set(products.map((p) => p.sku));
    const missing = cart.lines.map((l) => l.sku).filter((sku) => !read.has(sku));
    return {
      cart,
      products: missing.length > 0 ? [...products, ...(await this.deps.catalog.getMany(missing))] : products,
    };
  }

  /** The order under a key, looking `tries` times a few milliseconds apart (a commit may be in flight). */
  private async awaitOrder(key: string, tries: number): Promise<Order | undefined> {
    for (let attempt = 0; attempt < tries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
      const order = await this.deps.orders.findByIdempotencyKey(key);
      if (order) return order;
    }
    return undefined;
  }

  private async authorize(customerId: string, orderId: string, amount: Money, idempotencyKey: string) {
    let result;
    try {
      result = await this.deps.payments.authorize({ orderId, customerId, amount, idempotencyKey });
    } catch {
      throw new DomainError('PAYMENT_UNAVAILABLE', 'the payment service did not answer');
    }
    if (result.status === 'declined') {
      throw new DomainError('PAYMENT_DECLINED', 'payment declined', { reason: result.reason });
    }
    return result;
  }
}
