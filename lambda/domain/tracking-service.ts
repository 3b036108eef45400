/**
 * Tracking: where an order is and when it should arrive, as data the conversation phrases.
 */
import { daysBetween, localTime } from './delivery';
import type { DeliveryWindow, Money, Order, OrderStatus } from './model';
import type { Clock } from './ports';
import type { OrderService } from './order-service';
import type { StoreService } from './store-service';

/** An order's whereabouts. */
export interface Tracking {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly placedAt: string;
  /** When the status last changed. */
  readonly since: string;
  readonly deliveryName: string;
  /** Expected arrival date (YYYY-MM-DD, store time zone). */
  readonly expectedDate: string;
  /** The time of day it is expected, when its delivery option has a window. */
  readonly window?: DeliveryWindow;
  /** Days from today (store time zone) to the expected date; negative when it is past. */
  readonly daysUntilExpected: number;
  /** Not delivered and past the expected date. */
  readonly late: boolean;
  readonly itemCount: number;
  readonly total: Money;
}

/** Answers "where's my order". */
export class TrackingService {
  constructor(
    private readonly orders: OrderService,
    private readonly store: StoreService,
    private readonly clock: Clock,
  ) {}

  /** Tracks the given order, or the latest; ORDER_NOT_FOUND when there is none. */
  async track(customerId: string, orderId?: string): Promise<Tracking> {
    const order = await this.orders.find(customerId, orderId);
    return this.describe(order);
  }

  /** The tracking data of an order already loaded. */
  async describe(order: Order): Promise<Tracking> {
    const settings = await this.store.settings();
    const today = localTime(this.clock.now(), settings.timeZone).date;
    const expected = order.quote.delivery.expectedDate;
    const days = daysBetween(today, expected);
    const open = !['delivered', 'cancelled', 'returned'].includes(order.status);
    return {
      orderId: order.orderId,
      status: order.status,
      placedAt: order.placedAt,
      since: order.history.at(-1)?.at ?? order.placedAt,
      deliveryName: order.quote.delivery.name,
      expectedDate: expected,
      ...(order.quote.delivery.window ? { window: order.quote.delivery.window } : {}),
      daysUntilExpected: days,
      late: open && days < 0,
      itemCount: order.quote.lines.reduce((n, l) => n + l.quantity, 0),
      total: order.quote.total,
    };
  }
}
