/**
 * Checkout: delivery choices, a quote for the cart (or for reorder lines) at today's prices, and
 * placing the order (order-placing.ts), and how the shopper pays.
 */
import { expectedDeliveryDate } from './delivery';
import { DomainError } from './errors';
import type { CheckoutQuote, DeliveryChoice, OrderSource, PlaceOrderRequest } from './checkout-types';
import type { Money, Order } from './model';
import type { PaymentWay } from './payment-port';
import { linesAtToday } from './checkout-lines';
import { OrderPlacing, type CheckoutDependencies } from './order-placing';
import { computeQuote, deliveryPrice } from './quote';

export type { CheckoutDependencies } from './order-placing';

/** Quotes and places orders. */
export class CheckoutService {
  private readonly placing: OrderPlacing;

  constructor(private readonly deps: CheckoutDependencies) {
    this.placing = new OrderPlacing(deps, (customerId, request) =>
      this.quote(customerId, request.source, request.deliveryOptionId, request.expectedSkus),
    );
  }

  /** How the shopper pays, when the payment adapter says. */
  paymentWay(): PaymentWay | undefined {
    return this.deps.payments.way;
  }

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
   * Places the order: idempotent on the confirmation's key, past the voice code and from the cart read
   * back, in one transaction that never oversells (see OrderPlacing).
   */
  placeOrder(customerId: string, request: PlaceOrderRequest): Promise<Order> {
    return this.placing.place(customerId, request);
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
}
