/**
 * Return requests, handoff requests and additions to orders reach the merchant's webhook the way
 * order events do: written by the real services to DynamoDB Local, read back from the table's real
 * stream, put on the (table-backed) event queue and delivered signed to a real HTTP receiver. They
 * share the order events' queue and delivery, whose retries events-outage and events-retries test.
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createHmac } from 'node:crypto';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';
import {
  enqueueThenDeliver,
  openStream,
  startReceiver,
  type Receiver,
  type StreamReader,
} from './events-support';

const SECRET = 'merchant-shared-secret';
let t: TestServices;
let stream: StreamReader;
let receiver: Receiver;
let handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings({ returnWindowDays: 30 });
  await t.seedProducts([product('EV-1', 'Honey', 700, { stock: 50 })]);
  stream = await openStream(t.table);
  receiver = await startReceiver();
  handler = enqueueThenDeliver(
    t.table,
    createWebhookClient({ url: receiver.url, secret: () => Promise.resolve(SECRET) }),
  );
});
afterAll(async () => {
  stream.close();
  await receiver.close();
  await t.table.drop();
});

function signed(request: Receiver['requests'][number]): boolean {
  const expected = createHmac('sha256', SECRET).update(
    `${String(request.headers['x-timestamp'])}.${request.body}`,
  );
  return request.headers['x-signature'] === `sha256=${expected.digest('hex')}`;
}

/** Every event the stream carried since the last call, delivered; the bodies the receiver got. */
async function deliverAll(): Promise<Record<string, unknown>[]> {
  receiver.requests.length = 0;
  const records = await stream.next(1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const more = await stream.next(0);
  expect(await handler({ Records: [...records, ...more] })).toEqual({ batchItemFailures: [] });
  expect(receiver.requests.every(signed)).toBe(true);
  return receiver.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

it('sends order.amended, return.requested and handoff.requested, signed, without personal data', async () => {
  await t.services.cart.add('ev-cust', 'EV-1', 1);
  const order = await t.services.checkout.placeOrder('ev-cust', {
    source: { kind: 'cart' },
    deliveryOptionId: 'standard',
    idempotencyKey: 'ev-order',
  });
  expect((await deliverAll()).map((b) => b.type)).toContain('order.placed');

  const preview = await t.services.amend.preview('ev-cust', order.orderId, 'EV-1', 2);
  await t.services.amend.amend('ev-cust', {
    orderId: order.orderId,
    sku: 'EV-1',
    quantity: 2,
    idempotencyKey: 'ev-add',
    expectedTotal: preview.newTotal,
  });
  const [amended] = await deliverAll();
  expect(amended).toMatchObject({
    type: 'order.amended',
    order: {
      orderId: order.orderId,
      lines: [{ sku: 'EV-1', quantity: 3 }],
      totals: { total: preview.newTotal },
      amendments: [{ lines: [{ sku: 'EV-1', quantity: 2 }], difference: preview.difference }],
    },
  });

  for (const status of ['confirmed', 'packed', 'shipped', 'delivered'] as const) {
    await t.services.orders.updateStatus('ev-cust', order.orderId, status);
  }
  await deliverAll();
  const request = await t.services.returns.request('ev-cust', {
    orderId: order.orderId,
    sku: 'EV-1',
    reason: 'damaged',
  });
  const [returned] = await deliverAll();
  expect(receiver.requests[0]!.headers['x-event-type']).toBe('return.requested');
  expect(returned).toMatchObject({
    type: 'return.requested',
    returnRequest: {
      requestId: request.requestId,
      customerId: 'ev-cust',
      orderId: order.orderId,
      sku: 'EV-1',
      quantity: 3,
      reason: 'damaged',
      lineTotal: { amount: 2100, currency: 'USD' },
      status: 'requested',
    },
  });

  const receipt = await t.services.handoff.request(
    'ev-cust',
    'Asked for a person by voice.',
    { cartSkus: [], latestOrderId: order.orderId, lastIntent: 'ReportProblemIntent' },
    { method: 'call', daypart: 'evening' },
  );
  const [handoff] = await deliverAll();
  expect(handoff).toMatchObject({
    type: 'handoff.requested',
    handoff: {
      ticketId: receipt.ticketId,
      customerId: 'ev-cust',
      context: { latestOrderId: order.orderId, lastIntent: 'ReportProblemIntent' },
      contact: { method: 'call', daypart: 'evening' },
      status: 'open',
    },
  });
  expect(JSON.stringify(handoff)).not.toMatch(/Jane|Main St/);
});
