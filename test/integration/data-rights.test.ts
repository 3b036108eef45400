/**
 * A customer's data rights against DynamoDB Local: the export holds everything kept about them
 * (never the voice code); the erasure removes profile, voice code, cart, links and handoff requests
 * and keeps the orders only under a pseudonym, with nothing left that names the customer and no
 * order event sent for the move.
 */
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from '../../lambda/adapters/dynamodb/keys';
import { toOrderEvent } from '../../lambda/adapters/webhooks/order-event';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';
import { openStream } from './events-support';

let t: TestServices;
const CUSTOMER = 'rights-customer';
const NAME = 'Grace Hopper';
const ADDRESS = '7 Compiler Lane';

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([product('DR-1', 'Oat Milk', 399, { stock: 50 })]);
  // Linked from Alexa, with a voice code, two orders, a cart and a handoff request.
  const accessToken = await ensureLocalSigningKeysAndSign(t.table, CUSTOMER);
  await t.services.identity.resolve({
    platform: 'alexa',
    platformUserId: 'amzn1.ask.account.RIGHTS',
    accessToken,
  });
  await t.services.customers.setVoiceCode(CUSTOMER, '4821');
  await t.table.doc.send(
    new PutCommand({
      TableName: t.table.tableName,
      Item: {
        ...(await t.table.doc.send(new ScanCommand({ TableName: t.table.tableName }))).Items!.find(
          (i) => i.pk === profileKey(CUSTOMER).pk && i.sk === 'PROFILE',
        ),
        name: NAME,
        addressSummary: ADDRESS,
      },
    }),
  );
  for (const key of ['o-1', 'o-2']) {
    await t.services.cart.add(CUSTOMER, 'DR-1', 1);
    await t.services.checkout.placeOrder(CUSTOMER, {
      source: { kind: 'cart' },
      deliveryOptionId: 'pickup',
      idempotencyKey: key,
      voiceCode: '4821',
    });
  }
  await t.services.cart.add(CUSTOMER, 'DR-1', 3);
  await t.services.handoff.request(CUSTOMER, 'my order is late', { cartSkus: ['DR-1'] });
});
afterAll(() => t.table.drop());

async function everything(): Promise<string> {
  const { Items } = await t.table.doc.send(new ScanCommand({ TableName: t.table.tableName }));
  return JSON.stringify(Items);
}

it('exports everything kept about the customer, without the voice code', async () => {
  const exported = await t.services.dataRights.export(CUSTOMER);
  expect(exported.profile).toMatchObject({ name: NAME, addressSummary: ADDRESS, voiceCodeSet: true });
  expect(JSON.stringify(exported)).not.toMatch(/scrypt|voiceCodeHash/);
  expect(exported.cart.map((l) => [l.sku, l.quantity])).toEqual([['DR-1', 3]]);
  expect(exported.orders).toHaveLength(2);
  expect(exported.handoffs.map((h) => h.reason)).toEqual(['my order is late']);
  expect(exported.linkedAccounts).toEqual([
    expect.objectContaining({ platform: 'alexa', platformUserId: 'amzn1.ask.account.RIGHTS' }),
  ]);
});

it('erases the customer and keeps the orders under a pseudonym, sending no order event', async () => {
  const orders = await t.services.orders.recent(CUSTOMER, 10);
  const stream = await openStream(t.table);
  const report = await t.services.dataRights.erase(CUSTOMER);
  expect(report).toMatchObject({ profile: true, cart: true, links: 1, handoffs: 1, ordersKept: 2 });
  const stored = await everything();
  for (const personal of [CUSTOMER, NAME, ADDRESS, 'amzn1.ask.account.RIGHTS', 'scrypt$']) {
    expect(stored).not.toContain(personal);
  }
  const kept = await t.services.orders.recent(report.ordersKeptUnder!, 10);
  expect(kept.map((o) => o.orderId).sort()).toEqual(orders.map((o) => o.orderId).sort());
  expect(kept.map((o) => o.quote.total)).toEqual(orders.map((o) => o.quote.total));
  expect(await t.services.dataRights.export(CUSTOMER)).toMatchObject({
    cart: [],
    orders: [],
    handoffs: [],
    linkedAccounts: [],
  });
  // The moves are in the stream as new order items, and are no order events.
  const records = await stream.next(12);
  stream.close();
  const moves = records.filter((r) => r.dynamodb?.Keys?.pk?.S === `CUSTOMER#${report.ordersKeptUnder}`);
  expect(moves.map((r) => r.eventName)).toEqual(['INSERT', 'INSERT']);
  expect(moves.map(toOrderEvent).filter(Boolean)).toEqual([]);
});
