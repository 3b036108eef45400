/**
 * Placing an order proves the voice code in the domain, on every path (the cart, explicit lines as a
 * reorder sends them): a customer who set a code gets nothing ordered without it, or with a wrong
 * one, whatever the caller believed; and a code set between the reads and the order transaction
 * stops the order in the transaction. Against DynamoDB Local.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from '../../lambda/adapters/dynamodb/keys';
import type { OrderSource } from '../../lambda/domain/checkout-types';
import type { PaymentPort } from '../../lambda/domain/ports';
import { beforeNextTransaction } from '../support/interleave';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
const authorized: string[] = [];
const released: string[] = [];
const payments: PaymentPort = {
  authorize: (request) => {
    authorized.push(request.idempotencyKey);
    const reference = `auth-${authorized.length}`;
    return Promise.resolve({
      status: 'approved',
      method: 'merchant_webhook',
      reference,
      dueOnDelivery: false,
    });
  },
  release: ({ reference }) => {
    if (reference) released.push(reference);
    return Promise.resolve();
  },
};

beforeAll(async () => {
  t = await createTestServices({ payments });
  await t.seedSettings();
  await t.seedProducts([product('PP-1', 'Ground Coffee', 899, { stock: 50 })]);
});
afterAll(() => t.table.drop());
beforeEach(() => {
  authorized.length = 0;
  released.length = 0;
});

const sources: [string, OrderSource][] = [
  ['the cart', { kind: 'cart' }],
  ['reorder lines', { kind: 'lines', lines: [{ sku: 'PP-1', quantity: 1 }] }],
];

describe.each(sources)('placing from %s', (name, source) => {
  const customer = `coded-${name.replace(' ', '-')}`;

  beforeAll(async () => {
    await t.services.customers.setVoiceCode(customer, '4821');
    await t.services.cart.add(customer, 'PP-1', 1);
  });

  it('orders nothing without the code the customer set', async () => {
    await expect(
      t.services.checkout.placeOrder(customer, {
        source,
        deliveryOptionId: 'pickup',
        idempotencyKey: 'no-code',
      }),
    ).rejects.toMatchObject({ code: 'VOICE_CODE_REQUIRED' });
    expect(await t.services.orders.recent(customer, 5)).toEqual([]);
    // Refused before any payment was asked for.
    expect(authorized).toEqual([]);
  });

  it('orders nothing with a wrong code, and counts it', async () => {
    await expect(
      t.services.checkout.placeOrder(customer, {
        source,
        deliveryOptionId: 'pickup',
        idempotencyKey: 'wrong-code',
        voiceCode: '1111',
      }),
    ).rejects.toMatchObject({ code: 'VOICE_CODE_WRONG', details: { attemptsLeft: 2 } });
    expect(authorized).toEqual([]);
    expect(await t.services.orders.recent(customer, 5)).toEqual([]);
    expect((await t.services.customers.profile(customer)).voiceCodeFailures).toBe(1);
  });

  it('places the order with the right code and resets the count', async () => {
    const order = await t.services.checkout.placeOrder(customer, {
      source,
      deliveryOptionId: 'pickup',
      idempotencyKey: 'right-code',
      voiceCode: '4821',
    });
    expect(order.status).toBe('placed');
    expect(await t.services.orders.recent(customer, 5)).toHaveLength(1);
    expect((await t.services.customers.profile(customer)).voiceCodeFailures).toBe(0);
  });
});

it('refuses the order when a code was set between the reads and the transaction', async () => {
  await t.services.cart.add('no-code-yet', 'PP-1', 1);
  const hash = await new (
    await import('../../lambda/adapters/system/scrypt-secret-hasher')
  ).ScryptSecretHasher().hash('1234');
  const setCode = beforeNextTransaction(t.table.doc, () =>
    t.table.doc.send(
      new UpdateCommand({
        TableName: t.table.tableName,
        Key: profileKey('no-code-yet'),
        UpdateExpression:
          'SET #type = :type, customerId = :id, speechRate = :rate, voiceCodeHash = :hash, voiceCodeFailures = :zero, firstSeenAt = :at, lastSeenAt = :at, version = :one',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'CustomerProfile',
          ':id': 'no-code-yet',
          ':rate': 100,
          ':hash': hash,
          ':zero': 0,
          ':at': '2026-11-23T15:00:00.000Z',
          ':one': 1,
        },
      }),
    ),
  );
  try {
    await expect(
      t.services.checkout.placeOrder('no-code-yet', {
        source: { kind: 'cart' },
        deliveryOptionId: 'pickup',
        idempotencyKey: 'gap',
      }),
    ).rejects.toMatchObject({ code: 'VOICE_CODE_REQUIRED' });
  } finally {
    setCode.remove();
  }
  expect(setCode.ran()).toBe(true);
  expect(await t.services.orders.recent('no-code-yet', 5)).toEqual([]);
  expect((await t.services.cart.read('no-code-yet')).itemCount).toBe(1);
  expect(released).toEqual(['auth-1']);
});

it('places without a code for a customer who set none, in the same requests as before', async () => {
  await t.services.cart.add('plain', 'PP-1', 1);
  const order = await t.services.checkout.placeOrder('plain', {
    source: { kind: 'cart' },
    deliveryOptionId: 'pickup',
    idempotencyKey: 'plain-1',
  });
  expect(order.status).toBe('placed');
});
