/**
 * Adding to a placed order by voice: a preview (the product, the new total, what it adds) to read
 * back, then, after an explicit yes (and the voice code when set), the addition: the difference
 * authorized as its own payment, one transaction with the stock conditions and the order's version,
 * and the authorization released whenever the addition was not written. The same confirmation
 * heard twice adds once.
 */
import { amendability, amendedQuote } from './amend-rules';
import type { AmendOrderResult, OrderAmendRepository } from './amend-port';
import { assertInStock, assertQuantity } from './cart-rules';
import type { CustomerService } from './customer-service';
import { DomainError } from './errors';
import type { Money, Order, OrderLine, Product } from './model';
import { OrderPayment, type Approved } from './order-payment';
import type { OrderService } from './order-service';
import type { CatalogRepository, Clock, PaymentPort } from './ports';
import type { StoreService } from './store-service';

/** What an addition would do, as read back to the shopper. */
export interface AmendPreview {
  readonly order: Order;
  readonly product: Product;
  readonly quantity: number;
  readonly added: readonly OrderLine[];
  readonly newTotal: Money;
  readonly difference: Money;
}

/** A confirmed addition. */
export interface AmendRequest {
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
  /** Chosen at read-back: the same key adds once. */
  readonly idempotencyKey: string;
  /** The new total read back; a different one is refused with PRICE_CHANGED. */
  readonly expectedTotal: Money;
  readonly voiceCode?: string;
}

/** What adding to orders uses. */
export interface AmendDependencies {
  readonly orders: OrderService;
  readonly amendments: OrderAmendRepository;
  readonly catalog: CatalogRepository;
  readonly store: StoreService;
  readonly customers: CustomerService;
  readonly payments: PaymentPort;
  readonly clock: Clock;
}

/** Attempts when the order moves under an addition (a status change wins; a retry then refuses). */
const ATTEMPTS = 3;

/** Previews and makes additions to placed orders. */
export class AmendService {
  private readonly payment: OrderPayment;

  constructor(private readonly deps: AmendDependencies) {
    this.payment = new OrderPayment(deps.payments);
  }

  /** The addition read back: refuses with the reason when the order cannot take it. */
  async preview(customerId: string, orderId: string | undefined, sku: string, quantity: number) {
    const order = await this.deps.orders.find(customerId, orderId);
    return this.priced(order, sku, quantity);
  }

  /** Adds to the order after a yes; see the file comment. */
  async amend(customerId: string, request: AmendRequest): Promise<Order> {
    const key = `${customerId}:${request.idempotencyKey}`;
    const guard = await this.deps.customers.purchaseGuard(customerId, request.voiceCode);
    for (let attempt = 1; ; attempt++) {
      const order = await this.deps.orders.get(customerId, request.orderId);
      if (order.amendments?.some((a) => a.key === key)) return order;
      const preview = await this.priced(order, request.sku, request.quantity);
      if (preview.newTotal.amount !== request.expectedTotal.amount) {
        throw new DomainError('PRICE_CHANGED', 'the new total changed', { newTotal: preview.newTotal });
      }
      const payment = await this.authorize(customerId, key, preview);
      const amended = this.amendedOrder(preview, key, payment);
      const release = { orderId: order.orderId, idempotencyKey: key, reference: payment.reference };
      let result: AmendOrderResult;
      try {
        result = await this.deps.amendments.amend({
          order: amended,
          readVersion: order.version,
          added: new Map([[request.sku, request.quantity]]),
          purchaseGuard: guard,
        });
      } catch (error) {
        await this.payment.releaseUnlessSettled(release, undefined);
        throw error;
      }
      if (result.kind === 'amended') return result.order;
      await this.payment.releaseUnlessSettled(release, undefined);
      if (result.kind === 'order_changed' && attempt < ATTEMPTS) continue;
      throw await this.refusal(customerId, result, preview);
    }
  }

  private async priced(order: Order, sku: string, quantity: number): Promise<AmendPreview> {
    const [settings, product] = await Promise.all([this.deps.store.settings(), this.deps.catalog.get(sku)]);
    const verdict = amendability(order, settings, this.deps.clock.now());
    if (!verdict.ok) {
      throw new DomainError('ORDER_NOT_AMENDABLE', `cannot add: ${verdict.reason}`, {
        orderId: order.orderId,
        reason: verdict.reason,
      });
    }
    if (!product) throw new DomainError('PRODUCT_NOT_FOUND', `no product ${sku}`, { sku });
    assertQuantity(quantity, settings.maxQuantityPerLine);
    assertInStock(product, quantity);
    const line = { sku, name: product.name, quantity, unitPrice: product.price };
    const { quote, added, difference } = amendedQuote(order.quote, [line], settings);
    return { order: { ...order, quote }, product, quantity, added, newTotal: quote.total, difference };
  }

  private authorize(customerId: string, key: string, preview: AmendPreview): Promise<Approved> {
    return this.payment.authorize({
      orderId: preview.order.orderId,
      customerId,
      amount: preview.difference,
      idempotencyKey: key,
    });
  }

  private amendedOrder(preview: AmendPreview, key: string, payment: Approved): Order {
    const { order } = preview;
    const amendment = {
      key,
      at: this.deps.clock.now().toISOString(),
      lines: preview.added,
      difference: preview.difference,
      payment: {
        method: payment.method,
        reference: payment.reference,
        status: payment.dueOnDelivery ? ('due_on_delivery' as const) : ('authorized' as const),
      },
    };
    return { ...order, amendments: [...(order.amendments ?? []), amendment], version: order.version + 1 };
  }

  private async refusal(
    customerId: string,
    result: Exclude<AmendOrderResult, { kind: 'amended' }>,
    preview: AmendPreview,
  ): Promise<DomainError> {
    switch (result.kind) {
      case 'order_changed': {
        // Moved past what can take an addition (packed, shipped) or changed again and again.
        const order = await this.deps.orders.get(customerId, preview.order.orderId);
        const verdict = amendability(order, await this.deps.store.settings(), this.deps.clock.now());
        return new DomainError('ORDER_NOT_AMENDABLE', 'the order moved on', {
          orderId: order.orderId,
          reason: verdict.ok ? 'packed' : verdict.reason,
        });
      }
      case 'out_of_stock': {
        const product = await this.deps.catalog.get(result.sku);
        return new DomainError('OUT_OF_STOCK', `${result.sku} ran out`, {
          sku: result.sku,
          productName: product?.name ?? preview.product.name,
          available: Math.max(0, product?.stock ?? 0),
        });
      }
      case 'purchase_refused':
        return this.deps.customers.purchaseRefusal(customerId);
    }
  }
}
