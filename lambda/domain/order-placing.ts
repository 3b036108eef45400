/**
 * Placing an order: idempotent on the confirmation's key, past the voice code (proved here when the
 * customer set one) and from the cart read back (when its version is given), paid through the
 * PaymentPort, and written in one transaction that checks all of it again and never oversells. A
 * declined payment leaves the cart as it was; an authorization that placed nothing is released.
 */
import type { CheckoutQuote, PlaceOrderRequest } from './checkout-types';
import type { CustomerService } from './customer-service';
import { DomainError } from './errors';
import type { Order } from './model';
import { newOrder } from './order-draft';
import type {
  CartRepository,
  CatalogRepository,
  Clock,
  IdGenerator,
  OrderRepository,
  PaymentPort,
  PlaceOrderCommand,
  PlaceOrderResult,
} from './ports';
import { OrderPayment } from './order-payment';
import type { PurchaseGuard } from './purchase-guard';
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
  /** Proves the voice code (or that none is set) for each order. */
  readonly customers: CustomerService;
  /** How long a confirmation's key is remembered (default one day). */
  readonly idempotencySeconds?: number;
}

/** Prices what a request orders, at today's prices (checkout's quote). */
export type PriceRequest = (customerId: string, request: PlaceOrderRequest) => Promise<CheckoutQuote>;

/** Places confirmed orders. */
export class OrderPlacing {
  private readonly payment: OrderPayment;

  constructor(
    private readonly deps: CheckoutDependencies,
    private readonly price: PriceRequest,
  ) {
    this.payment = new OrderPayment(deps.payments);
  }

  /**
   * Places the order. The same idempotency key returns the order already placed under it; stock is
   * decremented in the same transaction as the order is written, so it never goes below zero. The
   * voice code (when the customer set one) and the cart read back (when its version is given) are
   * proved here and checked again by the transaction, whoever the caller is.
   */
  async place(customerId: string, request: PlaceOrderRequest): Promise<Order> {
    const key = `${customerId}:${request.idempotencyKey}`;
    // The idempotency check, the pricing reads and the voice code go side by side: a repeated
    // confirmation gets its order back, and a new one waits for none of them in turn.
    const [already, priced, guard] = await Promise.all([
      this.deps.orders.findByIdempotencyKey(key),
      settle(this.price(customerId, request)),
      settle(this.deps.customers.purchaseGuard(customerId, request.voiceCode)),
    ]);
    if (already) return already;
    if (!guard.ok) throw guard.error;
    if (!priced.ok) {
      // The same confirmation may have just been placed by a concurrent request (which emptied the
      // cart or took the stock): that order is the answer, not the error.
      const cartEmpty = priced.error instanceof DomainError && priced.error.code === 'CART_EMPTY';
      return this.placedElseThrow(key, cartEmpty ? 3 : 1, priced.error);
    }
    const { quote, cartVersion } = priced.value;
    if (request.expectedCartVersion !== undefined && cartVersion !== request.expectedCartVersion) {
      // Not the cart the shopper heard, unless a concurrent request already ordered it.
      return this.placedElseThrow(
        key,
        3,
        new DomainError('CART_CHANGED', 'the cart changed since read-back'),
      );
    }
    if (request.expectedTotal && request.expectedTotal.amount !== quote.total.amount) {
      throw new DomainError('PRICE_CHANGED', 'total changed since read-back', { newTotal: quote.total });
    }
    return this.payAndPlace({ customerId, key, request, priced: priced.value, guard: guard.value });
  }

  /**
   * Authorizes payment and writes the order in one transaction; explains a refusal. The order id
   * comes from the key, so a retried confirmation is the same order to the payment service; and the
   * authorization is released unless the order settled, whatever failed.
   */
  private async payAndPlace(placing: Placing): Promise<Order> {
    const { customerId, key, priced } = placing;
    const orderId = this.deps.ids.orderId(key);
    const amount = priced.quote.total;
    const payment = await this.payment.authorize({ orderId, customerId, amount, idempotencyKey: key });
    const release = { orderId, idempotencyKey: key, reference: payment.reference };
    const order = newOrder(customerId, orderId, key, priced.quote, payment, this.deps.clock.now());
    let result: PlaceOrderResult;
    try {
      result = await this.deps.orders.place(this.command(placing, order));
    } catch (error) {
      // The commit may have happened though its answer was lost: the idempotency record tells.
      const settled = await this.awaitOrder(key, 1).catch(() => undefined);
      await this.payment.releaseUnlessSettled(release, settled);
      if (settled) return settled;
      throw error;
    }
    if (result.kind === 'placed') return result.order;
    if (result.kind === 'duplicate') {
      await this.payment.releaseUnlessSettled(release, result.order);
      return result.order;
    }
    // The same confirmation may be mid-commit in another request: its cart clearing can be visible
    // before its idempotency record. Look again before calling the cart changed or the stock gone.
    const winner = await this.awaitOrder(key, result.kind === 'cart_changed' ? 3 : 1);
    await this.payment.releaseUnlessSettled(release, winner);
    if (winner) return winner;
    throw await this.refusal(placing, result);
  }

  /** What the order transaction writes and checks. */
  private command(placing: Placing, order: Order): PlaceOrderCommand {
    const { priced } = placing;
    return {
      order,
      ...(priced.cartVersion !== undefined ? { cartVersion: priced.cartVersion } : {}),
      idempotencyExpiresAt:
        Math.floor(Date.parse(order.placedAt) / 1000) + (this.deps.idempotencySeconds ?? 86_400),
      purchaseGuard: placing.guard,
    };
  }

  /** The domain error for a placing transaction that was refused. */
  private async refusal(
    placing: Placing,
    result: Exclude<PlaceOrderResult, { kind: 'placed' | 'duplicate' }>,
  ): Promise<DomainError> {
    switch (result.kind) {
      case 'out_of_stock': {
        const product = await this.deps.catalog.get(result.sku);
        const line = placing.priced.quote.lines.find((l) => l.sku === result.sku);
        return new DomainError('OUT_OF_STOCK', `${result.sku} ran out`, {
          sku: result.sku,
          productName: product?.name ?? line?.name ?? result.sku,
          available: Math.max(0, product?.stock ?? 0),
        });
      }
      case 'cart_changed':
        return placing.request.expectedCartVersion === undefined
          ? new DomainError('CART_CONFLICT', 'the cart changed while checking out')
          : new DomainError('CART_CHANGED', 'the cart changed since read-back');
      case 'purchase_refused':
        return this.deps.customers.purchaseRefusal(placing.customerId);
    }
  }

  /** The order a concurrent request placed under the same key, or else the error. */
  private async placedElseThrow(key: string, tries: number, error: unknown): Promise<Order> {
    const placed = await this.awaitOrder(key, tries);
    if (placed) return placed;
    throw error;
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
}

/** One order being placed: who, under which key, what was priced, and the guard it was proved on. */
interface Placing {
  readonly customerId: string;
  readonly key: string;
  readonly request: PlaceOrderRequest;
  readonly priced: CheckoutQuote;
  readonly guard: PurchaseGuard;
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** A promise's outcome as a value, so side-by-side work can be judged in a chosen order. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
