/**
 * Delivers queued order notifications: a store's cancellation is kept as a notice for the next
 * launch (whatever the shopper's consent); then, to a shopper who granted order updates, the event
 * goes to the Proactive Events API. A refusal (403: the shopper turned notifications off, so the
 * consent is marked revoked; any other 4xx) is logged and acknowledged, never retried; a failure
 * (5xx, 429, network) is reported so the queue tries again later, a bounded number of times.
 */
import type { Logger } from '../../domain/ports';
import type { ShopperContactRepository } from '../../domain/shopper-contact';
import type { DeliveryResult, WebhookDelivery } from '../webhooks/webhook-client';
import type { OrderNotification } from './notification-event';
import {
  orderStatusEvent,
  proactiveStatusOf,
  storeMessageEvent,
  type EventEnvelope,
} from './proactive-event';
import type { ProactiveEventsSender } from './proactive-events-client';

/** What the notifier uses. */
export interface OrderNotifierOptions {
  readonly contacts: ShopperContactRepository;
  readonly events: ProactiveEventsSender;
  /** The seller's name, as notifications say it. */
  readonly sellerName: () => Promise<string>;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** Delivers one queued notification; the result reads like a webhook delivery's. */
export type OrderNotifier = (delivery: WebhookDelivery) => Promise<DeliveryResult>;

const handled = (httpStatus = 200): DeliveryResult => ({ ok: true, attempts: 1, httpStatus });

/** The notifier. */
export function createOrderNotifier(options: OrderNotifierOptions): OrderNotifier {
  const { contacts, logger } = options;
  return async (delivery) => {
    const n = JSON.parse(delivery.body) as OrderNotification;
    const about = { eventId: delivery.id, orderId: n.orderId, status: n.status };
    if (n.byStore) {
      await contacts.addNotice(n.customerId, {
        kind: 'order_cancelled',
        orderId: n.orderId,
        at: n.occurredAt,
      });
    }
    const contact = await contacts.get(n.customerId);
    if (!contact?.alexaUserId || contact.notifications !== 'granted') {
      logger.info('notification.not_subscribed', about);
      return handled();
    }
    const envelope: EventEnvelope = {
      referenceId: `${n.orderId}-${n.status}`,
      userId: contact.alexaUserId,
      locales: [...new Set([contact.locale ?? 'en-US', 'en-US'])],
      sellerName: await options.sellerName(),
      now: options.now(),
    };
    const status = proactiveStatusOf(n.status);
    const event = status
      ? orderStatusEvent(envelope, status, `${n.expectedDate}T23:59:00.000Z`)
      : storeMessageEvent(envelope);
    const outcome = await options.events.send(event);
    if (outcome.kind === 'sent') {
      logger.info('notification.sent', { ...about, httpStatus: outcome.httpStatus });
      return handled(outcome.httpStatus);
    }
    if (outcome.kind === 'revoked') {
      logger.warn('notification.revoked', { ...about, httpStatus: 403 });
      await contacts.setConsent(n.customerId, 'notifications', 'revoked', {});
      return handled(403);
    }
    if (outcome.kind === 'refused') {
      logger.warn('notification.refused', { ...about, httpStatus: outcome.httpStatus });
      return handled(outcome.httpStatus);
    }
    logger.warn('notification.failed', { ...about, reason: outcome.reason, httpStatus: outcome.httpStatus });
    return {
      ok: false,
      attempts: 1,
      reason: 'server_error',
      ...(outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {}),
    };
  };
}
