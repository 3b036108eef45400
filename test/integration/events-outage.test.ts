/**
 * Order events survive a merchant outage: with the receiver down, events are put on the queue and
 * their deliveries postponed with a growing backoff; when it comes back up, every event arrives
 * once, the events of one order in order, and nothing is dead-lettered. Driven through the local
 * pipeline (DynamoDB Local's stream, the table-backed queue, the poller) over a real HTTP receiver,
 * with the backoff scaled down from seconds to tenths.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { startLocalEventPipeline, type LocalEventPipeline } from '../../lambda/local/local-event-pipeline';
import { LocalEventQueue } from '../../lambda/local/local-event-queue';
import { MemoryLogger } from '../support/test-services';
import { createTestTable, type TestTable } from '../support/dynamo';
import { orderItem, sampleOrder } from './events-support';

let table: TestTable;
let pipeline: LocalEventPipeline;
let receiver: Server | undefined;
let port = 0;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const logger = new MemoryLogger();

/** Starts (or restarts, on the same port) the merchant's receiver. */
async function receiverUp(): Promise<void> {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(port, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
}

async function receiverDown(): Promise<void> {
  await new Promise((resolve) => receiver!.close(resolve));
  receiver = undefined;
}

async function until(condition: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  table = await createTestTable('events-outage');
  await receiverUp();
  await receiverDown();
  pipeline = await startLocalEventPipeline({
    client: table.client,
    doc: table.doc,
    endpoint: table.endpoint,
    tableName: table.tableName,
    webhook: createWebhookClient({
      url: `http://127.0.0.1:${port}/order-events`,
      secret: () => Promise.resolve('outage-secret'),
      maxAttempts: 1,
      timeoutMs: 1000,
    }),
    logger,
    pollMs: 50,
    backoff: { firstSeconds: 0.1, maxSeconds: 0.4 },
  });
});
afterAll(async () => {
  await pipeline.stop();
  if (receiver) await receiverDown();
  await table.drop();
});

const put = (item: Record<string, unknown>) =>
  table.doc.send(new PutCommand({ TableName: table.tableName, Item: item }));
const orderIdAndType = (body: string) => {
  const event = JSON.parse(body) as { type: string; order: { orderId: string } };
  return `${event.order.orderId} ${event.type}`;
};

it('keeps the events through the outage and delivers each once, in order, when the receiver is back', async () => {
  await put(orderItem(sampleOrder('ord-out-1')));
  await put(orderItem(sampleOrder('ord-out-1', 'confirmed')));
  await put(orderItem(sampleOrder('ord-out-2')));
  // Down: the first deliveries fail and are postponed, again and again; nothing is lost.
  await until(async () => (await pipeline.queue.waiting()).some((e) => e.receiveCount >= 3));
  expect((await pipeline.queue.waiting()).map((e) => orderIdAndType(e.body))).toEqual([
    'ord-out-1 order.placed',
    'ord-out-1 order.status_changed',
    'ord-out-2 order.placed',
  ]);
  expect(received).toEqual([]);
  expect(logger.events.some((e) => e.event === 'order_event.undelivered')).toBe(true);

  await receiverUp();
  await until(() => received.length >= 3);
  await until(async () => (await pipeline.queue.waiting()).length === 0);
  const arrived = received.map((r) => orderIdAndType(r.body));
  expect(arrived.filter((a) => a.startsWith('ord-out-1'))).toEqual([
    'ord-out-1 order.placed',
    'ord-out-1 order.status_changed',
  ]);
  expect(arrived).toHaveLength(3);
  expect(new Set(received.map((r) => r.headers['idempotency-key'])).size).toBe(3);
  expect(await pipeline.queue.deadLetters()).toEqual([]);
});

it('moves an event received too often aside as a dead letter, whole', async () => {
  // A table of its own: the pipeline above delivers from the queue of its table.
  const own = await createTestTable('events-dead');
  const queue = new LocalEventQueue(own.doc, own.tableName, { maxReceives: 2 });
  const event = { id: 'dead-1', group: 'ord-dead', type: 'order.placed', body: '{"id":"dead-1"}' };
  await queue.enqueue([event, event]);
  for (let i = 0; i < 2; i++) {
    const [received] = await queue.receive(10).then((all) => all.filter((e) => e.id === 'dead-1'));
    await queue.release(received!);
  }
  expect((await queue.receive(10)).filter((e) => e.id === 'dead-1')).toEqual([]);
  expect(await queue.deadLetters()).toEqual([event]);
  await own.drop();
});
