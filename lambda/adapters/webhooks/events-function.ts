/**
 * The `events` function: one entry for both of its sources. A batch from the table's stream is put
 * on the event queue (the stream consumer only enqueues); a batch from the queue is delivered to
 * the merchant's webhook, failures postponed with backoff (order-event-delivery.ts).
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import type { Config } from '../../config';
import type { Logger } from '../../domain/ports';
import { deliverOrderEvents } from './order-event-delivery';
import { createOrderEventsProcessor } from './order-events-processor';
import { receivedFromSqs, SqsEventQueue } from './sqs-event-queue';
import { createWebhookClient } from './webhook-client';
import { createSecretSource } from './webhook-secret';

/** What the function is invoked with. */
export type EventsInput = DynamoDBStreamEvent | SQSEvent;

function fromQueue(event: EventsInput): event is SQSEvent {
  return event.Records[0]?.eventSource === 'aws:sqs';
}

/** Builds the function's handler from config; throws at cold start when a webhook has no queue. */
export function buildEventsFunction(
  config: Config,
  logger: Logger,
): (
  event: EventsInput,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
) => Promise<DynamoDBBatchResponse | SQSBatchResponse> {
  const target = config.merchantWebhook;
  if (target && !config.orderEventsQueueUrl) {
    throw new Error(
      'MERCHANT_WEBHOOK_URL needs ORDER_EVENTS_QUEUE_URL: order events are delivered from the queue',
    );
  }
  const client = new SQSClient({
    region: config.region,
    maxAttempts: 3,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: 1000,
      requestTimeout: 3000,
      throwOnRequestTimeout: true,
    }),
  });
  const queue =
    target && config.orderEventsQueueUrl ? new SqsEventQueue(client, config.orderEventsQueueUrl) : undefined;
  const processor = createOrderEventsProcessor({ logger, ...(queue ? { queue } : {}) });
  // The queue retries over hours; each receive tries twice, quickly.
  const webhook =
    target &&
    createWebhookClient({
      url: target.url,
      secret: createSecretSource({ ...target, region: config.region }),
      maxAttempts: 2,
    });
  return async (event, context) => {
    if (!fromQueue(event)) return processor.handle(event);
    const { failed } = await deliverOrderEvents(receivedFromSqs(event.Records), {
      ...(webhook ? { webhook } : {}),
      postponer: queue ?? { postpone: () => Promise.resolve() },
      logger,
      ...(context ? { remainingMs: () => context.getRemainingTimeInMillis() } : {}),
    });
    return { batchItemFailures: failed.map((e) => ({ itemIdentifier: e.messageId })) };
  };
}
