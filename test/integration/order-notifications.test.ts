/**
 * Order updates through Alexa's Proactive Events API, end to end on DynamoDB Local: a status moved
 * by the store reaches the table's stream, the stream consumer queues a notification on the
 * table-backed queue, and delivery gets a Login with Amazon token (client credentials, scope
 * alexa::proactive_events) and posts the event to a local receiver standing in for the API, which
 * checks the token. Refusals are acknowledged once; an outage is retried until the API answers.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoContactRepository } from '../../lambda/adapters/dynamodb/contact-repository';
import { DynamoOrderRepository } from '../../lambda/adapters/dynamodb/order-repository';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { deliveryRouter } from '../../lambda/adapters/webhooks/delivery-router';
import { deliverOrderEvents } from '../../lambda/adapters/webhooks/order-event-delivery';
import { createOrderEventsProcessor } from '../../lambda/adapters/webhooks/order-events-processor';
import { readConfig } from '../../lambda/config';
import type { Order, OrderStatus } from '../../lambda/domain/model';
import { LocalEventQueue } from '../../lambda/local/local-event-queue';
import {
  CLIENT,
  ISSUED_TOKEN,
  startAlexaApiReceiver,
  type AlexaApiReceiver,
} from '../support/alexa-api-receiver';
import { createTestTable, type TestTable } from '../support/dynamo';
import { storeSettings } from '../support/store-fixture';
import { MemoryLogger, TestClock } from '../support/test-services';
import { openStream, orderItem, sampleOrder, type StreamReader } from './events-support';

let table: TestTable;
let api: AlexaApiReceiver;
let stream: StreamReader;
let queue: LocalEventQueue;
let logger: MemoryLogger;
let contacts: DynamoContactRepository;
let orders: DynamoOrderRepository;
let deliver: () => Promise<{ delivered: number; failed: number }>;
const clock = new TestClock(new Date('2026-03-02T17:00:00.000Z'));
const USER = 'amzn1.ask.account.NOTIFYME';

beforeAll(async () => {
  table = await createTestTable('notify');
  api = await startAlexaApiReceiver();
  stream = await openStream(table);
  queue = new LocalEventQueue(table.doc, table.tableName);
  logger = new MemoryLogger();
  contacts = new DynamoContactRepository(table.doc, table.tableName);
  orders = new DynamoOrderRepository(table.doc, table.tableName, clock);
  await new DynamoStoreSettingsRepository(table.doc, table.tableName, () => clock.now()).save(
    storeSettings({ sellerName: 'Corner Market Groceries' }),
  );
  const config = readConfig({
    DYNAMODB_ENDPOINT: table.endpoint,
    TABLE_NAME: table.tableName,
    ALEXA_CLIENT_ID: CLIENT.id,
    ALEXA_CLIENT_SECRET: CLIENT.secret,
    ALEXA_API_URL: api.url,
    ALEXA_TOKEN_URL: api.tokenUrl,
    ALEXA_EVENTS_STAGE: 'development',
  });
  const sender = deliveryRouter(config, { logger, clients: table, clock })!;
  const processor = createOrderEventsProcessor({ queue, logger, notifications: true });
  deliver = async () => {
    await processor.handle({ Records: await stream.next(1) });
    const outcome = await deliverOrderEvents(await queue.receive(10), {
      webhook: sender,
      postponer: queue,
      logger,
      backoff: { firstSeconds: 0, maxSeconds: 0 },
    });
    for (const done of outcome.delivered) await queue.delete(done);
    for (const again of outcome.failed) if (again !== outcome.postponed) await queue.release(again);
    // Order events go to the merchant's webhook (none here); count the notifications.
    const notifications = (events: readonly { type: string }[]) =>
      events.filter((e) => e.type === 'notification.order_status').length;
    return { delivered: notifications(outcome.delivered), failed: notifications(outcome.failed) };
  };
});

afterAll(async () => {
  stream.close();
  await api.close();
  await table.drop();
});

async function storedOrder(orderId: string, customerId: string): Promise<Order> {
  const order = { ...sampleOrder(orderId), customerId };
  await table.doc.send(new PutCommand({ TableName: table.tableName, Item: orderItem(order) }));
  await stream.next(1);
  return order;
}

const move = (order: Order, to: OrderStatus, by: 'store' | 'shopper' = 'store') =>
  orders.transition(order, to, clock.now().toISOString(), { restock: false, by });

/** The parts of a proactive event the assertions read. */
interface ProactiveBody {
  readonly event: {
    readonly name: string;
    readonly payload: {
      readonly state: { readonly status: string };
      readonly messageGroup: { readonly creator: { readonly name: string } };
    };
  };
  readonly relevantAudience: unknown;
  readonly timestamp: string;
  readonly expiryTime: string;
  readonly localizedAttributes: unknown;
}

const eventBody = (index: number) => JSON.parse(api.events[index]!.body) as ProactiveBody;

