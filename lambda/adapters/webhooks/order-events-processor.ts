/**
 * The table's stream consumer: each event of a batch (an order's, a return request's, a handoff
 * request's) is put, whole, on the event queue in
 * stream order; nothing is delivered here, so a slow or failing merchant never blocks the stream.
 * When the queue refuses, or a record cannot be read, that record is reported
 * (ReportBatchItemFailures) and Lambda retries the batch from there.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../../domain/ports';
import type { EventQueue, QueuedEvent } from './event-queue';
import { toOrderEvent } from './order-event';
import { supportEventGroup, toSupportEvent } from './support-event';

/** The queued form of the event a record carries (an order's, a return's or a handoff's), if any. */
function queuedEventOf(record: DynamoDBRecord): QueuedEvent | undefined {
  const orderEvent = toOrderEvent(record);
  if (orderEvent) {
    const { id, type } = orderEvent;
    return { id, type, group: orderEvent.order.orderId, body: JSON.stringify(orderEvent) };
  }
  const support = toSupportEvent(record);
  if (!support) return undefined;
  return {
    id: support.id,
    type: support.type,
    group: supportEventGroup(support),
    body: JSON.stringify(support),
  };
}

/** What the consumer uses. */
export interface OrderEventsProcessorOptions {
  /** Unset when no merchant webhook is configured: order events are then acknowledged unsent. */
  readonly queue?: EventQueue;
  readonly logger: Logger;
}

/** The stream batch handler. */
export interface OrderEventsProcessor {
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse>;
}

function failure(record: DynamoDBRecord): DynamoDBBatchResponse {
  return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
}

/** Creates the consumer. */
export function createOrderEventsProcessor(options: OrderEventsProcessorOptions): OrderEventsProcessor {
  const { logger, queue } = options;
  return {
    async handle(event) {
      const pending: { record: DynamoDBRecord; event: QueuedEvent }[] = [];
      let unreadable: DynamoDBRecord | undefined;
      for (const record of event.Records) {
        try {
          const event = queuedEventOf(record);
          if (event) pending.push({ record, event });
        } catch (error) {
          logger.error('order_event.unreadable', { eventId: record.eventID, error });
          unreadable = record;
          break;
        }
      }
      if (pending.length > 0 && !queue) logger.warn('order_event.no_webhook', { events: pending.length });
      if (pending.length > 0 && queue) {
        try {
          await queue.enqueue(pending.map((p) => p.event));
        } catch (error) {
          logger.error('order_event.not_enqueued', { events: pending.length, error });
          return failure(pending[0]!.record);
        }
      }
      logger.info('order_events.enqueued', { records: event.Records.length, enqueued: pending.length });
      return unreadable ? failure(unreadable) : { batchItemFailures: [] };
    },
  };
}
