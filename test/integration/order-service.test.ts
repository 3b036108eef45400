/**
 * Orders after placing, against DynamoDB Local: cancelling within the window puts the stock back,
 * after it the refusal says why; the merchant moves orders along the state machine; tracking.
 */
import type { Order } from '../../lambda/domain/model';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings({ cancelWindowMinutes: 30 });
});
afterAll(() => t.table.drop());

async function placeOne(customerId: string, sku: string, quantity: number): Promise<Order> {
  await t.seedProducts([product(sku, `Product ${sku}`, 250, { stock: 10 })]);
  await t.services.cart.add(customerId, sku, quantity);
  return t.services.checkout.placeOrder(customerId, {
    source: { kind: 'cart' },
    deliveryOptionId: 'standard',
    idempotencyKey: `${customerId}-${sku}`,
  });
}

describe('order service', () => {
  it('cancels within the window and restores the stock', async () => {
    t.clock.set('2026-11-23T15:00:00.000Z');
    const order = await placeOne('cancel-in', 'C-IN', 3);
    expect((await t.catalog.get('C-IN'))!.stock).toBe(7);
    t.clock.advanceMinutes(29);
    const cancelled = await t.services.orders.cancel('cancel-in', order.orderId);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.history.map((h) => h.status)).toEqual(['placed', 'cancelled']);
    expect((await t.catalog.get('C-IN'))!.stock).toBe(10);
    // Cancelling again is refused: the order is final, and the stock is not put back twice.
    await expect(t.services.orders.cancel('cancel-in', order.orderId)).rejects.toMatchObject({
      code: 'ORDER_NOT_CANCELLABLE',
      details: { reason: 'already_final' },
    });
    expect((await t.catalog.get('C-IN'))!.stock).toBe(10);
  });

  it('refuses after the window, with the reason, and keeps the stock sold', async () => {
    t.clock.set('2026-11-23T15:00:00.000Z');
    const order = await placeOne('cancel-late', 'C-LATE', 2);
    t.clock.advanceMinutes(31);
    await expect(t.services.orders.cancel('cancel-late', order.orderId)).rejects.toMatchObject({
      code: 'ORDER_NOT_CANCELLABLE',
      details: { orderId: order.orderId, reason: 'window_passed' },
    });
    expect((await t.services.orders.get('cancel-late', order.orderId)).status).toBe('placed');
    expect((await t.catalog.get('C-LATE'))!.stock).toBe(8);
  });

  it('refuses after shipping even inside the window', async () => {
    t.clock.set('2026-11-23T15:00:00.000Z');
    const order = await placeOne('cancel-shipped', 'C-SHIP', 1);
    for (const status of ['confirmed', 'packed', 'shipped'] as const) {
      await t.services.orders.updateStatus('cancel-shipped', order.orderId, status);
    }
    await expect(t.services.orders.cancel('cancel-shipped', order.orderId)).rejects.toMatchObject({
      details: { reason: 'already_shipped' },
    });
    await expect(
      t.services.orders.updateStatus('cancel-shipped', order.orderId, 'placed'),
    ).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
  });

  it('scopes orders to their customer', async () => {
    const order = await placeOne('owner', 'C-OWN', 1);
    await expect(t.services.orders.get('someone-else', order.orderId)).rejects.toMatchObject({
      code: 'ORDER_NOT_FOUND',
    });
    await expect(t.services.orders.cancel('someone-else', order.orderId)).rejects.toMatchObject({
      code: 'ORDER_NOT_FOUND',
    });
    await expect(t.services.orders.find('nobody')).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' });
  });

  it('tracks the latest order with its expected date and lateness', async () => {
    t.clock.set('2026-11-23T15:00:00.000Z'); // 10:00 in New York: standard arrives tomorrow
    const order = await placeOne('tracker', 'C-TRACK', 4);
    const tracking = await t.services.tracking.track('tracker');
    expect(tracking).toMatchObject({
      orderId: order.orderId,
      status: 'placed',
      expectedDate: '2026-11-24',
      daysUntilExpected: 1,
      late: false,
      itemCount: 4,
    });
    t.clock.set('2026-11-26T15:00:00.000Z');
    expect(await t.services.tracking.track('tracker', order.orderId)).toMatchObject({
      daysUntilExpected: -2,
      late: true,
    });
    await t.services.orders.updateStatus('tracker', order.orderId, 'confirmed');
    await t.services.orders.updateStatus('tracker', order.orderId, 'packed');
    await t.services.orders.updateStatus('tracker', order.orderId, 'shipped');
    await t.services.orders.updateStatus('tracker', order.orderId, 'delivered');
    expect(await t.services.tracking.track('tracker')).toMatchObject({ status: 'delivered', late: false });
  });
});
