/**
 * What expires (the table's TTL attribute, expiresAt): an order's idempotency record a day after the
 * order, and a handoff request with its ticket item thirty days after it was closed; an open
 * request never does. Against DynamoDB Local (which keeps expired items: readers filter them).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { handoffKey, handoffTicketKey, idempotencyKey } from '../../lambda/adapters/dynamodb/keys';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([product('TTL-1', 'Tea', 300)]);
});
afterAll(() => t.table.drop());

const item = async (key: { pk: string; sk: string }) =>
  (await t.table.doc.send(new GetCommand({ TableName: t.table.tableName, Key: key, ConsistentRead: true })))
    .Item;
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

it('lets an idempotency record expire a day after its order', async () => {
  await t.services.cart.add('ttl-shopper', 'TTL-1', 1);
  const order = await t.services.checkout.placeOrder('ttl-shopper', {
    source: { kind: 'cart' },
    deliveryOptionId: 'pickup',
    idempotencyKey: 'ttl-1',
  });
  expect((await item(idempotencyKey(order.idempotencyKey)))?.expiresAt).toBe(
    seconds(order.placedAt) + 86_400,
  );
});

it('lets a handoff request and its ticket expire thirty days after it was closed, and never while open', async () => {
  const { ticketId } = await t.services.handoff.request('ttl-shopper', 'help', { cartSkus: [] });
  const [open] = await t.services.handoffQueue.listOpen(10);
  const key = handoffKey('ttl-shopper', open!.createdAt, ticketId);
  expect((await item(key))?.expiresAt).toBeUndefined();
  const closedAt = '2026-11-24T10:00:00.000Z';
  expect(await t.services.handoffQueue.closeTicket(ticketId, closedAt)).toBe(true);
  const expires = seconds(closedAt) + 30 * 86_400;
  expect((await item(key))?.expiresAt).toBe(expires);
  expect((await item(handoffTicketKey(ticketId)))?.expiresAt).toBe(expires);
});
