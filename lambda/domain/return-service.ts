/**
 * Returns and refunds for something wrong with a delivery: whether a line of an order may be
 * returned (delivered, within the store's window), the request sent to the store (one per order
 * line: asking again answers with the request already made), and the shopper's requests, newest
 * first, for "what's happening with my return".
 */
import { DomainError } from './errors';
import type { Order, OrderLine } from './model';
import type { ReturnReason, ReturnRequest, ReturnStatus } from './support-model';
import type { OrderService } from './order-service';
import type { CatalogRepository, Clock, IdGenerator } from './ports';
import { returnability, type Returnability } from './return-rules';
import type { StoreService } from './store-service';

/** Return requests, one per order line, under their customer. */
export interface ReturnRepository {
  /** Records the request unless one exists for the same order line; returns the one kept. */
  create(request: ReturnRequest): Promise<ReturnRequest>;
  /** The customer's requests, newest first. */
  list(customerId: string, limit: number): Promise<ReturnRequest[]>;
  /** Moves a request to a new status (the merchant's answer); false when there is no such request. */
  setStatus(customerId: string, orderId: string, sku: string, status: ReturnStatus): Promise<boolean>;
}

/** What a return request names. */
export interface ReturnAsk {
  readonly orderId: string;
  readonly sku: string;
  readonly reason: ReturnReason;
}

/** Checks and records return requests. */
export class ReturnService {
  constructor(
    private readonly returns: ReturnRepository,
    private readonly orders: OrderService,
    private readonly catalog: CatalogRepository,
    private readonly store: StoreService,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** Whether the line of this order may be returned now, and the line. */
  async check(order: Order, sku: string): Promise<{ line: OrderLine; verdict: Returnability }> {
    const line = order.quote.lines.find((l) => l.sku === sku);
    if (!line) throw new DomainError('PRODUCT_NOT_FOUND', `no line ${sku} in the order`, { sku });
    const [settings, product] = await Promise.all([this.store.settings(), this.catalog.get(sku)]);
    return { line, verdict: returnability(order, product, settings, this.clock.now()) };
  }

  /** Sends the request to the store when the line may be returned; INVALID_INPUT otherwise. */
  async request(customerId: string, ask: ReturnAsk): Promise<ReturnRequest> {
    const order = await this.orders.get(customerId, ask.orderId);
    const { line, verdict } = await this.check(order, ask.sku);
    if (!verdict.ok) {
      throw new DomainError('INVALID_INPUT', `return refused: ${verdict.reason}`, { field: 'return' });
    }
    const quantity = order.quote.lines.filter((l) => l.sku === ask.sku).reduce((n, l) => n + l.quantity, 0);
    return this.returns.create({
      requestId: `R${this.ids.ticketId().replace(/\D/g, '')}`,
      customerId,
      orderId: order.orderId,
      sku: line.sku,
      name: line.name,
      quantity,
      reason: ask.reason,
      lineTotal: { amount: line.unitPrice.amount * quantity, currency: line.unitPrice.currency },
      status: 'requested',
      createdAt: this.clock.now().toISOString(),
    });
  }

  /** The customer's requests, newest first. */
  list(customerId: string, limit = 10): Promise<ReturnRequest[]> {
    return this.returns.list(customerId, limit);
  }

  /** The merchant's answer to a request. */
  async setStatus(customerId: string, orderId: string, sku: string, status: ReturnStatus): Promise<void> {
    const found = await this.returns.setStatus(customerId, orderId, sku, status);
    if (!found) throw new DomainError('ORDER_NOT_FOUND', 'no such return request', { orderId });
  }
}