describe('order updates to a shopper who agreed', () => {
  it('sends AMAZON.OrderStatus.Updated, unicast, within 24 hours, per locale, naming no item', async () => {
    await contacts.setConsent('cust-n1', 'notifications', 'granted', { alexaUserId: USER, locale: 'en-GB' });
    const order = await storedOrder('71000001', 'cust-n1');
    await move(order, 'confirmed');
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    const form = api.tokenRequests[0]!;
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe('alexa::proactive_events');
    expect(api.events[0]!.path).toBe('/v1/proactiveEvents/stages/development');
    expect(api.events[0]!.headers.authorization).toBe(`Bearer ${ISSUED_TOKEN}`);
    const body = eventBody(0);
    expect(body.event).toEqual({
      name: 'AMAZON.OrderStatus.Updated',
      payload: {
        state: { status: 'ORDER_RECEIVED', deliveryDetails: { expectedArrival: '2026-03-04T23:59:00.000Z' } },
        order: { seller: { name: 'localizedattribute:sellerName' } },
      },
    });
    expect(body.relevantAudience).toEqual({ type: 'Unicast', payload: { user: USER } });
    const lifetime = Date.parse(body.expiryTime) - Date.parse(body.timestamp);
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(body.localizedAttributes).toEqual([
      { locale: 'en-GB', sellerName: 'Corner Market Groceries' },
      { locale: 'en-US', sellerName: 'Corner Market Groceries' },
    ]);
    expect(api.events[0]!.body).not.toMatch(/Oat Milk|Sourdough/);
  });

  it('keeps retrying while the API is down, and loses nothing when it comes back', async () => {
    const order = await storedOrder('71000002', 'cust-n1');
    const before = api.events.length;
    api.eventStatuses.push(503, 503, 503);
    await move(order, 'confirmed');
    expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
    expect(api.events.length - before).toBe(3);
    const outcome = await deliverOrderEventsAgain();
    expect(outcome).toBe(1);
    expect(eventBody(api.events.length - 1).event.payload.state.status).toBe('ORDER_RECEIVED');
    expect(logger.events.some((e) => e.event === 'notification.failed')).toBe(true);
  });

  it('a store cancellation goes as a message from the store and waits as a notice for the next launch', async () => {
    const order = await storedOrder('71000003', 'cust-n1');
    await move(order, 'cancelled', 'store');
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    const body = eventBody(api.events.length - 1);
    expect(body.event.name).toBe('AMAZON.MessageAlert.Activated');
    expect(body.event.payload.messageGroup.creator.name).toBe('localizedattribute:creatorName');
    expect((await contacts.get('cust-n1'))!.notices).toEqual([
      { kind: 'order_cancelled', orderId: '71000003', at: expect.any(String) },
    ]);
  });

  it("a shopper's own cancellation and a placed order send nothing", async () => {
    const order = await storedOrder('71000004', 'cust-n1');
    const before = api.events.length;
    await move(order, 'cancelled', 'shopper');
    await deliver();
    expect(api.events.length).toBe(before);
  });
});

describe('refusals are never retried', () => {
  it('403 (notifications turned off) marks the consent revoked and acknowledges the event', async () => {
    await contacts.setConsent('cust-n2', 'notifications', 'granted', { alexaUserId: USER, locale: 'en-US' });
    const order = await storedOrder('72000001', 'cust-n2');
    const before = api.events.length;
    api.eventStatuses.push(403);
    await move(order, 'confirmed');
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(api.events.length - before).toBe(1);
    expect((await contacts.get('cust-n2'))!.notifications).toBe('revoked');
    expect(logger.events.find((e) => e.event === 'notification.revoked')?.fields).toMatchObject({
      httpStatus: 403,
    });
    expect(await queue.receive(10)).toEqual([]);
    // Revoked: the next status sends nothing.
    await move({ ...order, status: 'confirmed', version: 2 }, 'packed');
    await deliver();
    expect(api.events.length - before).toBe(1);
  });

  it('another 4xx is logged and acknowledged once', async () => {
    await contacts.setConsent('cust-n3', 'notifications', 'granted', { alexaUserId: USER });
    const order = await storedOrder('73000001', 'cust-n3');
    const before = api.events.length;
    api.eventStatuses.push(400);
    await move(order, 'confirmed');
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(api.events.length - before).toBe(1);
    expect(logger.events.find((e) => e.event === 'notification.refused')?.fields).toMatchObject({
      httpStatus: 400,
    });
  });

  it('a shopper who never agreed gets nothing', async () => {
    const order = await storedOrder('74000001', 'cust-n4');
    const before = api.events.length;
    await move(order, 'confirmed');
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(api.events.length).toBe(before);
  });

  it('never logs the Alexa user id or the client secret', () => {
    const logged = JSON.stringify(logger.events);
    expect(logged).not.toContain(USER);
    expect(logged).not.toContain(CLIENT.secret);
  });
});

/** Delivers what is due on the queue once more (no new stream records); how many were delivered. */
async function deliverOrderEventsAgain(): Promise<number> {
  const config = readConfig({
    DYNAMODB_ENDPOINT: table.endpoint,
    TABLE_NAME: table.tableName,
    ALEXA_CLIENT_ID: CLIENT.id,
    ALEXA_CLIENT_SECRET: CLIENT.secret,
    ALEXA_API_URL: api.url,
    ALEXA_TOKEN_URL: api.tokenUrl,
    ALEXA_EVENTS_STAGE: 'development',
  });
  const sender = deliveryRouter(config, { logger, clients: table, clock })!;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const outcome = await deliverOrderEvents(await queue.receive(10), {
    webhook: sender,
    postponer: queue,
    logger,
  });
  for (const done of outcome.delivered) await queue.delete(done);
  return outcome.delivered.filter((e) => e.type === 'notification.order_status').length;
}
