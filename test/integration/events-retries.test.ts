/**
 * The order-events function when the merchant's webhook fails: it retries server errors with the
 * same event id, and reports records that still fail so Lambda retries them (then dead-letters them).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createTestTable, type TestTable } from '../support/dynamo';
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
let handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

beforeAll(async () => {
  table = await createTestTable('events-retry');
  stream = await openStream(table);
  receiver = await startReceiver();
  process.env.MERCHANT_WEBHOOK_URL = receiver.url;
  process.env.MERCHANT_WEBHOOK_SECRET = 'retry-secret';
  process.env.LOG_LEVEL = 'silent';
  ({ handler } = await import('../../lambda/handlers/events'));
});

beforeEach(() => {
  receiver.requests.length = 0;
  receiver.statuses.length = 0;
  receiver.fallback = 200;
});

afterAll(async () => {
  stream.close();
  await receiver.close();
  await table.drop();
});

async function placed(...orderIds: string[]): Promise<DynamoDBRecord[]> {
  for (const orderId of orderIds) {
    await table.doc.send(
      new PutCommand({ TableName: table.tableName, Item: orderItem(sampleOrder(orderId)) }),
    );
  }
  return stream.next(orderIds.length);
}

const sequence = (record: DynamoDBRecord) => record.dynamodb!.SequenceNumber!;
const orderIdOf = (body: string) => (JSON.parse(body) as { order: { orderId: string } }).order.orderId;

describe('order events when the webhook fails', () => {
  it('retries a receiver that answers 500 twice, and the event arrives once accepted', async () => {
    receiver.statuses.push(500, 500);
    const records = await placed('ord-r1');

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [] });
    expect(receiver.requests.map((r) => r.headers['x-attempt'])).toEqual(['1', '2', '3']);
    const keys = new Set(receiver.requests.map((r) => r.headers['idempotency-key']));
    expect([...keys]).toEqual([records[0]!.eventID]);
    const bodies = new Set(receiver.requests.map((r) => r.body));
    expect(bodies.size).toBe(1);
  });

  it('reports the record when the receiver keeps failing, and does not send the records after it', async () => {
    receiver.fallback = 503;
    const records = await placed('ord-r2', 'ord-r3');

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: sequence(records[0]!) }] });
    expect(receiver.requests).toHaveLength(3);
    expect(receiver.requests.map((r) => orderIdOf(r.body))).toEqual(['ord-r2', 'ord-r2', 'ord-r2']);
  });

  it('does not retry a request the receiver refuses (4xx), and reports it', async () => {
    receiver.fallback = 400;
    const records = await placed('ord-r4');

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: sequence(records[0]!) }] });
    expect(receiver.requests).toHaveLength(1);
  });

  it('delivers the earlier records of a batch and reports the first one that fails', async () => {
    receiver.statuses.push(200);
    receiver.fallback = 500;
    const records = await placed('ord-r5', 'ord-r6');

    const result = await handler({ Records: records });

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: sequence(records[1]!) }] });
    expect(receiver.requests.map((r) => orderIdOf(r.body))).toEqual(['ord-r5', 'ord-r6', 'ord-r6', 'ord-r6']);
  });
});
