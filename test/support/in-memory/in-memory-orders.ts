/**
 * OrderRepository in memory, for conversation tests only. Placing behaves like the DynamoDB
 * transaction: all or nothing, stock never below zero, the cart cleared only at the version priced,
 * only past the purchase guard, and one order per idempotency key.
 */
import type { Order, OrderStatus } from '../../../lambda/domain/model';
import {
  ConcurrencyConflict,
  type OrderRepository,
  type PlaceOrderCommand,
  type PlaceOrderResult,
} from '../../../lambda/domain/ports';
import type { InMemoryCarts } from './in-memory-carts';
import type { InMemoryCatalog } from './in-memory-catalog';
import type { InMemoryCustomers } from './in-memory-customers';
import { copy, type IoCounter } from './io-counter';

/** Orders in a Map, with idempotency records. */
export class InMemoryOrders implements OrderRepository {
  private readonly orders = new Map<string, Order>();
  private readonly keys = new Map<string, { orderId: string; expiresAt: number }>();

  constructor(
    private readonly io: IoCounter,
    private readonly catalog: InMemoryCatalog,
    private readonly carts: InMemoryCarts,
    private readonly customers: InMemoryCustomers,
    private readonly now: () => Date,
  ) {}

  place(command: PlaceOrderCommand): Promise<PlaceOrderResult> {
    this.io.write();
    const { order } = command;
    const existing = this.liveKey(order.idempotencyKey);
    if (existing) return Promise.resolve({ kind: 'duplicate', order: copy(this.orders.get(existing)!) });
    for (const line of order.quote.lines) {
      const product = this.catalog.peek(line.sku);
      if (!product || product.stock < line.quantity)
        return Promise.resolve({ kind: 'out_of_stock', sku: line.sku });
    }
    if (!this.customers.guardHolds(order.customerId, command.purchaseGuard)) {
      return Promise.resolve({ kind: 'purchase_refused' });
    }
    if (
      command.cartVersion !== undefined &&
      this.carts.peek(order.customerId).version !== command.cartVersion
    ) {
      return Promise.resolve({ kind: 'cart_changed' });
    }
    for (const line of order.quote.lines) this.catalog.adjust(line.sku, (stock) => stock - line.quantity);
    if (command.cartVersion !== undefined) this.carts.clearInTransaction(order.customerId, order.placedAt);
    this.orders.set(order.orderId, copy(order));
    this.keys.set(order.idempotencyKey, { orderId: order.orderId, expiresAt: command.idempotencyExpiresAt });
    return Promise.resolve({ kind: 'placed', order: copy(order) });
  }

  findByIdempotencyKey(key: string): Promise<Order | undefined> {
    this.io.read();
    const orderId = this.liveKey(key);
    return Promise.resolve(orderId ? copy(this.orders.get(orderId)) : undefined);
  }

  recent(customerId: string, limit: number): Promise<Order[]> {
    this.io.read();
    const mine = [...this.orders.values()]
      .filter((o) => o.customerId === customerId)
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt) || b.orderId.localeCompare(a.orderId));
    return Promise.resolve(copy(mine.slice(0, limit)));
  }

  byId(customerId: string, orderId: string): Promise<Order | undefined> {
    this.io.read();
    const order = this.orders.get(orderId);
    return Promise.resolve(order && order.customerId === customerId ? copy(order) : undefined);
  }

  transition(
    order: Order,
    to: OrderStatus,
    at: string,
    options: { restock: boolean; by?: 'shopper' | 'store' },
  ): Promise<Order> {
    this.io.write();
    const stored = this.orders.get(order.orderId);
    if (!stored || stored.version !== order.version)
      return Promise.reject(new ConcurrencyConflict(`order ${order.orderId}`));
    const next: Order = {
      ...stored,
      status: to,
      history: [...stored.history, { status: to, at, ...(options.by ? { by: options.by } : {}) }],
      version: stored.version + 1,
    };
    if (options.restock)
      for (const line of stored.quote.lines) this.catalog.adjust(line.sku, (stock) => stock + line.quantity);
    this.orders.set(order.orderId, next);
    return Promise.resolve(copy(next));
  }

  /** Every stored order (test assertions), without counting a read. */
  all(): Order[] {
    return copy([...this.orders.values()]);
  }

  /** Stores an order as if placed earlier (test setup), without counting a write. */
  seed(order: Order): void {
    this.orders.set(order.orderId, copy(order));
  }

  private liveKey(key: string): string | undefined {
    const record = this.keys.get(key);
    return record && record.expiresAt * 1000 > this.now().getTime() ? record.orderId : undefined;
  }
}
