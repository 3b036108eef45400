/**
 * Order events in the local stack, as the deployed pipeline delivers them: the table's stream is
 * read and each order event (and notification) put on the local event queue (the same stream
 * consumer the events function runs), and an in-process poller delivers from the queue (the same
 * delivery, with its backoff), so a receiver that is down for a while loses nothing. Idle carts are
 * watched with timers in this process (the local adapter of the idle-check scheduler).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Logger } from '../domain/ports';
import type { Backoff } from '../adapters/webhooks/event-queue';
import { deliverOrderEvents } from '../adapters/webhooks/order-event-delivery';
import { createOrderEventsProcessor } from '../adapters/webhooks/order-events-processor';
import type { WebhookSender } from '../adapters/webhooks/webhook-client';
import { DynamoCartRepository } from '../adapters/dynamodb/cart-repository';
import { IDLE_CHECK_SOURCE } from '../adapters/scheduling/idle-check-input';
import { SystemClock } from '../adapters/system/system-clock';
import { checkIdleCart } from '../adapters/webhooks/cart-abandoned';
import { LocalEventQueue } from './local-event-queue';
import { LocalIdleCheckScheduler } from './local-idle-check-scheduler';
import { openStreamReader } from './local-stream-reader';

/** Where the events come from and go. */
export interface LocalEventPipelineOptions {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly endpoint: string;
  readonly tableName: string;
  readonly webhook: WebhookSender;
  readonly logger: Logger;
  /** How often the stream and the queue are looked at (default 500 ms). */
  readonly pollMs?: number;
  readonly backoff?: Backoff;
  /** Put order notifications on the queue too (Alexa's order updates are configured). */
  readonly notifications?: boolean;
  /** Watch idle carts with timers in this process: a cart.abandoned event after this many minutes. */
  readonly idleCartMinutes?: number;
}

/** The running pipeline. */
export interface LocalEventPipeline {
  readonly queue: LocalEventQueue;
  /** The idle-cart timers, when idle carts are watched. */
  readonly idleChecks?: LocalIdleCheckScheduler;
  stop(): Promise<void>;
}

/** Starts reading the stream (from now on) and delivering from the queue. */
export async function startLocalEventPipeline(
  options: LocalEventPipelineOptions,
): Promise<LocalEventPipeline> {
  const { logger } = options;
  const queue = new LocalEventQueue(options.doc, options.tableName);
  const reader = await openStreamReader(options.client, options.endpoint, options.tableName);
  const idleChecks = idleChecksOn(options, queue);
  const processor = createOrderEventsProcessor({
    queue,
    logger,
    notifications: options.notifications === true,
    ...(idleChecks && options.idleCartMinutes
      ? { idleCarts: { scheduler: idleChecks, idleMinutes: options.idleCartMinutes } }
      : {}),
  });
  let unsent: DynamoDBRecord[] = [];

  /** Puts what the stream brought on the queue; a record refused is read again next time. */
  const enqueue = async (): Promise<void> => {
    const records = [...unsent, ...(await reader.read())];
    const { batchItemFailures } = await processor.handle({ Records: records });
    const from = records.findIndex(
      (r) => r.dynamodb?.SequenceNumber === batchItemFailures[0]?.itemIdentifier,
    );
    unsent = from >= 0 ? records.slice(from) : [];
  };
  /** Delivers what is due; events after a failed one are offered again at once. */
  const deliver = async (): Promise<void> => {
    const events = await queue.receive(10);
    if (events.length === 0) return;
    const outcome = await deliverOrderEvents(events, {
      webhook: options.webhook,
      postponer: queue,
      logger,
      ...(options.backoff ? { backoff: options.backoff } : {}),
    });
    for (const event of outcome.delivered) await queue.delete(event);
    for (const event of outcome.failed) if (event !== outcome.postponed) await queue.release(event);
  };

  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        await enqueue();
        await deliver();
      } catch (error) {
        logger.error('local_events.failed', { error: error instanceof Error ? error.name : 'unknown' });
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    }
  })();
  return {
    queue,
    ...(idleChecks ? { idleChecks } : {}),
    async stop() {
      running = false;
      idleChecks?.stop();
      await loop;
      reader.close();
    },
  };
}

/** Timers that run the idle check (the events function's target) on the local queue. */
function idleChecksOn(options: LocalEventPipelineOptions, queue: LocalEventQueue) {
  const idleMinutes = options.idleCartMinutes;
  if (!idleMinutes) return undefined;
  const clock = new SystemClock();
  const carts = new DynamoCartRepository(options.doc, options.tableName, clock);
  return new LocalIdleCheckScheduler((check) =>
    checkIdleCart(
      { source: IDLE_CHECK_SOURCE, customerId: check.customerId, cartVersion: check.cartVersion },
      { carts, queue, idleMinutes, clock, logger: options.logger },
    ),
  );
}
