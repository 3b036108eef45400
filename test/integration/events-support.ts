/**
 * Helpers for the order-events tests: DynamoDB Local's own stream read into the event shape Lambda
 * passes to the function, the two halves of the pipeline over the table-backed queue, a webhook
 * receiver on a real HTTP server, and a stored order item.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverOrderEvents } from '../../lambda/adapters/webhooks/order-event-delivery';
import { createOrderEventsProcessor } from '../../lambda/adapters/webhooks/order-events-processor';
import type { WebhookSender } from '../../lambda/adapters/webhooks/webhook-client';
import { LocalEventQueue } from '../../lambda/local/local-event-queue';
import { MemoryLogger } from '../support/test-services';
import { orderToItem } from '../../lambda/adapters/dynamodb/order-item';
import type { Order, OrderStatus } from '../../lambda/domain/model';
import type { TestTable } from '../support/dynamo';

/** Reads a table's stream from where the previous read stopped. */
export interface StreamReader {
  /** Waits until at least `count` new records arrived, and returns every new one. */
  next(count: number): Promise<DynamoDBRecord[]>;
  close(): void;
}

/** Opens the table's stream at its start, as the event source mapping does (TRIM_HORIZON). */
export async function openStream(table: TestTable): Promise<StreamReader> {
  const { Table } = await table.client.send(new DescribeTableCommand({ TableName: table.tableName }));
  const streamArn = Table!.LatestStreamArn!;
  const client = new DynamoDBStreamsClient({
    region: 'us-east-1',
    endpoint: table.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | undefined>();
  const refreshShards = async (): Promise<void> => {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (iterators.has(shard.ShardId!)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId!,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      iterators.set(shard.ShardId!, ShardIterator);
    }
  };
  return {
    async next(count) {
      const records: DynamoDBRecord[] = [];
      const deadline = Date.now() + 10_000;
      while (records.length < count && Date.now() < deadline) {
        await refreshShards();
        for (const [shardId, iterator] of iterators) {
          if (!iterator) continue;
          const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
          iterators.set(shardId, page.NextShardIterator);
          for (const record of page.Records ?? []) {
            // The table-backed event queue's own items are not what the tests wrote.
            if (record.dynamodb?.Keys?.pk?.S?.startsWith('LOCAL#')) continue;
            const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
            records.push({
              ...(record as DynamoDBRecord),
              eventSourceARN: streamArn,
              dynamodb: {
                ...(dynamodb as DynamoDBRecord['dynamodb']),
                ApproximateCreationDateTime: ApproximateCreationDateTime
                  ? Math.floor(ApproximateCreationDateTime.getTime() / 1000)
                  : undefined,
              },
            });
          }
        }
        if (records.length < count) await new Promise((r) => setTimeout(r, 100));
      }
      return records;
    },
    close: () => client.destroy(),
  };
}

/**
 * The stream consumer's answer to a batch, after its events were put on the table-backed queue and
 * one receive of the queue was delivered (what was delivered is taken off the queue).
 */
export function enqueueThenDeliver(
  table: TestTable,
  webhook: WebhookSender,
): (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse> {
  const queue = new LocalEventQueue(table.doc, table.tableName);
  const logger = new MemoryLogger();
  const processor = createOrderEventsProcessor({ queue, logger });
  return async (event) => {
    const answer = await processor.handle(event);
    const outcome = await deliverOrderEvents(await queue.receive(10), { webhook, postponer: queue, logger });
    for (const delivered of outcome.delivered) await queue.delete(delivered);
    return answer;
  };
}

/** A request the receiver got. */
export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A webhook receiver: answers each request with the next queued status, then `fallback`. */
export interface Receiver {
  readonly url: string;
  readonly requests: Received[];
  readonly statuses: number[];
  fallback: number;
  close(): Promise<void>;
}

/** Starts a receiver on a free loopback port. */
export async function startReceiver(): Promise<Receiver> {
  const requests: Received[] = [];
  const statuses: number[] = [];
  const state = { fallback: 200 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(statuses.shift() ?? state.fallback, { 'content-type': 'application/json' });
      res.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/order-events`,
    requests,
    statuses,
    get fallback() {
      return state.fallback;
    },
    set fallback(value: number) {
      state.fallback = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** An order as the repository stores it: two lines, delivery, a fee and tax, in USD cents. */
export function sampleOrder(orderId: string, status: OrderStatus = 'placed'): Order {
  const placedAt = '2026-03-02T15:04:05.000Z';
  return {
    orderId,
    customerId: 'cust-7',
    placedAt,
    status,
    history: [
      { status: 'placed', at: placedAt },
      ...(status === 'placed' ? [] : [{ status, at: '2026-03-02T16:00:00.000Z' }]),
    ],
    quote: {
      currency: 'USD',
      lines: [
        { sku: 'OAT-1', name: 'Oat Milk', quantity: 2, unitPrice: usd(349), lineTotal: usd(698) },
        { sku: 'BRD-2', name: 'Sourdough Bread', quantity: 1, unitPrice: usd(499), lineTotal: usd(499) },
      ],
      subtotal: usd(1197),
      delivery: {
        optionId: 'standard',
        name: 'Standard delivery',
        price: usd(499),
        expectedDate: '2026-03-04',
      },
      fees: [{ id: 'bag', name: 'Bag fee', amount: usd(10) }],
      tax: usd(107),
      total: usd(1813),
    },
    payment: { method: 'pay_on_delivery', reference: `pod-${orderId}`, status: 'due_on_delivery' },
    idempotencyKey: `idem-${orderId}`,
    version: status === 'placed' ? 1 : 2,
  };
}

/** The stored item of an order. */
export const orderItem = (order: Order): Record<string, unknown> => orderToItem(order);
