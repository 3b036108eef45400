/**
 * The cart read for one turn against DynamoDB Local: the skus a session remembers bring the lines'
 * products with the cart in one request, so every price is today's; a line the session did not know
 * costs one more read, never a stale price; and a session is only ever a hint for its own customer.
 */
import type { CartSession } from '../../lambda/domain/cart-reading';
import { countingCommands } from '../support/command-counter';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings({ maxQuantityPerLine: 10 });
  await t.seedProducts([
    product('TEA', 'Green Tea', 350, { stock: 40 }),
    product('JAM', 'Apricot Jam', 425, { stock: 40 }),
  ]);
});
afterAll(() => t.table.drop());

async function setPrice(sku: string, amount: number): Promise<void> {
  const stored = (await t.catalog.get(sku))!;
  const { version: _version, updatedAt: _updatedAt, ...input } = stored;
  await t.catalog.upsert({ ...input, price: { ...stored.price, amount } });
}

function session(customerId: string, skus: readonly string[] = []): CartSession {
  return { customerId, skus };
}

describe('a turn reading the cart', () => {
  it('reads a cart whose lines the session knows in one request, at prices of today', async () => {
    await t.services.cart.add('known', 'TEA', 2);
    await setPrice('TEA', 300);
    const counter = countingCommands(t.table.doc);
    const view = await t.services.cart.forSession(session('known', ['TEA'])).read('known');
    counter.stop();
    expect(counter.commands).toEqual(['BatchGetItemCommand']);
    expect(view.subtotal.amount).toBe(600);
    expect(view.cart.lines[0]!.unitPrice.amount).toBe(300);
  });

  it('reads once more for a line added elsewhere, and learns it for the next read', async () => {
    await t.services.cart.add('elsewhere', 'TEA', 1);
    await t.services.cart.add('elsewhere', 'JAM', 1);
    await setPrice('JAM', 450);
    const turn = session('elsewhere', ['TEA']);
    const counter = countingCommands(t.table.doc);
    const view = await t.services.cart.forSession(turn).read('elsewhere');
    counter.stop();
    expect(counter.commands).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand']);
    expect(view.subtotal.amount).toBe(300 + 450);
    expect([...turn.skus].sort()).toEqual(['JAM', 'TEA']);
  });

  it('adds with one read and one write, the other lines repriced', async () => {
    await t.services.cart.add('adding', 'TEA', 1);
    await setPrice('TEA', 320);
    await setPrice('JAM', 450);
    const turn = session('adding', ['TEA']);
    const counter = countingCommands(t.table.doc);
    const change = await t.services.cart.forSession(turn).add('adding', 'JAM', 1);
    counter.stop();
    expect(counter.commands).toEqual(['BatchGetItemCommand', 'PutItemCommand']);
    expect(change.view.subtotal.amount).toBe(320 + 450);
    expect(turn.skus).toEqual(['TEA', 'JAM']);
  });

  it("never serves one customer's opened cart or hint to another", async () => {
    await t.services.cart.add('owner', 'TEA', 3);
    const ownerCart = (await t.services.cart.read('owner')).cart;
    const foreign: CartSession = { customerId: 'owner', skus: ['TEA'], opened: ownerCart };
    const view = await t.services.cart.forSession(foreign).read('stranger');
    expect(view.cart.customerId).toBe('stranger');
    expect(view.cart.lines).toEqual([]);
    // The owner's hint is left as it was: a read for someone else teaches it nothing.
    expect(foreign.skus).toEqual(['TEA']);
    expect(foreign.opened).toBe(ownerCart);
  });
});
