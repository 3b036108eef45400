/**
 * The `events` function: one entry for its three sources. A batch from the table's stream is put
 * on the event queue (order events, order notifications) and moves carts' idle checks; a batch from
 * the queue is delivered (order and cart events to the merchant's webhook, notifications to
 * Alexa), failures postponed with backoff (order-event-delivery.ts); an idle check from the
 * scheduler may become a `cart.abandoned` event.
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
import { DynamoCartRepository } from '../dynamodb/cart-repository';
import { readIdleCheckInput, type IdleCheckInput } from '../scheduling/idle-check-input';
import { checkIdleCart, type IdleCartOutcome } from './cart-abandoned';
import { deliveryRouter } from './delivery-router';
import type { EventsRuntime } from './events-runtime';
import { deliverOrderEvents } from './order-event-delivery';
import { createOrderEventsProcessor } from './order-events-processor';
import { receivedFromSqs, SqsEventQueue } from './sqs-event-queue';

/** What the function is invoked with. */
export type EventsInput = DynamoDBStreamEvent | SQSEvent | IdleCheckInput;

/** What the function answers. */
export type EventsOutput = DynamoDBBatchResponse | SQSBatchResponse | { readonly idleCart: IdleCartOutcome };

function fromQueue(event: DynamoDBStreamEvent | SQSEvent): event is SQSEvent {
  return event.Records[0]?.eventSource === 'aws:sqs';
}

/** Builds the function's handler from config; throws at cold start when deliveries have no queue. */
export function buildEventsFunction(
  config: Config,
  runtime: EventsRuntime,
): (
  event: EventsInput,
  context?: Pick<Context, 'getRemainingTimeInMillis'> & Partial<Pick<Context, 'invokedFunctionArn'>>,
) => Promise<EventsOutput> {
  const { logger } = runtime;
  const delivers = config.merchantWebhook !== undefined || config.proactiveEvents !== undefined;
  if (delivers && !config.orderEventsQueueUrl) {
    throw new Error(
      'MERCHANT_WEBHOOK_URL and ALEXA_CLIENT_ID need ORDER_EVENTS_QUEUE_URL: events are delivered from the queue',
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
    delivers && config.orderEventsQueueUrl
      ? new SqsEventQueue(client, config.orderEventsQueueUrl)
      : undefined;
  const processor = createOrderEventsProcessor({
    logger,
    ...(queue ? { queue } : {}),
    notifications: config.proactiveEvents !== undefined,
    ...(runtime.scheduler
      ? { idleCarts: { scheduler: runtime.scheduler, idleMinutes: config.cartIdleMinutes } }
      : {}),
  });
  const sender = deliveryRouter(config, runtime);
  const carts = new DynamoCartRepository(runtime.clients.doc, config.tableName, runtime.clock);
  return async (event, context) => {
    if (context?.invokedFunctionArn) runtime.invokedAs?.(context.invokedFunctionArn);
    const idleCheck = readIdleCheckInput(event);
    if (idleCheck) {
      const options = { carts, idleMinutes: config.cartIdleMinutes, clock: runtime.clock, logger };
      // Only the merchant's webhook takes cart events.
      const withQueue = config.merchantWebhook && queue ? { ...options, queue } : options;
      return { idleCart: await checkIdleCart(idleCheck, withQueue) };
    }
    const batch = event as DynamoDBStreamEvent | SQSEvent;
    if (!fromQueue(batch)) return processor.handle(batch);
    const { failed } = await deliverOrderEvents(receivedFromSqs(batch.Records), {
      ...(sender ? { webhook: sender } : {}),
      postponer: queue ?? { postpone: () => Promise.resolve() },
      logger,
      ...(context ? { remainingMs: () => context.getRemainingTimeInMillis() } : {}),
    });
    return { batchItemFailures: failed.map((e) => ({ itemIdentifier: e.messageId })) };
  };
}
