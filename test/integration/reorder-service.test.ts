/**
 * Reorder against DynamoDB Local: the last order, the usual from history, one product again;
 * repriced and unavailable lines are reported, never dropped; a reorder places without the cart.
 */
import { countingCommands } from '../support/command-counter';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([
    product('R-MILK', 'Oat Milk Barista', 399, { stock: 50 }),
    product('R-COFFEE', 'Colombian Ground Coffee', 899, { stock: 50 }),
    product('R-BREAD', 'Sourdough Bread', 499, { stock: 50 }),
    product('R-EGGS', 'Free Range Eggs', 429, { stock: 50 }),
    product('R-LAVAZZA', 'Lavazza Espresso Italiano', 1199, {
      brand: 'Lavazza',
      category: 'Coffee & Tea',
      synonyms: ['arabica beans'],
    }),
    product('R-PEETS', "Major Dickason's Blend", 1299, { brand: "Peet's", category: 'Coffee & Tea' }),
    product('R-FILTERS', 'Basket Filters', 299, { category: 'Coffee & Tea', synonyms: ['coffee filters'] }),
  ]);
});
afterAll(() => t.table.drop());

async function order(customerId: string, lines: [string, number][], key: string): Promise<void> {
  for (const [sku, quantity] of lines) await t.services.cart.add(customerId, sku, quantity);
  await t.services.checkout.placeOrder(customerId, {
    source: { kind: 'cart' },
    deliveryOptionId: 'standard',
    idempotencyKey: key,
  });
  t.clock.advanceMinutes(60 * 24);
}

describe('reorder', () => {
  beforeAll(async () => {
    await order(
      'regular',
      [
        ['R-MILK', 2],
        ['R-COFFEE', 1],
      ],
      'o1',
    );
    await order(
      'regular',
      [
        ['R-MILK', 2],
        ['R-BREAD', 1],
      ],
      'o2',
    );
    await order(
      'regular',
      [
        ['R-MILK', 1],
        ['R-COFFEE', 1],
        ['R-EGGS', 1],
      ],
      'o3',
    );
  });

  it('finds the usual from history: bought in two or more orders, most often first', async () => {
    const usual = await t.services.reorder.previewUsual('regular');
    expect(usual!.lines.map((l) => [l.sku, l.quantity, l.status])).toEqual([
      ['R-MILK', 2, 'available'],
      ['R-COFFEE', 1, 'available'],
    ]);
  });

  it('reports repriced, short and unavailable lines of the last order, and orders only what it can', async () => {
    await t.seedProducts([
      product('R-MILK', 'Oat Milk Barista', 449, { stock: 50 }),
      product('R-EGGS', 'Free Range Eggs', 429, { stock: 0 }),
    ]);
    const last = await t.services.reorder.previewLast('regular');
    expect(last!.source).toBe('last');
    const bySku = new Map(last!.lines.map((l) => [l.sku, l]));
    expect(bySku.get('R-MILK')).toMatchObject({
      status: 'repriced',
      previousUnitPrice: { amount: 399 },
      unitPrice: { amount: 449 },
      orderableQuantity: 1,
    });
    expect(bySku.get('R-COFFEE')).toMatchObject({ status: 'available', orderableQuantity: 1 });
    expect(bySku.get('R-EGGS')).toMatchObject({ status: 'unavailable', orderableQuantity: 0 });
    expect(last!.orderable).toEqual([
      { sku: 'R-MILK', quantity: 1 },
      { sku: 'R-COFFEE', quantity: 1 },
    ]);
    await t.services.cart.add('regular', 'R-BREAD', 3);
    const placed = await t.services.checkout.placeOrder('regular', {
      source: { kind: 'lines', lines: last!.orderable },
      deliveryOptionId: 'standard',
      idempotencyKey: 'reorder-1',
    });
    expect(placed.quote.lines.map((l) => [l.sku, l.unitPrice.amount])).toEqual([
      ['R-MILK', 449],
      ['R-COFFEE', 899],
    ]);
    // A reorder leaves the cart alone.
    expect((await t.services.cart.read('regular')).cart.lines).toEqual([
      expect.objectContaining({ sku: 'R-BREAD', quantity: 3 }),
    ]);
  });

  it('finds one product bought before by the shopper’s words', async () => {
    const again = await t.services.reorder.previewProduct('regular', 'the coffee');
    expect(again!.lines).toEqual([expect.objectContaining({ sku: 'R-COFFEE', quantity: 1 })]);
    expect(await t.services.reorder.previewProduct('regular', 'dog food')).toBeUndefined();
  });

  it('finds a past product by brand, category or synonym when no name matches, the most recent first, in one batch read', async () => {
    await order('espresso', [['R-LAVAZZA', 2]], 'e1');
    await order(
      'espresso',
      [
        ['R-PEETS', 1],
        ['R-BREAD', 1],
      ],
      'e2',
    );
    const counter = countingCommands(t.table.doc);
    const coffee = await t.services.reorder.previewProduct('espresso', 'the coffee');
    counter.stop();
    // Both were bought as Coffee & Tea; Peet's was bought last.
    expect(coffee!.lines).toEqual([
      expect.objectContaining({ sku: 'R-PEETS', quantity: 1, status: 'available' }),
    ]);
    expect(coffee!.basedOnOrderId).toBeDefined();
    // The order history, then one batch read of the past products (reused for the preview).
    expect([counter.reads(), counter.writes()]).toEqual([2, 0]);
    expect(counter.commands.filter((c) => c === 'BatchGetItemCommand')).toHaveLength(1);
    const lavazza = await t.services.reorder.previewProduct('espresso', 'lavazza');
    expect(lavazza!.lines).toEqual([expect.objectContaining({ sku: 'R-LAVAZZA', quantity: 2 })]);
    const arabica = await t.services.reorder.previewProduct('espresso', 'the arabica beans');
    expect(arabica!.lines.map((l) => l.sku)).toEqual(['R-LAVAZZA']);
    expect(await t.services.reorder.previewProduct('espresso', 'dog food')).toBeUndefined();
  });

  it('matches a name before brand, category or synonyms', async () => {
    await order('filters', [['R-LAVAZZA', 1]], 'f1');
    await order('filters', [['R-FILTERS', 1]], 'f2');
    // "Basket Filters" names filters; the espresso is not a filter, though both are Coffee & Tea.
    const filters = await t.services.reorder.previewProduct('filters', 'the filters');
    expect(filters!.lines.map((l) => l.sku)).toEqual(['R-FILTERS']);
  });

  it('has nothing to reorder for a new shopper', async () => {
    expect(await t.services.reorder.previewLast('new-shopper')).toBeUndefined();
    expect(await t.services.reorder.previewUsual('new-shopper')).toBeUndefined();
  });
});
