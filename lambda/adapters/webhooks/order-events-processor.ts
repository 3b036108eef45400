/**
 * The table's stream consumer: each order event of a batch is put, whole, on the event queue in
 * stream order; nothing is delivered here, so a slow or failing merchant never blocks the stream.
 * When the queue refuses, or a record cannot be read, that record is reported
 * (ReportBatchItemFailures) and Lambda retries the batch from there.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../../domain/ports';
import type { EventQueue, QueuedEvent } from './event-queue';
import { toOrderEvent } from './order-event';

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
          const orderEvent = toOrderEvent(record);
          if (!orderEvent) continue;
          const { id, type } = orderEvent;
          pending.push({
            record,
            event: { id, type, group: orderEvent.order.orderId, body: JSON.stringify(orderEvent) },
          });
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
