/**
 * Adding to a placed order against DynamoDB Local: the difference authorized as its own payment and
 * released when the addition is not written or the order is cancelled; an addition racing the
 * merchant's move to "shipped" loses cleanly (nothing added, no stock taken, its payment released);
 * the same confirmation adds once; stock never goes below zero.
 */
import type { Order } from '../../lambda/domain/model';
import type { PaymentPort, PaymentRelease, PaymentRequest } from '../../lambda/domain/ports';
import { beforeNextTransaction } from '../support/interleave';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
const authorized: PaymentRequest[] = [];
const released: PaymentRelease[] = [];
const payments: PaymentPort = {
  authorize: (request) => {
    authorized.push(request);
    return Promise.resolve({
      status: 'approved',
      method: 'merchant_webhook',
      reference: `auth-${authorized.length}`,
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
  await t.seedProducts([
    product('AM-1', 'Honey', 700, { stock: 50 }),
    product('AM-2', 'Jam', 450, { stock: 3 }),
  ]);
});
afterAll(() => t.table.drop());
beforeEach(() => {
  t.clock.set('2026-11-23T15:00:00.000Z');
  authorized.length = 0;
  released.length = 0;
});

async function placed(customerId: string): Promise<Order> {
  await t.services.cart.add(customerId, 'AM-1', 1);
  return t.services.checkout.placeOrder(customerId, {
    source: { kind: 'cart' },
    deliveryOptionId: 'standard',
    idempotencyKey: `${customerId}-order`,
  });
}

async function amend(customerId: string, order: Order, sku: string, quantity: number, key = 'add-1') {
  const preview = await t.services.amend.preview(customerId, order.orderId, sku, quantity);
  return t.services.amend.amend(customerId, {
    orderId: order.orderId,
    sku,
    quantity,
    idempotencyKey: key,
    expectedTotal: preview.newTotal,
  });
}

const stock = async (sku: string) => (await t.catalog.get(sku))!.stock;

it('authorizes the difference on its own and adds once under the same confirmation', async () => {
  const order = await placed('amend-pay');
  authorized.length = 0;
  const amended = await amend('amend-pay', order, 'AM-2', 1);
  expect(authorized).toEqual([
    expect.objectContaining({ orderId: order.orderId, amount: amended.amendments![0]!.difference }),
  ]);
  expect(amended.amendments![0]!.difference.amount).toBe(
    amended.quote.total.amount - order.quote.total.amount,
  );
  expect(await amend('amend-pay', order, 'AM-2', 1)).toMatchObject({ version: amended.version });
  expect(authorized).toHaveLength(1);
  expect(await stock('AM-2')).toBe(2);
  const stored = await t.services.orders.get('amend-pay', order.orderId);
  expect(stored.amendments).toHaveLength(1);
});

it('loses cleanly to a status change to shipped made between the read-back and the write', async () => {
  const order = await placed('amend-race');
  const before = await stock('AM-1');
  const preview = await t.services.amend.preview('amend-race', order.orderId, 'AM-1', 2);
  const ship = beforeNextTransaction(t.table.doc, async () => {
    for (const status of ['confirmed', 'packed', 'shipped'] as const) {
      await t.services.orders.updateStatus('amend-race', order.orderId, status);
    }
  });
  try {
    await expect(
      t.services.amend.amend('amend-race', {
        orderId: order.orderId,
        sku: 'AM-1',
        quantity: 2,
        idempotencyKey: 'race-1',
        expectedTotal: preview.newTotal,
      }),
    ).rejects.toMatchObject({
      code: 'ORDER_NOT_AMENDABLE',
      details: { orderId: order.orderId, reason: 'packed' },
    });
  } finally {
    ship.remove();
  }
  expect(ship.ran()).toBe(true);
  const stored = await t.services.orders.get('amend-race', order.orderId);
  expect(stored.status).toBe('shipped');
  expect(stored.amendments).toBeUndefined();
  expect(stored.quote.lines).toEqual(order.quote.lines);
  expect(await stock('AM-1')).toBe(before);
  // The difference was authorized for the addition that lost, and released.
  expect(released).toEqual([expect.objectContaining({ orderId: order.orderId, reference: 'auth-2' })]);
});

it('never sells more than is there, and releases the difference', async () => {
  const order = await placed('amend-stock');
  await t.services.catalog.setStock('AM-2', 1);
  const preview = await t.services.amend.preview('amend-stock', order.orderId, 'AM-2', 1);
  await t.services.catalog.setStock('AM-2', 0);
  await expect(
    t.services.amend.amend('amend-stock', {
      orderId: order.orderId,
      sku: 'AM-2',
      quantity: 1,
      idempotencyKey: 'stock-1',
      expectedTotal: preview.newTotal,
    }),
  ).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
  expect(await stock('AM-2')).toBe(0);
  await t.services.catalog.setStock('AM-2', 3);
});

it('releases every authorization of the order when it is cancelled', async () => {
  const order = await placed('amend-cancel');
  const amended = await amend('amend-cancel', order, 'AM-1', 1);
  released.length = 0;
  await t.services.orders.cancel('amend-cancel', order.orderId);
  expect(released.map((r) => r.reference)).toEqual([
    order.payment.reference,
    amended.amendments![0]!.payment.reference,
  ]);
});

it('refuses after the cut-off the day before delivery', async () => {
  const order = await placed('amend-late');
  t.clock.set('2026-11-24T01:00:00.000Z'); // 8 pm in New York: the standard option's cut-off
  await expect(t.services.amend.preview('amend-late', order.orderId, 'AM-1', 1)).rejects.toMatchObject({
    code: 'ORDER_NOT_AMENDABLE',
    details: { reason: 'cutoff_passed' },
  });
});
