/**
 * The table's stream consumer: each order event of a batch is put, whole, on the event queue in
 * stream order, with the order notification it calls for (when notifications are on); nothing is
 * delivered here, so a slow or failing merchant never blocks the stream. A cart's record moves its
 * idle check (when idle carts are watched). When the queue or the scheduler refuses, or a record
 * cannot be read, that record is reported (ReportBatchItemFailures) and Lambda retries the batch
 * from there; what was already enqueued again is deduplicated by its id.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { IdleCheckScheduler } from '../../domain/idle-cart-port';
import type { Logger } from '../../domain/ports';
import { toNotificationEvent } from '../notifications/notification-event';
import { cartSchedulingOf, type CartScheduling } from './cart-abandoned';
import type { EventQueue, QueuedEvent } from './event-queue';
import { toOrderEvent } from './order-event';

/** What the consumer uses. */
export interface OrderEventsProcessorOptions {
  /** Unset when nothing is delivered from the queue: order events are then acknowledged unsent. */
  readonly queue?: EventQueue;
  readonly logger: Logger;
  /** Put order notifications on the queue too (Alexa's order updates are configured). */
  readonly notifications?: boolean;
  /** Move each cart's idle check on every change of the cart. */
  readonly idleCarts?: { readonly scheduler: IdleCheckScheduler; readonly idleMinutes: number };
}

/** The stream batch handler. */
export interface OrderEventsProcessor {
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse>;
}

function failure(record: DynamoDBRecord): DynamoDBBatchResponse {
  return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
}

interface Reading {
  readonly pending: { record: DynamoDBRecord; event: QueuedEvent }[];
  readonly carts: { record: DynamoDBRecord; scheduling: CartScheduling }[];
  readonly unreadable?: DynamoDBRecord;
}

function readBatch(event: DynamoDBStreamEvent, options: OrderEventsProcessorOptions): Reading {
  const pending: Reading['pending'] = [];
  const carts: Reading['carts'] = [];
  for (const record of event.Records) {
    try {
      const orderEvent = toOrderEvent(record);
      if (orderEvent) {
        const { id, type } = orderEvent;
        const body = JSON.stringify(orderEvent);
        pending.push({ record, event: { id, type, group: orderEvent.order.orderId, body } });
      }
      const notification = options.notifications ? toNotificationEvent(record) : undefined;
      if (notification) pending.push({ record, event: notification });
      const scheduling = options.idleCarts && cartSchedulingOf(record, options.idleCarts.idleMinutes);
      if (scheduling) carts.push({ record, scheduling });
    } catch (error) {
      options.logger.error('order_event.unreadable', { eventId: record.eventID, error });
      return { pending, carts, unreadable: record };
    }
  }
  return { pending, carts };
}

/** Creates the consumer. */
export function createOrderEventsProcessor(options: OrderEventsProcessorOptions): OrderEventsProcessor {
  const { logger, queue } = options;
  return {
    async handle(event) {
      const { pending, carts, unreadable } = readBatch(event, options);
      if (pending.length > 0 && !queue) logger.warn('order_event.no_webhook', { events: pending.length });
      if (pending.length > 0 && queue) {
        try {
          await queue.enqueue(pending.map((p) => p.event));
        } catch (error) {
          logger.error('order_event.not_enqueued', { events: pending.length, error });
          return failure(pending[0]!.record);
        }
      }
      for (const { record, scheduling } of carts) {
        try {
          const scheduler = options.idleCarts!.scheduler;
          await (scheduling.kind === 'schedule'
            ? scheduler.schedule(scheduling.check)
            : scheduler.cancel(scheduling.customerId));
        } catch (error) {
          logger.error('cart_idle_check.not_scheduled', { eventId: record.eventID, error });
          return failure(record);
        }
      }
      logger.info('order_events.enqueued', { records: event.Records.length, enqueued: pending.length });
      return unreadable ? failure(unreadable) : { batchItemFailures: [] };
    },
  };
}
