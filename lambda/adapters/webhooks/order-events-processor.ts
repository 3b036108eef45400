/**
 * Processes one batch of the table's stream: each order event is delivered to the merchant
 * webhook in stream order. At the first record that cannot be delivered it stops and reports that
 * record (ReportBatchItemFailures): Lambda retries from there, so events of one order never
 * overtake each other, and the idempotency key lets the receiver ignore what it already has.
 */
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../../domain/ports';
import { toOrderEvent } from './order-event';
import type { WebhookSender } from './webhook-client';

/** What the processor uses. */
export interface OrderEventsProcessorOptions {
  /** Unset when no merchant webhook is configured: order events are then acknowledged unsent. */
  readonly webhook?: WebhookSender;
  readonly logger: Logger;
  /** No new delivery starts with less than this left of the invocation (worst case of one delivery). */
  readonly reserveMs?: number;
}

/** The batch handler. */
export interface OrderEventsProcessor {
  handle(
    event: DynamoDBStreamEvent,
    context?: Pick<Context, 'getRemainingTimeInMillis'>,
  ): Promise<DynamoDBBatchResponse>;
}

function failure(record: DynamoDBRecord): DynamoDBBatchResponse {
  return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
}

/** Creates the processor. */
export function createOrderEventsProcessor(options: OrderEventsProcessorOptions): OrderEventsProcessor {
  const { logger, webhook } = options;
  const reserveMs = options.reserveMs ?? 20_000;
  return {
    async handle(event, context) {
      let delivered = 0;
      let ignored = 0;
      for (const record of event.Records) {
        const fields = { eventId: record.eventID, sequence: record.dynamodb?.SequenceNumber };
        let orderEvent;
        try {
          orderEvent = toOrderEvent(record);
        } catch (error) {
          logger.error('order_event.unreadable', { ...fields, error });
          return failure(record);
        }
        if (!orderEvent) {
          ignored += 1;
          continue;
        }
        const about = { ...fields, orderId: orderEvent.order.orderId, type: orderEvent.type };
        if (!webhook) {
          logger.warn('order_event.no_webhook', about);
          continue;
        }
        if (context && context.getRemainingTimeInMillis() < reserveMs) {
          logger.warn('order_event.out_of_time', about);
          return failure(record);
        }
        try {
          const result = await webhook.send({
            id: orderEvent.id,
            type: orderEvent.type,
            body: JSON.stringify(orderEvent),
          });
          if (!result.ok) {
            logger.error('order_event.undelivered', { ...about, ...result });
            return failure(record);
          }
          delivered += 1;
          logger.info('order_event.delivered', {
            ...about,
            attempts: result.attempts,
            httpStatus: result.httpStatus,
          });
        } catch (error) {
          logger.error('order_event.failed', { ...about, error });
          return failure(record);
        }
      }
      logger.info('order_events.batch', { records: event.Records.length, delivered, ignored });
      return { batchItemFailures: [] };
    },
  };
}
