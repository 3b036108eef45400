/**
 * No payment authorization outlives an order that was not placed, and no placed order is reported
 * as failed: an authorization is released when the order write fails or the payment service does
 * not answer in time (it may have charged), the order id comes from the confirmation's key so a
 * retry is the same order to the merchant, and a commit whose answer was lost is found through its
 * idempotency record. Against DynamoDB Local.
 */
import type { PaymentPort, PaymentRelease, PaymentRequest } from '../../lambda/domain/ports';
import { injectTransactionConflicts } from '../support/conflict-injection';
import { loseAnswersAfterCommit } from '../support/interleave';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let reachable = true;
const authorized: PaymentRequest[] = [];
const released: PaymentRelease[] = [];
const payments: PaymentPort = {
  authorize: (request) => {
    authorized.push(request);
    // The merchant charges either way; the answer may come too late to be heard.
    if (!reachable) return Promise.reject(new Error('payment webhook timed out'));
    return Promise.resolve({
      status: 'approved',
      method: 'merchant_webhook',
      reference: `auth-${request.orderId}`,
      dueOnDelivery: false,
    });
  },
  release: (release) => {
    released.push(release);
    return Promise.resolve();
  },
};

beforeAll(async () => {
  t = await createTestServices({ payments });
  await t.seedSettings();
  await t.seedProducts([product('REL-1', 'Honey', 700, { stock: 50 })]);
});
afterAll(() => t.table.drop());
beforeEach(() => {
  reachable = true;
  authorized.length = 0;
  released.length = 0;
});

const request = (key: string) => ({
  source: { kind: 'cart' } as const,
  deliveryOptionId: 'pickup',
  idempotencyKey: key,
});

it('releases the authorization when the order write fails', async () => {
  await t.services.cart.add('write-fails', 'REL-1', 1);
  // Contention that outlasts every attempt of the order transaction.
  const conflicts = injectTransactionConflicts(t.table.doc, 50);
  try {
    await expect(t.services.checkout.placeOrder('write-fails', request('wf-1'))).rejects.toThrow();
  } finally {
    conflicts.remove();
  }
  expect(authorized).toHaveLength(1);
  expect(released).toEqual([
    {
      orderId: authorized[0]!.orderId,
      idempotencyKey: authorized[0]!.idempotencyKey,
      reference: `auth-${authorized[0]!.orderId}`,
    },
  ]);
  expect(await t.services.orders.recent('write-fails', 5)).toEqual([]);
});

it('releases what the payment service may have charged when its answer comes too late, and a retry is the same order', async () => {
  await t.services.cart.add('too-late', 'REL-1', 1);
  reachable = false;
  await expect(t.services.checkout.placeOrder('too-late', request('tl-1'))).rejects.toMatchObject({
    code: 'PAYMENT_UNAVAILABLE',
  });
  expect(released).toEqual([
    { orderId: authorized[0]!.orderId, idempotencyKey: authorized[0]!.idempotencyKey },
  ]);
  reachable = true;
  const order = await t.services.checkout.placeOrder('too-late', request('tl-1'));
  // The same confirmation is the same order to the merchant: same key, same order id.
  expect(authorized.map((a) => a.orderId)).toEqual([order.orderId, order.orderId]);
  expect(new Set(authorized.map((a) => a.idempotencyKey)).size).toBe(1);
  expect(released).toHaveLength(1);
});

it('returns the order whose commit succeeded though its answer was lost, and keeps its payment', async () => {
  await t.services.cart.add('answer-lost', 'REL-1', 2);
  const stock = (await t.catalog.get('REL-1'))!.stock;
  const lost = loseAnswersAfterCommit(t.table.doc, 1);
  let order;
  try {
    order = await t.services.checkout.placeOrder('answer-lost', request('al-1'));
  } finally {
    lost.remove();
  }
  expect(lost.lost()).toBe(1);
  expect(order.status).toBe('placed');
  expect(await t.services.orders.recent('answer-lost', 5)).toEqual([order]);
  expect((await t.catalog.get('REL-1'))!.stock).toBe(stock - 2);
  expect(released).toEqual([]);
});
