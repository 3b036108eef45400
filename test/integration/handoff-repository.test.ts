/**
 * DynamoHandoffRepository against DynamoDB Local: requests stored under the customer and listed for
 * the merchant from the open queue, oldest first; closing finds a request by its ticket and takes it
 * out of the queue.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoHandoffRepository } from '../../lambda/adapters/dynamodb/handoff-repository';
import { ENTITY, profileKey } from '../../lambda/adapters/dynamodb/keys';
import type { HandoffRequest } from '../../lambda/domain/support-model';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let handoffs: DynamoHandoffRepository;

beforeAll(async () => {
  table = await createTestTable('handoffs');
  handoffs = new DynamoHandoffRepository(table.doc, table.tableName);
});
afterAll(() => table.drop());

const request = (ticketId: string, customerId: string, createdAt: string): HandoffRequest => ({
  ticketId,
  customerId,
  createdAt,
  reason: 'my delivery is late',
  context: { lastIntent: 'TrackOrderIntent', cartSkus: ['p-milk'], latestOrderId: '1001' },
  status: 'open',
});

it('lists open requests oldest first, up to the limit, and closing takes one out', async () => {
  const late = request('T-3', 'c-2', '2026-03-01T11:00:00.000Z');
  const early = request('T-1', 'c-1', '2026-03-01T09:00:00.000Z');
  const middle = { ...request('T-2', 'c-1', '2026-03-01T10:00:00.000Z'), context: { cartSkus: [] } };
  for (const r of [late, early, middle]) await handoffs.create(r);

  expect(await handoffs.listOpen(10)).toEqual([early, middle, late]);
  expect(await handoffs.listOpen(2)).toEqual([early, middle]);

  expect(await handoffs.closeTicket(early.ticketId, '2026-03-01T12:00:00.000Z')).toBe(true);
  expect(await handoffs.closeTicket(early.ticketId, '2026-03-01T12:01:00.000Z')).toBe(false);
  expect(await handoffs.listOpen(10)).toEqual([middle, late]);
});

it('keeps the request under its customer, and recording it twice changes nothing', async () => {
  const r = request('T-9', 'c-9', '2026-03-02T09:00:00.000Z');
  await handoffs.create(r);
  await handoffs.create({ ...r, reason: 'a retried turn' });

  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': profileKey('c-9').pk },
    }),
  );
  expect(Items).toHaveLength(1);
  expect(Items![0]).toMatchObject({ type: ENTITY.handoff, ticketId: 'T-9', reason: 'my delivery is late' });
  expect((await handoffs.listOpen(10)).filter((h) => h.ticketId === 'T-9')).toEqual([r]);
});

it('does not close a request that was never recorded', async () => {
  expect(await handoffs.closeTicket('T-none', '2026-03-01T12:00:00.000Z')).toBe(false);
});
