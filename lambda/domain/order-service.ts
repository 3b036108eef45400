/**
 * Orders after placing: the latest, one by id (always scoped to the customer), cancelling within
 * the window with stock put back, and the merchant's status updates along the state machine.
 */
import { DomainError } from './errors';
import type { Order, OrderStatus } from './model';
import { assertTransition, cancellability, type Cancellability } from './order-status';
import { ConcurrencyConflict, type Clock, type OrderRepository, type PaymentPort } from './ports';
import type { StoreService } from './store-service';

/** Reads and changes a customer's orders. */
export class OrderService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly store: StoreService,
    private readonly clock: Clock,
    private readonly payments?: PaymentPort,
  ) {}

  /** The customer's most recent order, if any. */
  async latest(customerId: string): Promise<Order | undefined> {
    return (await this.orders.recent(customerId, 1))[0];
  }

  /** The customer's recent orders, newest first. */
  async recent(customerId: string, limit: number): Promise<Order[]> {
    return this.orders.recent(customerId, limit);
  }

  /** One of the customer's orders; ORDER_NOT_FOUND for an unknown id or someone else's order. */
  async get(customerId: string, orderId: string): Promise<Order> {
    const order = await this.orders.byId(customerId, orderId);
    if (!order) throw new DomainError('ORDER_NOT_FOUND', 'no such order', { orderId });
    return order;
  }

  /** The order by id, or the latest when no id is given; ORDER_NOT_FOUND when there is none. */
  async find(customerId: string, orderId?: string): Promise<Order> {
    if (orderId) return this.get(customerId, orderId);
    const latest = await this.latest(customerId);
    if (!latest) throw new DomainError('ORDER_NOT_FOUND', 'no orders yet', {});
    return latest;
  }

  /** Whether the order can still be cancelled, and for how many minutes. */
  async cancellability(order: Order): Promise<Cancellability> {
    return cancellability(order, await this.store.settings(), this.clock.now());
  }

  /** Cancels within the window and puts the stock back; refuses with the reason otherwise. */
  async cancel(customerId: string, orderId: string): Promise<Order> {
    return this.withRetry(customerId, orderId, async (order) => {
      const verdict = await this.cancellability(order);
      if (!verdict.ok) {
        throw new DomainError('ORDER_NOT_CANCELLABLE', `cannot cancel: ${verdict.reason}`, {
          orderId,
          reason: verdict.reason,
        });
      }
      const cancelled = await this.orders.transition(order, 'cancelled', this.clock.now().toISOString(), {
        restock: true,
        by: 'shopper',
      });
      await this.releasePayment(cancelled);
      return cancelled;
    });
  }

  /** Moves an order along the state machine (merchant side); cancelling puts stock back. */
  async updateStatus(customerId: string, orderId: string, to: OrderStatus): Promise<Order> {
    return this.withRetry(customerId, orderId, async (order) => {
      if (order.status === to) return order;
      assertTransition(order.status, to);
      const moved = await this.orders.transition(order, to, this.clock.now().toISOString(), {
        restock: to === 'cancelled',
        by: 'store',
      });
      if (to === 'cancelled') await this.releasePayment(moved);
      return moved;
    });
  }

  /**
   * Releases a card authorization of a cancelled order. Best effort: the cancellation stands either
   * way, and the merchant also hears of it through the order's status-change event.
   */
  private async releasePayment(order: Order): Promise<void> {
    if (order.payment.status !== 'authorized' || !this.payments) return;
    try {
      await this.payments.release({
        orderId: order.orderId,
        idempotencyKey: order.idempotencyKey,
        reference: order.payment.reference,
      });
    } catch {
      // The status-change event carries the cancellation to the merchant, who voids the charge.
    }
  }

  private async withRetry(customerId: string, orderId: string, act: (order: Order) => Promise<Order>) {
    for (let attempt = 1; ; attempt++) {
      const order = await this.get(customerId, orderId);
      try {
        return await act(order);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= 4) throw error;
        // The by-id index is eventually consistent: give it a moment to show the winner's version.
        await new Promise((resolve) => setTimeout(resolve, 40 * attempt));
      }
    }
  }
}
