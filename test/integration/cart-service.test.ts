/**
 * The cart service against DynamoDB Local: concurrent changes all land, quantity and stock rules,
 * no write when nothing changes, and the anonymous cart merging into an account's on linking.
 */
import { ConcurrencyConflict } from '../../lambda/domain/ports';
import { countingCommands } from '../support/command-counter';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings({ maxQuantityPerLine: 10 });
  await t.seedProducts([
    product('MILK', 'Oat Milk', 399, { stock: 40 }),
    product('BREAD', 'Sourdough Bread', 499, { stock: 3 }),
    product('GONE', 'Seasonal Eggnog', 299, { stock: 0 }),
  ]);
});
afterAll(() => t.table.drop());

describe('cart service', () => {
  it('lands two concurrent adds to one cart (optimistic locking retried)', async () => {
    await Promise.all([
      t.services.cart.add('two-adds', 'MILK', 1),
      t.services.cart.add('two-adds', 'BREAD', 1),
    ]);
    const view = await t.services.cart.read('two-adds');
    expect(view.cart.lines.map((l) => l.sku).sort()).toEqual(['BREAD', 'MILK']);
    expect(view.subtotal.amount).toBe(399 + 499);
  });

  it('lands many concurrent adds of the same product as one summed line', async () => {
    // Each retry of a writer follows another writer's success, so five writers land within the
    // service's five attempts however the machine schedules them.
    await Promise.all(Array.from({ length: 5 }, () => t.services.cart.add('many-adds', 'MILK', 1)));
    const view = await t.services.cart.read('many-adds');
    expect(view.cart.lines).toEqual([expect.objectContaining({ sku: 'MILK', quantity: 5 })]);
    expect(view.cart.version).toBe(5);
  });

  it('refuses quantities outside 1..max, more than the stock, sold-out and unknown products', async () => {
    await expect(t.services.cart.add('rules', 'MILK', 0)).rejects.toMatchObject({ code: 'QUANTITY_INVALID' });
    await expect(t.services.cart.add('rules', 'MILK', 500)).rejects.toMatchObject({
      code: 'QUANTITY_INVALID',
      details: { max: 10, requested: 500 },
    });
    await expect(t.services.cart.add('rules', 'BREAD', 4)).rejects.toMatchObject({
      code: 'OUT_OF_STOCK',
      details: { available: 3, productName: 'Sourdough Bread' },
    });
    await expect(t.services.cart.add('rules', 'GONE', 1)).rejects.toMatchObject({
      code: 'OUT_OF_STOCK',
      details: { available: 0 },
    });
    await expect(t.services.cart.add('rules', 'NOPE', 1)).rejects.toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
    await t.services.cart.add('rules', 'MILK', 8);
    await expect(t.services.cart.add('rules', 'MILK', 3)).rejects.toMatchObject({ code: 'QUANTITY_INVALID' });
    expect((await t.services.cart.read('rules')).cart.lines).toEqual([
      expect.objectContaining({ sku: 'MILK', quantity: 8 }),
    ]);
  });

  it('sets quantities, removes lines, and empties the cart', async () => {
    await t.services.cart.add('edit', 'MILK', 2);
    await t.services.cart.add('edit', 'BREAD', 1);
    const changed = await t.services.cart.setQuantity('edit', 'MILK', 5);
    expect(changed.previousQuantity).toBe(2);
    expect(changed.line?.quantity).toBe(5);
    await t.services.cart.setQuantity('edit', 'BREAD', 0);
    expect((await t.services.cart.read('edit')).cart.lines.map((l) => l.sku)).toEqual(['MILK']);
    await expect(t.services.cart.remove('edit', 'BREAD')).rejects.toMatchObject({
      code: 'CART_LINE_NOT_FOUND',
    });
    const cleared = await t.services.cart.clear('edit');
    expect(cleared.itemCount).toBe(0);
    expect(cleared.subtotal.amount).toBe(0);
  });

  it('writes nothing when a change changes nothing', async () => {
    await t.services.cart.add('noop', 'MILK', 2);
    const counter = countingCommands(t.table.doc);
    await t.services.cart.setQuantity('noop', 'MILK', 2);
    await t.services.cart.clear('empty-already');
    counter.stop();
    expect(counter.writes()).toBe(0);
  });

  it('adds with one read and one write', async () => {
    const counter = countingCommands(t.table.doc);
    await t.services.cart.add('budget', 'MILK', 1);
    counter.stop();
    expect(counter.commands).toEqual(['BatchGetItemCommand', 'PutItemCommand']);
  });

  it('gives up with CART_CONFLICT when the cart keeps changing, and ConcurrencyConflict is the signal', async () => {
    const stale = await t.services.cart.read('conflict');
    await t.services.cart.add('conflict', 'MILK', 1);
    const { DynamoCartRepository } = await import('../../lambda/adapters/dynamodb/cart-repository');
    const repo = new DynamoCartRepository(t.table.doc, t.table.tableName);
    await expect(repo.save({ ...stale.cart, lines: [] })).rejects.toBeInstanceOf(ConcurrencyConflict);
  });

  it('plans the merge of an anonymous cart into the account on linking, capped at the per-line limit', async () => {
    await t.services.cart.add('anon', 'MILK', 7);
    await t.services.cart.add('anon', 'BREAD', 1);
    await t.services.cart.add('account', 'MILK', 6);
    const plan = await t.services.cart.planMerge('anon', 'account');
    expect(plan!.into.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['MILK', 10],
      ['BREAD', 1],
    ]);
    expect(plan!.into.version).toBe((await t.services.cart.read('account')).cart.version);
    expect(plan!.from).toMatchObject({ customerId: 'anon', lines: [] });
    // An empty anonymous cart merges nothing and reads nothing more.
    await t.services.cart.clear('anon');
    const counter = countingCommands(t.table.doc);
    expect(await t.services.cart.planMerge('anon', 'account')).toBeUndefined();
    counter.stop();
    expect(counter.commands).toEqual(['GetItemCommand']);
  });
});
