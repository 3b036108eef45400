/**
 * The Proactive Events API's request bodies: `AMAZON.OrderStatus.Updated` (the store's order
 * statuses mapped to the schema's; the schema has no cancellation) and `AMAZON.MessageAlert.Activated`
 * (a message from the store, for a cancellation), unicast to one Alexa user, expiring within 24
 * hours, with the seller's name per locale. Gift-safe: the seller and the status, never an item.
 */
import type { OrderStatus } from '../../domain/model';

/** The schema's order statuses. */
export type ProactiveOrderStatus =
  | 'PREORDER_RECEIVED'
  | 'ORDER_RECEIVED'
  | 'ORDER_PREPARING'
  | 'ORDER_SHIPPED'
  | 'ORDER_OUT_FOR_DELIVERY'
  | 'ORDER_DELIVERED';

/**
 * The schema's status for a store status, or undefined when there is none to send: `placed` is
 * told in the conversation that placed it; `returned` and `cancelled` have no such status (a store
 * cancellation goes as a message). The store takes no preorders, so PREORDER_RECEIVED is unused.
 */
export function proactiveStatusOf(status: OrderStatus): ProactiveOrderStatus | undefined {
  switch (status) {
    case 'confirmed':
      return 'ORDER_RECEIVED';
    case 'packed':
      return 'ORDER_PREPARING';
    case 'shipped':
      return 'ORDER_SHIPPED';
    case 'out_for_delivery':
      return 'ORDER_OUT_FOR_DELIVERY';
    case 'delivered':
      return 'ORDER_DELIVERED';
    case 'placed':
    case 'cancelled':
    case 'returned':
      return undefined;
  }
}

/** What every event carries. */
export interface EventEnvelope {
  readonly referenceId: string;
  readonly userId: string;
  /** Locales the event is localized for, each with the seller's name. */
  readonly locales: readonly string[];
  readonly sellerName: string;
  readonly now: Date;
}

/** Events live 23 hours: the API takes at most 24. */
const LIFETIME_MS = 23 * 3600 * 1000;

function envelope(e: EventEnvelope, name: string, payload: Record<string, unknown>, attribute: string) {
  return {
    timestamp: e.now.toISOString(),
    referenceId: e.referenceId,
    expiryTime: new Date(e.now.getTime() + LIFETIME_MS).toISOString(),
    event: { name, payload },
    localizedAttributes: e.locales.map((locale) => ({ locale, [attribute]: e.sellerName })),
    relevantAudience: { type: 'Unicast', payload: { user: e.userId } },
  };
}

/** An order's new status, with its expected arrival when it is still on the way. */
export function orderStatusEvent(
  e: EventEnvelope,
  status: ProactiveOrderStatus,
  expectedArrival?: string,
): Record<string, unknown> {
  const state = {
    status,
    ...(expectedArrival && status !== 'ORDER_DELIVERED' ? { deliveryDetails: { expectedArrival } } : {}),
  };
  const payload = { state, order: { seller: { name: 'localizedattribute:sellerName' } } };
  return envelope(e, 'AMAZON.OrderStatus.Updated', payload, 'sellerName');
}

/** A message from the store (a cancellation), told in full on the next launch. */
export function storeMessageEvent(e: EventEnvelope): Record<string, unknown> {
  const payload = {
    state: { status: 'UNREAD', freshness: 'NEW' },
    messageGroup: { creator: { name: 'localizedattribute:creatorName' }, count: 1, urgency: 'URGENT' },
  };
  return envelope(e, 'AMAZON.MessageAlert.Activated', payload, 'creatorName');
}
