/**
 * Checkout against DynamoDB Local: racing shoppers never oversell, a repeated confirmation makes one
 * order, a declined or failed payment leaves the cart as it was, and prices are today's.
 */
import type { PaymentPort, PaymentResult } from '../../lambda/domain/ports';
import { isDomainError } from '../../lambda/domain/errors';
import { product } from '../support/store-fixture';
import { countingCommands } from '../support/command-counter';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let paymentAnswer: () => Promise<PaymentResult>;
const released: string[] = [];
const authorized: string[] = [];
const payments: PaymentPort = {
  authorize: async () => {
    const answer = await paymentAnswer();
    if (answer.status === 'approved') authorized.push(answer.reference);
    return answer;
  },
  release: ({ reference }) => {
    if (reference) released.push(reference);
    return Promise.resolve();
  },
};
const approve = (): Promise<PaymentResult> =>
  Promise.resolve({
    status: 'approved',
    method: 'merchant_webhook',
    reference: `ch-${Math.random()}`,
    dueOnDelivery: false,
  });

beforeAll(async () => {
  t = await createTestServices({ payments });
  await t.seedSettings();
});
afterAll(() => t.table.drop());
beforeEach(() => {
  paymentAnswer = approve;
  released.length = 0;
  authorized.length = 0;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

describe('checkout', () => {
  it('sells exactly the stock when 30 shoppers order the last 10 at once', async () => {
    await t.seedProducts([product('RACE-1', 'Limited Cold Brew', 499, { stock: 10 })]);
    const shoppers = Array.from({ length: 30 }, (_, i) => `race-shopper-${i}`);
    for (const id of shoppers) await t.services.cart.add(id, 'RACE-1', 1);
    const outcomes = await Promise.all(
      shoppers.map((id) =>
        codeOf(
          t.services.checkout.placeOrder(id, {
            source: { kind: 'cart' },
            deliveryOptionId: 'standard',
            idempotencyKey: `confirm-${id}`,
          }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10);
    expect(outcomes.filter((o) => o === 'OUT_OF_STOCK')).toHaveLength(20);
    expect((await t.catalog.get('RACE-1'))!.stock).toBe(0);
    // The losers keep their carts; the winners' carts are empty.
    const carts = await Promise.all(shoppers.map((id) => t.services.cart.read(id)));
    expect(carts.filter((c) => c.itemCount === 0)).toHaveLength(10);
    expect(carts.filter((c) => c.itemCount === 1)).toHaveLength(20);
    // Every authorization that did not become an order was released (some losers saw the stock gone
    // while pricing, before any payment was asked for).
    const orderRefs = new Set(
      (await Promise.all(shoppers.map((id) => t.services.orders.latest(id)))).flatMap((o) =>
        o ? [o.payment.reference] : [],
      ),
    );
    expect(orderRefs.size).toBe(10);
    expect(released.sort()).toEqual(authorized.filter((ref) => !orderRefs.has(ref)).sort());
  });

  it('makes exactly one order from the same confirmation sent 5 times at once and 5 times in a row', async () => {
    await t.seedProducts([product('IDEM-1', 'Oat Milk', 399, { stock: 50 })]);
    await t.services.cart.add('idem-shopper', 'IDEM-1', 2);
    const request = {
      source: { kind: 'cart' } as const,
      deliveryOptionId: 'standard',
      idempotencyKey: 'same-yes',
    };
    const together = await Promise.all(
      Array.from({ length: 5 }, () => t.services.checkout.placeOrder('idem-shopper', request)),
    );
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await t.services.checkout.placeOrder('idem-shopper', request));
    const ids = new Set([...together, ...after].map((o) => o.orderId));
    expect(ids.size).toBe(1);
    expect(await t.services.orders.recent('idem-shopper', 10)).toHaveLength(1);
    expect((await t.catalog.get('IDEM-1'))!.stock).toBe(48);
  });

  it('leaves the cart exactly as it was when payment is declined or unavailable', async () => {
    await t.seedProducts([product('PAY-1', 'Ground Coffee', 899, { stock: 5 })]);
    await t.services.cart.add('pay-shopper', 'PAY-1', 2);
    const before = await t.services.cart.read('pay-shopper');
    paymentAnswer = () => Promise.resolve({ status: 'declined', reason: 'card expired' });
    const declined = t.services.checkout.placeOrder('pay-shopper', {
      source: { kind: 'cart' },
      deliveryOptionId: 'standard',
      idempotencyKey: 'k1',
    });
    await expect(declined).rejects.toMatchObject({
      code: 'PAYMENT_DECLINED',
      details: { reason: 'card expired' },
    });
    paymentAnswer = () => Promise.reject(new Error('timeout'));
    await expect(
      t.services.checkout.placeOrder('pay-shopper', {
        source: { kind: 'cart' },
        deliveryOptionId: 'standard',
        idempotencyKey: 'k2',
      }),
    ).rejects.toMatchObject({ code: 'PAYMENT_UNAVAILABLE' });
    expect(await t.services.cart.read('pay-shopper')).toEqual(before);
    expect((await t.catalog.get('PAY-1'))!.stock).toBe(5);
    expect(await t.services.orders.latest('pay-shopper')).toBeUndefined();
  });

  it('quotes at today’s price, reports repricing, and refuses a changed total', async () => {
    await t.seedProducts([product('PRICE-1', 'Sourdough Bread', 499, { stock: 5 })]);
    await t.services.cart.add('price-shopper', 'PRICE-1', 1);
    await t.seedProducts([product('PRICE-1', 'Sourdough Bread', 549, { stock: 5 })]);
    const { quote, repriced } = await t.services.checkout.quote('price-shopper', { kind: 'cart' }, 'pickup');
    expect(quote.subtotal.amount).toBe(549);
    expect(repriced).toEqual([
      {
        sku: 'PRICE-1',
        name: 'Sourdough Bread',
        was: { amount: 499, currency: 'USD' },
        now: { amount: 549, currency: 'USD' },
      },
    ]);
    await expect(
      t.services.checkout.placeOrder('price-shopper', {
        source: { kind: 'cart' },
        deliveryOptionId: 'pickup',
        idempotencyKey: 'k-price',
        expectedTotal: { amount: 1, currency: 'USD' },
      }),
    ).rejects.toMatchObject({ code: 'PRICE_CHANGED', details: { newTotal: quote.total } });
    const order = await t.services.checkout.placeOrder('price-shopper', {
      source: { kind: 'cart' },
      deliveryOptionId: 'pickup',
      idempotencyKey: 'k-price-2',
      expectedTotal: quote.total,
    });
    expect(order.quote.total).toEqual(quote.total);
    expect(order.status).toBe('placed');
    expect(order.payment.method).toBe('merchant_webhook');
  });

  it('never releases the winning authorization when an idempotent payment service repeats it', async () => {
    // Like a real merchant service: the same idempotency key always gets the same authorization.
    const byKey = new Map<string, string>();
    const idempotentPayments: PaymentPort = {
      authorize: (request) => {
        const reference = byKey.get(request.idempotencyKey) ?? `auth-${byKey.size + 1}`;
        byKey.set(request.idempotencyKey, reference);
        return Promise.resolve({
          status: 'approved',
          method: 'merchant_webhook',
          reference,
          dueOnDelivery: false,
        });
      },
      release: payments.release,
    };
    const shared = await createTestServices({ payments: idempotentPayments });
    try {
      await shared.seedSettings();
      await shared.seedProducts([product('SHARED-1', 'Maple Syrup', 899, { stock: 20 })]);
      await shared.services.cart.add('shared-shopper', 'SHARED-1', 1);
      const request = {
        source: { kind: 'cart' } as const,
        deliveryOptionId: 'standard',
        idempotencyKey: 'one-yes',
      };
      const orders = await Promise.all(
        Array.from({ length: 5 }, () => shared.services.checkout.placeOrder('shared-shopper', request)),
      );
      expect(new Set(orders.map((o) => o.orderId)).size).toBe(1);
      expect(released).not.toContain(orders[0]!.payment.reference);
    } finally {
      await shared.table.drop();
    }
  });

  it('releases the card authorization when a paid order is cancelled', async () => {
    await t.seedProducts([product('CANCEL-PAY', 'Olive Oil', 1299, { stock: 5 })]);
    await t.services.cart.add('cancel-pay', 'CANCEL-PAY', 1);
    const order = await t.services.checkout.placeOrder('cancel-pay', {
      source: { kind: 'cart' },
      deliveryOptionId: 'standard',
      idempotencyKey: 'cancel-pay-1',
    });
    expect(order.payment.status).toBe('authorized');
    expect(released).toEqual([]);
    await t.services.orders.cancel('cancel-pay', order.orderId);
    expect(released).toEqual([order.payment.reference]);
  });

  it('reads the cart and the products read back in one request when told which skus were read back', async () => {
    // Beside it, side by side: the idempotency record and the profile (is a voice code set?).
    await t.seedProducts([
      product('ONE-1', 'Rye Bread', 449, { stock: 9 }),
      product('ONE-2', 'Butter', 399, { stock: 9 }),
    ]);
    await t.services.cart.add('one-read', 'ONE-1', 1);
    const counter = countingCommands(t.table.doc);
    const order = await t.services.checkout.placeOrder('one-read', {
      source: { kind: 'cart' },
      deliveryOptionId: 'pickup',
      idempotencyKey: 'one-read-1',
      expectedSkus: ['ONE-1'],
    });
    counter.stop();
    expect(order.quote.lines.map((l) => l.sku)).toEqual(['ONE-1']);
    expect([...counter.commands].sort()).toEqual([
      'BatchGetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });

  it('still prices a product the cart gained after the read-back', async () => {
    await t.services.cart.add('gained', 'ONE-1', 1);
    await t.services.cart.add('gained', 'ONE-2', 2);
    const { quote } = await t.services.checkout.quote('gained', { kind: 'cart' }, 'pickup', ['ONE-1']);
    expect(quote.lines.map((l) => [l.sku, l.lineTotal.amount])).toEqual([
      ['ONE-1', 449],
      ['ONE-2', 798],
    ]);
  });

  it('refuses an empty cart and an unknown delivery option', async () => {
    await expect(t.services.checkout.quote('nobody', { kind: 'cart' })).rejects.toMatchObject({
      code: 'CART_EMPTY',
    });
    await t.seedProducts([product('DEL-1', 'Eggs', 399)]);
    await t.services.cart.add('del-shopper', 'DEL-1', 1);
    await expect(t.services.checkout.quote('del-shopper', { kind: 'cart' }, 'drone')).rejects.toMatchObject({
      code: 'DELIVERY_OPTION_UNKNOWN',
    });
  });
});
