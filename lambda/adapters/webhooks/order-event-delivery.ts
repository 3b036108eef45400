/**
 * Delivers queued order events to the merchant's webhook, in queue order. A delivery that fails
 * (after the webhook client's few quick tries) is postponed on the queue by a backoff that grows
 * with each receive, and it and every event after it in the batch are reported failed, so no event
 * of an order overtakes an earlier one. After the queue's last receive the event goes, whole, to
 * the dead-letter queue, from where it can be redriven.
 */
import type { Logger } from '../../domain/ports';
import { retryDelaySeconds, type Backoff, type EventPostponer, type ReceivedEvent } from './event-queue';
import type { WebhookSender } from './webhook-client';

/** What the delivery uses. */
export interface OrderEventDeliveryOptions {
  /** Unset when no merchant webhook is configured: events are then acknowledged unsent. */
  readonly webhook?: WebhookSender;
  readonly postponer: EventPostponer;
  readonly logger: Logger;
  readonly backoff?: Backoff;
  /** Time left of the invocation (Lambda's context); no delivery starts with less than `reserveMs`. */
  readonly remainingMs?: () => number;
  readonly reserveMs?: number;
}

/** The events delivered and the ones to try again (this one failed, or came after one that did). */
export interface DeliveryOutcome {
  readonly delivered: readonly ReceivedEvent[];
  readonly failed: readonly ReceivedEvent[];
  /** The failed event that was postponed by the backoff (the others may be tried again at once). */
  readonly postponed?: ReceivedEvent;
}

/** Delivers a batch in order; see the file comment. */
export async function deliverOrderEvents(
  events: readonly ReceivedEvent[],
  options: OrderEventDeliveryOptions,
): Promise<DeliveryOutcome> {
  const { webhook, logger } = options;
  const delivered: ReceivedEvent[] = [];
  for (const [index, event] of events.entries()) {
    const about = { eventId: event.id, orderId: event.group, type: event.type, receives: event.receiveCount };
    if (!webhook) {
      logger.warn('order_event.no_webhook', about);
      delivered.push(event);
      continue;
    }
    if (options.remainingMs && options.remainingMs() < (options.reserveMs ?? 20_000)) {
      logger.warn('order_event.out_of_time', about);
      return { delivered, failed: events.slice(index) };
    }
    const result = await webhook
      .send({ id: event.id, type: event.type, body: event.body })
      .catch(() => undefined);
    if (result?.ok) {
      logger.info('order_event.delivered', {
        ...about,
        attempts: result.attempts,
        httpStatus: result.httpStatus,
      });
      delivered.push(event);
      continue;
    }
    const seconds = retryDelaySeconds(event.receiveCount, options.backoff);
    logger.error('order_event.undelivered', {
      ...about,
      ...(result ?? { reason: 'failed' }),
      retryInSeconds: seconds,
    });
    const postponed = await options.postponer.postpone(event, seconds).then(
      () => true,
      (error: unknown) => (logger.warn('order_event.not_postponed', { ...about, error }), false),
    );
    return { delivered, failed: events.slice(index), ...(postponed ? { postponed: event } : {}) };
  }
  return { delivered, failed: [] };
}
