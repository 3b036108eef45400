/**
 * DynamoCatalogRepository on DynamoDB Local: reads one and many products (with unprocessed keys
 * retried), lists through the sharded product index without reading other items, upserts with
 * versions, sets stock and moves the catalog version marker.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { cartKey, PRODUCT_INDEX_SHARDS, productKey, productShard } from '../../lambda/adapters/dynamodb/keys';
import { DomainError } from '../../lambda/domain/errors';
import type { Logger } from '../../lambda/domain/ports';
import type { ProductInput } from '../../lambda/domain/model';
import { injectUnprocessedKeys, recordCommands } from '../support/conflict-injection';
import { createTestTable, type TestTable } from '../support/dynamo';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const input = (sku: string, overrides: Partial<ProductInput> = {}): ProductInput => ({
  sku,
  name: `Product ${sku}`,
  synonyms: [],
  price: usd(199),
  stock: 5,
  popularity: 1,
  ...overrides,
});

let table: TestTable;
let catalog: DynamoCatalogRepository;
const warnings: { event: string; fields?: Readonly<Record<string, unknown>> }[] = [];
const logger: Logger = {
  info: () => undefined,
  warn: (event, fields) => warnings.push({ event, fields }),
  error: () => undefined,
};
const now = new Date('2026-11-20T10:00:00.000Z');

beforeAll(async () => {
  table = await createTestTable('catalog-repo');
  catalog = new DynamoCatalogRepository(table.doc, table.tableName, logger, () => now);
  const dairy = ['Oat Milk', 'almond milk', 'Butter', 'Whole Milk'];
  for (const [i, name] of dairy.entries()) {
    await catalog.upsert(input(`D-${i}`, { name, category: 'Dairy', brand: 'Farm', synonyms: ['moo'] }));
  }
  for (let i = 0; i < 150; i++)
    await catalog.upsert(input(`BULK-${i}`, { category: i % 2 ? 'Pantry' : 'Snacks' }));
});
afterAll(() => table.drop());

describe('DynamoCatalogRepository', () => {
  it('gets one product with every field, and undefined for an unknown sku', async () => {
    expect(await catalog.get('D-0')).toEqual({
      sku: 'D-0',
      name: 'Oat Milk',
      brand: 'Farm',
      category: 'Dairy',
      synonyms: ['moo'],
      price: usd(199),
      stock: 5,
      popularity: 1,
      version: 1,
      updatedAt: now.toISOString(),
    });
    expect(await catalog.get('NOPE')).toBeUndefined();
  });

  it('stores price as integer minor units with its currency, stock and version as numbers', async () => {
    const { Item } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: productKey('D-0') }),
    );
    expect(Item).toMatchObject({ type: 'Product', price: 199, currency: 'USD', stock: 5, version: 1 });
    expect(Item!.gsi1pk).toBe(`PRODUCTS#${productShard('D-0')}`);
    expect(Item!.gsi1sk).toBe('dairy#oat milk#D-0');
  });

  it('getMany reads over 100 skus in chunks, skips unknown and repeated ones, retries unprocessed keys', async () => {
    const skus = [...Array.from({ length: 150 }, (_, i) => `BULK-${i}`), 'BULK-3', 'MISSING-1'];
    const injection = injectUnprocessedKeys(table.doc, 2);
    try {
      const products = await catalog.getMany(skus);
      expect(products.map((p) => p.sku).sort()).toEqual(
        Array.from({ length: 150 }, (_, i) => `BULK-${i}`).sort(),
      );
    } finally {
      injection.remove();
    }
    expect(await catalog.getMany([])).toEqual([]);
  });

  it('lists every product across all shards and nothing else', async () => {
    await table.doc.send(
      new PutCommand({ TableName: table.tableName, Item: { ...cartKey('c1'), type: 'Cart', lines: [] } }),
    );
    const recorder = recordCommands(table.doc);
    const all = await catalog.listAll().finally(() => recorder.remove());
    expect(recorder.names).toEqual(Array.from({ length: PRODUCT_INDEX_SHARDS }, () => 'QueryCommand'));
    expect(all).toHaveLength(154);
    expect(new Set(all.map((p) => p.sku)).size).toBe(154);
    const shards = new Set(all.map((p) => productShard(p.sku)));
    expect(shards.size).toBe(PRODUCT_INDEX_SHARDS);
  });

  it('lists a category by name, case-insensitively, up to the limit', async () => {
    expect((await catalog.listByCategory('dairy', 10)).map((p) => p.name)).toEqual([
      'almond milk',
      'Butter',
      'Oat Milk',
      'Whole Milk',
    ]);
    expect((await catalog.listByCategory('DAIRY', 2)).map((p) => p.name)).toEqual(['almond milk', 'Butter']);
    const snacks = await catalog.listByCategory('Snacks', 1000);
    expect(snacks).toHaveLength(75);
    expect(snacks.every((p) => p.category === 'Snacks')).toBe(true);
    expect(await catalog.listByCategory('Frozen', 10)).toEqual([]);
  });

  it('does not confuse a category with a longer one sharing its prefix', async () => {
    await catalog.upsert(input('HASH-1', { category: 'Dairy#Cheese', name: 'Brie' }));
    expect((await catalog.listByCategory('Dairy', 10)).map((p) => p.sku)).not.toContain('HASH-1');
    expect((await catalog.listByCategory('Dairy#Cheese', 10)).map((p) => p.sku)).toEqual(['HASH-1']);
  });

  it('upsert creates, then updates with the next version, removing fields the new input lacks', async () => {
    expect(await catalog.upsert(input('U-1', { brand: 'Old', size: '12 oz', category: 'Pantry' }))).toBe(
      'created',
    );
    expect(await catalog.upsert(input('U-1', { name: 'Renamed', price: usd(250), category: 'Snacks' }))).toBe(
      'updated',
    );
    const product = await catalog.get('U-1');
    expect(product).toMatchObject({ name: 'Renamed', price: usd(250), version: 2, category: 'Snacks' });
    expect(product!.brand).toBeUndefined();
    expect(product!.size).toBeUndefined();
    expect((await catalog.listByCategory('Pantry', 1000)).map((p) => p.sku)).not.toContain('U-1');
    expect((await catalog.listByCategory('Snacks', 1000)).map((p) => p.sku)).toContain('U-1');
  });

  it('sets stock on an existing product, bumping its version, and refuses unknown skus and bad values', async () => {
    await catalog.setStock('D-1', 0);
    expect(await catalog.get('D-1')).toMatchObject({ stock: 0, version: 2 });
    await expect(catalog.setStock('NOPE', 3)).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    await expect(catalog.setStock('D-1', -1)).rejects.toBeInstanceOf(DomainError);
    expect(await catalog.get('NOPE')).toBeUndefined();
  });

  it('keeps the version marker: 0 when never set, then atomic increments', async () => {
    expect(await catalog.getVersion()).toBe(0);
    const first = await catalog.bumpVersion();
    const bumps = await Promise.all([catalog.bumpVersion(), catalog.bumpVersion(), catalog.bumpVersion()]);
    expect(bumps.sort((a, b) => a - b)).toEqual([first + 1, first + 2, first + 3]);
    expect(await catalog.getVersion()).toBe(first + 3);
  });

  it('starts a new catalog at a version no other database shares, so a snapshot of another never fits', async () => {
    const otherTable = await createTestTable('catalog-repo-other');
    const other = new DynamoCatalogRepository(otherTable.doc, otherTable.tableName, logger);
    const before = Date.now();
    const theirs = await other.bumpVersion().finally(() => otherTable.drop());
    const mine = await catalog.getVersion();
    expect(Number.isSafeInteger(theirs)).toBe(true);
    expect(theirs).toBeGreaterThanOrEqual(before * 1000);
    expect(mine).toBeGreaterThanOrEqual(now.getTime() * 1000);
    expect(Math.abs(theirs - mine)).toBeGreaterThan(1000);
  });

  it('skips and reports a corrupt product while listing, but throws when it is read by sku', async () => {
    await catalog.upsert(input('BAD-1', { category: 'Broken' }));
    await table.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...(await table.doc.send(new GetCommand({ TableName: table.tableName, Key: productKey('BAD-1') })))
            .Item,
          price: 'free',
        },
      }),
    );
    await catalog.upsert(input('GOOD-1', { category: 'Broken' }));
    expect((await catalog.listByCategory('Broken', 10)).map((p) => p.sku)).toEqual(['GOOD-1']);
    expect(
      warnings.some((w) => w.event === 'catalog.corrupt_product' && w.fields?.pk === 'PRODUCT#BAD-1'),
    ).toBe(true);
    await expect(catalog.get('BAD-1')).rejects.toThrow(/corrupt: price/);
  });
});
