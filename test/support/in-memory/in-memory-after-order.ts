/**
 * The after-order ports in memory, for conversation tests only: additions to the orders of an
 * InMemoryOrders (all or nothing, stock never below zero, only at the version read and before
 * packing, past the purchase guard) and return requests, one per order line.
 */
import type {
  AmendOrderCommand,
  AmendOrderResult,
  OrderAmendRepository,
} from '../../../lambda/domain/amend-port';
import type { ReturnRequest, ReturnStatus } from '../../../lambda/domain/support-model';
import type { ReturnRepository } from '../../../lambda/domain/return-service';
import type { InMemoryCatalog } from './in-memory-catalog';
import type { InMemoryCustomers } from './in-memory-customers';
import type { InMemoryOrders } from './in-memory-orders';
import { copy, type IoCounter } from './io-counter';

/** Additions written to the orders of an InMemoryOrders. */
export class InMemoryAmendments implements OrderAmendRepository {
  constructor(
    private readonly io: IoCounter,
    private readonly orders: InMemoryOrders,
    private readonly catalog: InMemoryCatalog,
    private readonly customers: InMemoryCustomers,
  ) {}

  amend(command: AmendOrderCommand): Promise<AmendOrderResult> {
    this.io.write();
    const { order } = command;
    const stored = this.orders.all().find((o) => o.orderId === order.orderId);
    const open = stored?.status === 'placed' || stored?.status === 'confirmed';
    if (!stored || !open || stored.version !== command.readVersion) {
      return Promise.resolve({ kind: 'order_changed' });
    }
    for (const [sku, quantity] of command.added) {
      const product = this.catalog.peek(sku);
      if (!product || product.stock < quantity) return Promise.resolve({ kind: 'out_of_stock', sku });
    }
    if (!this.customers.guardHolds(order.customerId, command.purchaseGuard)) {
      return Promise.resolve({ kind: 'purchase_refused' });
    }
    for (const [sku, quantity] of command.added) this.catalog.adjust(sku, (stock) => stock - quantity);
    this.orders.seed(order);
    return Promise.resolve({ kind: 'amended', order: copy(order) });
  }
}

/** Return requests in a Map keyed by customer, order and sku. */
export class InMemoryReturns implements ReturnRepository {
  private readonly requests = new Map<string, ReturnRequest>();

  constructor(private readonly io: IoCounter) {}

  create(request: ReturnRequest): Promise<ReturnRequest> {
    this.io.write();
    const key = `${request.customerId}|${request.orderId}|${request.sku}`;
    const kept = this.requests.get(key) ?? request;
    this.requests.set(key, kept);
    return Promise.resolve(copy(kept));
  }

  list(customerId: string, limit: number): Promise<ReturnRequest[]> {
    this.io.read();
    const mine = [...this.requests.values()]
      .filter((r) => r.customerId === customerId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return Promise.resolve(copy(mine.slice(0, limit)));
  }

  setStatus(customerId: string, orderId: string, sku: string, status: ReturnStatus): Promise<boolean> {
    this.io.write();
    const key = `${customerId}|${orderId}|${sku}`;
    const found = this.requests.get(key);
    if (found) this.requests.set(key, { ...found, status });
    return Promise.resolve(found !== undefined);
  }
}
