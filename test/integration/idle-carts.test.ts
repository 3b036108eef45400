/**
 * The cart left behind, on DynamoDB Local: each change of a cart reaches the table's stream and
 * moves its one idle check (the local adapter of the scheduler port, the events function's stream
 * consumer); the scheduled target, called directly, turns a cart still idle at that version into a
 * `cart.abandoned` event that reaches a local receiver signed like order events, retried while the
 * receiver is down; a cart changed or emptied since is left alone.
 */
import { createHmac } from 'node:crypto';
import { DynamoCartRepository } from '../../lambda/adapters/dynamodb/cart-repository';
import { checkIdleCart } from '../../lambda/adapters/webhooks/cart-abandoned';
import { deliverOrderEvents } from '../../lambda/adapters/webhooks/order-event-delivery';
import { createOrderEventsProcessor } from '../../lambda/adapters/webhooks/order-events-processor';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { idleCheckInput } from '../../lambda/adapters/scheduling/idle-check-input';
import { LocalEventQueue } from '../../lambda/local/local-event-queue';
import { LocalIdleCheckScheduler } from '../../lambda/local/local-idle-check-scheduler';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';
import { openStream, startReceiver, type Receiver, type StreamReader } from './events-support';

const SECRET = 'cart-secret';
const IDLE_MINUTES = 24 * 60;
let backend: TestServices;
let stream: StreamReader;
let receiver: Receiver;
let queue: LocalEventQueue;
let scheduler: LocalIdleCheckScheduler;
let carts: DynamoCartRepository;
const checked: string[] = [];

beforeAll(async () => {
  backend = await createTestServices();
  await backend.seedSettings();
  await backend.seedProducts([product('OAT-1', 'Oat Milk', 349), product('BRD-2', 'Sourdough Bread', 499)]);
  stream = await openStream(backend.table);
  await stream.next(1).catch(() => []);
  receiver = await startReceiver();
  queue = new LocalEventQueue(backend.table.doc, backend.table.tableName);
  carts = new DynamoCartRepository(backend.table.doc, backend.table.tableName, backend.clock);
  // Far-off timers: the test calls the target itself when it wants the check to come.
  scheduler = new LocalIdleCheckScheduler(
    (check) => Promise.resolve(void checked.push(check.customerId)),
    () => backend.clock.now().getTime(),
  );
});

afterAll(async () => {
  scheduler.stop();
  stream.close();
  await receiver.close();
  await backend.table.drop();
});

const processor = () =>
  createOrderEventsProcessor({
    queue,
    logger: backend.logger,
    idleCarts: { scheduler, idleMinutes: IDLE_MINUTES },
  });

/** Feeds every new stream record to the stream consumer. */
async function consumeStream(): Promise<void> {
  const records = await stream.next(1);
  expect(await processor().handle({ Records: records })).toEqual({ batchItemFailures: [] });
}

const target = (customerId: string, cartVersion: number) =>
  checkIdleCart(idleCheckInput({ customerId, cartVersion }), {
    carts,
    queue,
    idleMinutes: IDLE_MINUTES,
    clock: backend.clock,
    logger: backend.logger,
  });

async function deliver(): Promise<number> {
  const webhook = createWebhookClient({
    url: receiver.url,
    secret: () => Promise.resolve(SECRET),
    maxAttempts: 1,
  });
  const outcome = await deliverOrderEvents(await queue.receive(10), {
    webhook,
    postponer: queue,
    logger: backend.logger,
    backoff: { firstSeconds: 0, maxSeconds: 0 },
  });
  for (const done of outcome.delivered) await queue.delete(done);
  for (const again of outcome.failed) if (again !== outcome.postponed) await queue.release(again);
  return outcome.delivered.length;
}

describe('idle carts', () => {
  it('moves the one check of a cart on each change, to the change plus the idle time', async () => {
    await backend.services.cart.add('idle-1', 'OAT-1', 2);
    await consumeStream();
    const first = scheduler.pending().get('idle-1')!;
    expect(first.cartVersion).toBe(1);
    expect(first.at.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    backend.clock.advanceMinutes(30);
    await backend.services.cart.add('idle-1', 'BRD-2', 1);
    await consumeStream();
    expect(scheduler.pending().get('idle-1')).toEqual({
      customerId: 'idle-1',
      cartVersion: 2,
      at: new Date('2026-11-24T15:30:00.000Z'),
    });
    await backend.services.cart.clear('idle-1');
    await consumeStream();
    expect(scheduler.pending().has('idle-1')).toBe(false);
  });

  it('a cart still idle at its version becomes cart.abandoned, signed, delivered after an outage', async () => {
    await backend.services.cart.add('idle-2', 'OAT-1', 3);
    await consumeStream();
    const { cartVersion } = scheduler.pending().get('idle-2')!;
    backend.clock.advanceMinutes(IDLE_MINUTES);
    expect(await target('idle-2', cartVersion)).toBe('abandoned');
    // A retried check (the scheduler tries again) puts nothing more on the queue.
    expect(await target('idle-2', cartVersion)).toBe('abandoned');
    receiver.statuses.push(503);
    expect(await deliver()).toBe(0);
    expect(await deliver()).toBe(1);
    const request = receiver.requests.at(-1)!;
    const body = JSON.parse(request.body) as {
      type: string;
      cart: { customerId: string; itemCount: number; subtotal: unknown; lines: unknown[] };
    };
    expect(body.type).toBe('cart.abandoned');
    expect(body.cart).toMatchObject({
      customerId: 'idle-2',
      itemCount: 3,
      subtotal: { amount: 1047, currency: 'USD' },
    });
    expect(request.headers['x-event-type']).toBe('cart.abandoned');
    const timestamp = String(request.headers['x-timestamp']);
    const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${request.body}`).digest('hex')}`;
    expect(request.headers['x-signature']).toBe(expected);
    expect(receiver.requests.filter((r) => r.body.includes('"cart.abandoned"'))).toHaveLength(2);
    expect(await queue.receive(10)).toEqual([]);
  });

  it('a cart changed or emptied since, or not idle long enough, is left alone', async () => {
    await backend.services.cart.add('idle-3', 'OAT-1', 1);
    await consumeStream();
    const { cartVersion } = scheduler.pending().get('idle-3')!;
    expect(await target('idle-3', cartVersion)).toBe('not_idle_yet');
    await backend.services.cart.add('idle-3', 'OAT-1', 1);
    await consumeStream();
    backend.clock.advanceMinutes(IDLE_MINUTES);
    expect(await target('idle-3', cartVersion)).toBe('changed');
    await backend.services.cart.clear('idle-3');
    await consumeStream();
    expect(await target('idle-3', cartVersion + 2)).toBe('empty');
    expect(await queue.receive(10)).toEqual([]);
  });

  it('the local adapter runs the check when it is due', async () => {
    const ran: string[] = [];
    const soon = new LocalIdleCheckScheduler((check) => Promise.resolve(void ran.push(check.customerId)));
    await soon.schedule({ customerId: 'due', cartVersion: 1, at: new Date(Date.now() + 20) });
    await soon.schedule({ customerId: 'cancelled', cartVersion: 1, at: new Date(Date.now() + 20) });
    await soon.cancel('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual(['due']);
  });
});
