/**
 * DynamoCartRepository against DynamoDB Local: one item per cart, optimistic locking on its version,
 * the batch read of the cart with its products, and a clear error for a corrupt item.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCartRepository } from '../../lambda/adapters/dynamodb/cart-repository';
import { CorruptItemError } from '../../lambda/adapters/dynamodb/dynamo-errors';
import { cartKey, ENTITY } from '../../lambda/adapters/dynamodb/keys';
import { ConcurrencyConflict } from '../../lambda/domain/ports';
import { buildCart, seedProducts, TestClock } from '../support/commerce-fixtures';
import { injectUnprocessedKeys, recordCommands } from '../support/conflict-injection';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let carts: DynamoCartRepository;
const clock = new TestClock(new Date('2026-03-01T09:30:00.000Z'));

beforeAll(async () => {
  table = await createTestTable('carts');
  carts = new DynamoCartRepository(table.doc, table.tableName, clock);
});
afterAll(() => table.drop());

const stored = async (customerId: string) =>
  (await table.doc.send(new GetCommand({ TableName: table.tableName, Key: cartKey(customerId) }))).Item;

it('gives an empty cart of version 0 for a customer who never had one, and stores nothing', async () => {
  expect(await carts.get('c-new')).toEqual({
    customerId: 'c-new',
    lines: [],
    version: 0,
    updatedAt: '2026-03-01T09:30:00.000Z',
  });
  expect(await stored('c-new')).toBeUndefined();
});

it('saves the cart as one item with money in minor units, and increments the version', async () => {
  const first = await carts.save(buildCart('c-1', [{ sku: 'p-milk', quantity: 2 }]));
  expect(first.version).toBe(1);
  const second = await carts.save({
    ...first,
    lines: [...first.lines, { ...first.lines[0]!, sku: 'p-oat' }],
  });
  expect(second.version).toBe(2);

  expect(await carts.get('c-1')).toEqual(second);
  expect(await stored('c-1')).toMatchObject({
    type: ENTITY.cart,
    version: 2,
    lines: [
      { sku: 'p-milk', quantity: 2, unitPrice: { amount: 349, currency: 'USD' } },
      { sku: 'p-oat', quantity: 2, unitPrice: { amount: 349, currency: 'USD' } },
    ],
  });
});

it('refuses a save from a stale version with ConcurrencyConflict and keeps the stored cart', async () => {
  const v1 = await carts.save(buildCart('c-2', [{ sku: 'p-tea', quantity: 1 }]));
  const v2 = await carts.save({ ...v1, lines: [{ ...v1.lines[0]!, quantity: 2 }] });

  await expect(carts.save({ ...v1, lines: [] })).rejects.toBeInstanceOf(ConcurrencyConflict);
  await expect(carts.save(buildCart('c-2', []))).rejects.toBeInstanceOf(ConcurrencyConflict);
  expect(await carts.get('c-2')).toEqual(v2);
});

it('lets exactly one of two racing saves from the same version win', async () => {
  const base = await carts.save(buildCart('c-race', [{ sku: 'p-a', quantity: 1 }]));
  const outcomes = await Promise.allSettled([
    carts.save({ ...base, lines: [{ ...base.lines[0]!, quantity: 5 }] }),
    carts.save({ ...base, lines: [{ ...base.lines[0]!, quantity: 7 }] }),
  ]);
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const rejected = outcomes.find((o) => o.status === 'rejected');
  expect(rejected?.reason).toBeInstanceOf(ConcurrencyConflict);
  const winner = outcomes.find((o) => o.status === 'fulfilled')!.value;
  expect(await carts.get('c-race')).toEqual(winner);
});

it('keeps an emptied cart as an item, so its version never goes backwards', async () => {
  const full = await carts.save(buildCart('c-3', [{ sku: 'p-jam', quantity: 1 }]));
  const emptied = await carts.save({ ...full, lines: [] });

  expect(emptied.version).toBe(2);
  expect(await carts.get('c-3')).toEqual(emptied);
  expect(await stored('c-3')).toMatchObject({ version: 2, lines: [] });
  await expect(carts.save(buildCart('c-3', [{ sku: 'p-jam', quantity: 1 }]))).rejects.toBeInstanceOf(
    ConcurrencyConflict,
  );
});

it('reads the cart and the products that exist in one batch', async () => {
  await seedProducts(table, [
    { sku: 'p-bread', stock: 4, price: 299, name: 'Sourdough bread' },
    { sku: 'p-butter', stock: 0, price: 450 },
  ]);
  const cart = await carts.save(buildCart('c-4', [{ sku: 'p-bread', quantity: 1 }]));

  const { cart: read, products } = await carts.getWithProducts('c-4', [
    'p-bread',
    'p-butter',
    'p-missing',
    'p-bread',
  ]);

  expect(read).toEqual(cart);
  expect(products.map((p) => p.sku).sort()).toEqual(['p-bread', 'p-butter']);
  expect(products.find((p) => p.sku === 'p-bread')).toMatchObject({
    name: 'Sourdough bread',
    price: { amount: 299, currency: 'USD' },
    stock: 4,
    version: 1,
  });
});

it('reads an absent cart with products, and more products than one batch request holds', async () => {
  const skus = Array.from({ length: 130 }, (_, i) => `p-bulk-${i}`);
  await seedProducts(
    table,
    skus.map((sku) => ({ sku, stock: 1 })),
  );

  const { cart, products } = await carts.getWithProducts('c-none', skus);

  expect(cart).toMatchObject({ customerId: 'c-none', lines: [], version: 0 });
  expect(products.map((p) => p.sku).sort()).toEqual([...skus].sort());
});

it('asks again for the keys a batch read left unprocessed', async () => {
  await seedProducts(table, [
    { sku: 'p-u1', stock: 1 },
    { sku: 'p-u2', stock: 2 },
  ]);
  const cart = await carts.save(buildCart('c-5', [{ sku: 'p-u1', quantity: 1 }]));
  const injection = injectUnprocessedKeys(table.doc, 2);
  const recorder = recordCommands(table.doc);

  const { cart: read, products } = await carts.getWithProducts('c-5', ['p-u1', 'p-u2']).finally(() => {
    injection.remove();
    recorder.remove();
  });

  expect(recorder.names).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand', 'BatchGetItemCommand']);
  expect(read).toEqual(cart);
  expect(products.map((p) => [p.sku, p.stock]).sort()).toEqual([
    ['p-u1', 1],
    ['p-u2', 2],
  ]);
});

it('names the bad fields of a corrupt cart item instead of returning undefined fields', async () => {
  await table.doc.send(
    new PutCommand({
      TableName: table.tableName,
      Item: {
        ...cartKey('c-bad'),
        type: ENTITY.cart,
        customerId: 'c-bad',
        lines: [{ sku: 'p-x', name: 'X', unitPrice: { amount: 3.5, currency: 'USD' } }],
        version: 3,
        updatedAt: '2026-03-01T09:00:00.000Z',
      },
    }),
  );

  const read = carts.get('c-bad');
  await expect(read).rejects.toBeInstanceOf(CorruptItemError);
  await expect(read).rejects.toThrow(/lines\.0\.quantity.*lines\.0\.unitPrice\.amount/s);
  await expect(read).rejects.not.toThrow(/c-bad/);
});
