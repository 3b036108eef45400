/**
 * Deliveries from the order-event queue when the merchant's webhook fails: a delivery retries
 * server errors quickly with the same event id; one that still fails is postponed on the queue by a
 * backoff that grows with each receive (hours in all), and nothing after it in the batch is sent.
 * The events function's queue half, as deployed, reports exactly the events to receive again.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import {
  DELIVERY_BACKOFF,
  retryDelaySeconds,
  type ReceivedEvent,
} from '../../lambda/adapters/webhooks/event-queue';
import { deliverOrderEvents } from '../../lambda/adapters/webhooks/order-event-delivery';
import { createOrderEventsProcessor } from '../../lambda/adapters/webhooks/order-events-processor';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { LocalEventQueue } from '../../lambda/local/local-event-queue';
import { createTestTable, type TestTable } from '../support/dynamo';
import { MemoryLogger } from '../support/test-services';
import {
  openStream,
  orderItem,
  sampleOrder,
  startReceiver,
  type Receiver,
  type StreamReader,
} from './events-support';

let table: TestTable;
let stream: StreamReader;
let receiver: Receiver;
let queue: LocalEventQueue;
const logger = new MemoryLogger();
const postponed: { eventId: string; seconds: number }[] = [];

beforeAll(async () => {
  table = await createTestTable('events-retry');
  stream = await openStream(table);
  receiver = await startReceiver();
  queue = new LocalEventQueue(table.doc, table.tableName);
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.statuses.length = 0;
  receiver.fallback = 200;
  postponed.length = 0;
});
afterAll(async () => {
  stream.close();
  await receiver.close();
  await table.drop();
});

/** The orders placed, their stream records put on the queue, and the queue's next receive. */
async function queued(...orderIds: string[]): Promise<ReceivedEvent[]> {
  for (const orderId of orderIds) {
    await table.doc.send(
      new PutCommand({ TableName: table.tableName, Item: orderItem(sampleOrder(orderId)) }),
    );
  }
  const records: DynamoDBRecord[] = await stream.next(orderIds.length);
  await createOrderEventsProcessor({ queue, logger }).handle({ Records: records });
  return queue.receive(10);
}

async function deliver(events: ReceivedEvent[]) {
  const outcome = await deliverOrderEvents(events, {
    webhook: createWebhookClient({ url: receiver.url, secret: () => Promise.resolve('s'), baseDelayMs: 5 }),
    postponer: {
      postpone: async (event, seconds) => {
        postponed.push({ eventId: event.id, seconds });
        await queue.postpone(event, seconds);
      },
    },
    logger,
  });
  for (const event of outcome.delivered) await queue.delete(event);
  for (const event of outcome.failed) if (event !== outcome.postponed) await queue.release(event);
  return outcome;
}

const orderIdOf = (body: string) => (JSON.parse(body) as { order: { orderId: string } }).order.orderId;

it('retries a receiver that answers 500 twice within one delivery, and the event arrives once accepted', async () => {
  receiver.statuses.push(500, 500);
  const [event] = await queued('ord-r1');
  const outcome = await deliver([event!]);
  expect(outcome.failed).toEqual([]);
  expect(receiver.requests.map((r) => r.headers['x-attempt'])).toEqual(['1', '2', '3']);
  expect(new Set(receiver.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([event!.id]));
});

it('postpones an event the receiver keeps failing and sends nothing after it; the next receive skips it', async () => {
  receiver.fallback = 503;
  const events = await queued('ord-r2', 'ord-r3');
  const outcome = await deliver(events);
  expect(outcome.failed.map((e) => orderIdOf(e.body))).toEqual(['ord-r2', 'ord-r3']);
  expect(receiver.requests.map((r) => orderIdOf(r.body))).toEqual(['ord-r2', 'ord-r2', 'ord-r2']);
  expect(postponed).toEqual([{ eventId: events[0]!.id, seconds: 30 }]);
  // Hidden for its backoff: the other order's event comes next.
  receiver.fallback = 200;
  const next = await queue.receive(10);
  expect(next.map((e) => orderIdOf(e.body))).toEqual(['ord-r3']);
  await deliver(next);
  expect((await queue.waiting()).map((e) => [orderIdOf(e.body), e.receiveCount])).toEqual([['ord-r2', 1]]);
});

it('does not retry at once a request the receiver refuses (4xx), and postpones it', async () => {
  receiver.fallback = 400;
  const events = await queued('ord-r4');
  await deliver(events);
  expect(receiver.requests).toHaveLength(1);
  expect(postponed.map((p) => p.eventId)).toEqual([events[0]!.id]);
});

it('backs off from 30 seconds to an hour, so 20 receives span more than 12 hours', () => {
  expect([1, 2, 3, 7, 8, 19].map((n) => retryDelaySeconds(n))).toEqual([30, 60, 120, 1920, 3600, 3600]);
  const waits = Array.from({ length: 19 }, (_, i) => retryDelaySeconds(i + 1, DELIVERY_BACKOFF));
  expect(waits.reduce((a, b) => a + b, 0) / 3600).toBeGreaterThan(12);
});

describe('the events function delivering from the queue', () => {
  let handler: (event: SQSEvent) => Promise<SQSBatchResponse | { readonly idleCart: string }>;

  beforeAll(async () => {
    process.env.MERCHANT_WEBHOOK_URL = receiver.url;
    process.env.MERCHANT_WEBHOOK_SECRET = 'handler-secret';
    // No queue answers here: a postponement fails, is logged, and the event is reported all the same.
    process.env.ORDER_EVENTS_QUEUE_URL = 'http://127.0.0.1:9/000000000000/order-events.fifo';
    process.env.LOG_LEVEL = 'silent';
    ({ handler } = await import('../../lambda/handlers/events'));
  });

  const sqsEvent = (events: ReceivedEvent[]): SQSEvent => ({
    Records: events.map((event, i) => ({
      messageId: `m-${i}`,
      receiptHandle: `r-${i}`,
      body: event.body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '0',
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: '0',
        MessageGroupId: event.group,
      },
      messageAttributes: {
        eventId: { stringValue: event.id, dataType: 'String' },
        eventType: { stringValue: event.type, dataType: 'String' },
      },
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:order-events.fifo',
      awsRegion: 'us-east-1',
    })),
  });

  it('delivers a batch and reports nothing, or reports the failed event and every one after it', async () => {
    const events = await queued('ord-h1', 'ord-h2');
    expect(await handler(sqsEvent(events))).toEqual({ batchItemFailures: [] });
    expect(receiver.requests.map((r) => orderIdOf(r.body))).toEqual(['ord-h1', 'ord-h2']);
    receiver.requests.length = 0;
    receiver.fallback = 500;
    expect(await handler(sqsEvent(events))).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-0' }, { itemIdentifier: 'm-1' }],
    });
    expect(receiver.requests.map((r) => orderIdOf(r.body))).toEqual(['ord-h1', 'ord-h1']);
  }, 30_000);
});
