/**
 * Order events end to end: orders written to DynamoDB Local, the table's real stream read back as
 * Lambda's event, the stream consumer putting them on the (table-backed) event queue, one delivery
 * from the queue, and a real HTTP receiver that checks signatures.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { createTestTable, type TestTable } from '../support/dynamo';
import {
  enqueueThenDeliver,
  openStream,
  orderItem,
  sampleOrder,
  startReceiver,
  type Receiver,
  type StreamReader,
} from './events-support';

const SECRET = 'merchant-shared-secret';
let table: TestTable;
let stream: StreamReader;
let receiver: Receiver;
let handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

beforeAll(async () => {
  table = await createTestTable('events');
  stream = await openStream(table);
  receiver = await startReceiver();
  handler = enqueueThenDeliver(
    table,
    createWebhookClient({ url: receiver.url, secret: () => Promise.resolve(SECRET) }),
  );
});

afterAll(async () => {
  stream.close();
  await receiver.close();
  await table.drop();
});

const put = (item: Record<string, unknown>) =>
  table.doc.send(new PutCommand({ TableName: table.tableName, Item: item }));

/** What a receiver must check: the HMAC of `<timestamp>.<body>` under the shared secret. */
function signatureValid(headers: Receiver['requests'][number]['headers'], body: string): boolean {
  const expected = `sha256=${createHmac('sha256', SECRET)
    .update(`${String(headers['x-timestamp'])}.${body}`)
    .digest('hex')}`;
  const given = String(headers['x-signature']);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

describe('order events to the merchant webhook', () => {
  it('posts a signed order.placed for an inserted order, with totals in minor units and no personal data', async () => {
    // A stored order that (wrongly) carried personal data must still not leak it to the webhook.
    await put({
      ...orderItem(sampleOrder('ord-1')),
      shopperName: 'Ada Lovelace',
      address: '12 Analytical Way',
    });
    const records = await stream.next(1);
    expect(records.map((r) => r.eventName)).toEqual(['INSERT']);

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [] });
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(signatureValid(request!.headers, request!.body)).toBe(true);
    expect(request!.headers['idempotency-key']).toBe(records[0]!.eventID);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(Math.abs(Number(request!.headers['x-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
    const body = JSON.parse(request!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: records[0]!.eventID,
      type: 'order.placed',
      order: {
        orderId: 'ord-1',
        customerId: 'cust-7',
        status: 'placed',
        placedAt: '2026-03-02T15:04:05.000Z',
        currency: 'USD',
        totals: {
          subtotal: { amount: 1197, currency: 'USD' },
          delivery: { amount: 499, currency: 'USD' },
          tax: { amount: 107, currency: 'USD' },
          total: { amount: 1813, currency: 'USD' },
        },
        lines: [
          { sku: 'OAT-1', name: 'Oat Milk', quantity: 2, unitPrice: { amount: 349, currency: 'USD' } },
          { sku: 'BRD-2', quantity: 1, lineTotal: { amount: 499, currency: 'USD' } },
        ],
      },
    });
    expect(request!.body).not.toMatch(/Ada|Lovelace|Analytical/);
  });

  it('posts order.status_changed when an order changes status, and nothing when it changes otherwise', async () => {
    receiver.requests.length = 0;
    await put(orderItem(sampleOrder('ord-1', 'confirmed')));
    await put({ ...orderItem(sampleOrder('ord-1', 'confirmed')), version: 3 });
    const records = await stream.next(2);
    expect(records.map((r) => r.eventName)).toEqual(['MODIFY', 'MODIFY']);

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [] });
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(signatureValid(request!.headers, request!.body)).toBe(true);
    expect(request!.headers['x-event-type']).toBe('order.status_changed');
    expect(JSON.parse(request!.body)).toMatchObject({
      id: records[0]!.eventID,
      type: 'order.status_changed',
      order: {
        orderId: 'ord-1',
        status: 'confirmed',
        previousStatus: 'placed',
        statusChangedAt: '2026-03-02T16:00:00.000Z',
      },
    });
  });

  it('ignores items that are not orders', async () => {
    receiver.requests.length = 0;
    await put({ pk: 'PRODUCT#OAT-1', sk: 'PRODUCT', type: 'Product', name: 'Oat Milk', stock: 4 });
    await put({ pk: 'CUSTOMER#cust-7', sk: 'CART', type: 'Cart', lines: [], version: 1 });
    await put({ pk: 'CUSTOMER#cust-7', sk: 'PROFILE', type: 'CustomerProfile', name: 'Ada' });
    const records = await stream.next(3);
    expect(records).toHaveLength(3);

    expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
    expect(receiver.requests).toHaveLength(0);
  });

  it('reports an order item it cannot read instead of dropping it, and sends nothing for it', async () => {
    receiver.requests.length = 0;
    await put({
      pk: 'CUSTOMER#cust-7',
      sk: 'ORDER#broken',
      type: 'Order',
      orderId: 'ord-broken',
      status: 'placed',
    });
    const records = await stream.next(1);

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: records[0]!.dynamodb!.SequenceNumber }] });
    expect(receiver.requests).toHaveLength(0);
  });
});
