/**
 * The order placed is the cart that was read back: with the read-back cart version, a cart changed
 * since (even for another with the same total) is refused and nothing is ordered, whether the change
 * came before the "yes" or between placing's reads and its transaction. Against DynamoDB Local.
 */
import { beforeNextTransaction } from '../support/interleave';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([
    product('RB-TEA', 'Green Tea', 500, { stock: 20 }),
    product('RB-JAM', 'Strawberry Jam', 500, { stock: 20 }),
  ]);
});
afterAll(() => t.table.drop());

it('refuses a cart swapped for another with the same total after the read-back', async () => {
  await t.services.cart.add('swapped', 'RB-TEA', 1);
  const readBack = await t.services.checkout.quote('swapped', { kind: 'cart' }, 'pickup');
  // A second device swaps the tea for jam at the same price.
  await t.services.cart.remove('swapped', 'RB-TEA');
  await t.services.cart.add('swapped', 'RB-JAM', 1);
  await expect(
    t.services.checkout.placeOrder('swapped', {
      source: { kind: 'cart' },
      deliveryOptionId: 'pickup',
      idempotencyKey: 'swap-yes',
      expectedTotal: readBack.quote.total,
      expectedCartVersion: readBack.cartVersion!,
    }),
  ).rejects.toMatchObject({ code: 'CART_CHANGED' });
  expect(await t.services.orders.recent('swapped', 5)).toEqual([]);
  expect((await t.services.cart.read('swapped')).cart.lines.map((l) => l.sku)).toEqual(['RB-JAM']);
  expect((await t.catalog.get('RB-JAM'))!.stock).toBe(20);
});

it('refuses when the cart changes between the reads and the transaction', async () => {
  await t.services.cart.add('mid-change', 'RB-TEA', 1);
  const readBack = await t.services.checkout.quote('mid-change', { kind: 'cart' }, 'pickup');
  const change = beforeNextTransaction(t.table.doc, () => t.services.cart.add('mid-change', 'RB-JAM', 1));
  try {
    await expect(
      t.services.checkout.placeOrder('mid-change', {
        source: { kind: 'cart' },
        deliveryOptionId: 'pickup',
        idempotencyKey: 'mid-yes',
        expectedCartVersion: readBack.cartVersion!,
      }),
    ).rejects.toMatchObject({ code: 'CART_CHANGED' });
  } finally {
    change.remove();
  }
  expect(change.ran()).toBe(true);
  expect(await t.services.orders.recent('mid-change', 5)).toEqual([]);
  expect((await t.services.cart.read('mid-change')).itemCount).toBe(2);
});

it('places the cart read back, and a repeated yes returns the same order', async () => {
  await t.services.cart.add('kept', 'RB-TEA', 2);
  const readBack = await t.services.checkout.quote('kept', { kind: 'cart' }, 'pickup');
  const request = {
    source: { kind: 'cart' } as const,
    deliveryOptionId: 'pickup',
    idempotencyKey: 'kept-yes',
    expectedCartVersion: readBack.cartVersion!,
  };
  const [first, second] = await Promise.all([
    t.services.checkout.placeOrder('kept', request),
    t.services.checkout.placeOrder('kept', request),
  ]);
  const third = await t.services.checkout.placeOrder('kept', request);
  expect(new Set([first.orderId, second.orderId, third.orderId]).size).toBe(1);
  expect(first.quote.lines.map((l) => [l.sku, l.quantity])).toEqual([['RB-TEA', 2]]);
});
