/**
 * The search adapter against DynamoDB Local: the index is built from the catalog at cold start,
 * served from memory on warm turns (no database read until the refresh interval passes), rebuilt in
 * the background when the catalog version marker changes (old index served meanwhile), and kept when
 * a refresh fails.
 */
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { InMemoryProductSearch } from '../../lambda/adapters/search/in-memory-product-search';
import type { ProductInput } from '../../lambda/domain/model';
import type { Logger } from '../../lambda/domain/ports';
import { countingCommands } from '../support/command-counter';
import { TestClock } from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

const input = (sku: string, name: string, extra: Partial<ProductInput> = {}): ProductInput => ({
  sku,
  name,
  synonyms: [],
  price: { amount: 349, currency: 'USD' },
  stock: 10,
  popularity: 1,
  ...extra,
});

const skus = (result: { hits: readonly { product: { sku: string } }[] }): string[] =>
  result.hits.map((h) => h.product.sku);

let table: TestTable;
let catalog: DynamoCatalogRepository;
const clock = new TestClock(new Date('2026-03-01T09:00:00.000Z'));
const later = (seconds: number): void => clock.set(new Date(clock.now().getTime() + seconds * 1000));

beforeAll(async () => {
  table = await createTestTable('search');
  catalog = new DynamoCatalogRepository(table.doc, table.tableName);
  await catalog.upsert(input('MLK-1', 'Whole Milk', { brand: 'Corner Market' }));
  await catalog.upsert(input('PNB-1', 'Peanut Butter Creamy', { brand: 'Jif' }));
  await catalog.upsert(input('AVO-1', 'Organic Hass Avocado', { category: 'Produce' }));
  await catalog.bumpVersion();
});
afterAll(() => table.drop());

it('builds the index from the catalog on the first search, once for concurrent first searches', async () => {
  const search = new InMemoryProductSearch(catalog, clock, { refreshIntervalSeconds: 60 });
  const counter = countingCommands(table.doc);
  const [avocado, peanut] = await Promise.all([
    search.search({ text: 'organic has avocado' }),
    search.search({ text: 'pee nut butter' }),
    search.search({ text: 'whole milk' }),
  ]);
  counter.stop();
  expect(skus(avocado)[0]).toBe('AVO-1');
  expect(skus(peanut)[0]).toBe('PNB-1');
  expect(counter.commands.filter((c) => c === 'GetItemCommand')).toHaveLength(1);
  expect(search.indexedVersion).toBe(await catalog.getVersion());
});

it('answers warm searches from memory, and sees a catalog change only after the interval', async () => {
  const search = new InMemoryProductSearch(catalog, clock, { refreshIntervalSeconds: 60 });
  await search.warmUp();
  await catalog.upsert(input('OAT-1', 'Oat Milk Barista Edition', { brand: 'Oatly' }));
  const version = await catalog.bumpVersion();

  const counter = countingCommands(table.doc);
  later(30);
  expect(skus(await search.search({ text: 'oat milk barista' }))).not.toContain('OAT-1');
  expect(counter.commands).toEqual([]);

  later(31);
  const during = await search.search({ text: 'oat milk barista' });
  expect(skus(during)).not.toContain('OAT-1');
  await search.settled();
  counter.stop();
  expect(counter.commands).toContain('GetItemCommand');
  expect(counter.commands).toContain('QueryCommand');
  expect(search.indexedVersion).toBe(version);
  expect(skus(await search.search({ text: 'oat milk barista' }))[0]).toBe('OAT-1');
});

it('reads only the version marker when it has not changed', async () => {
  const search = new InMemoryProductSearch(catalog, clock, { refreshIntervalSeconds: 5 });
  await search.warmUp();
  const counter = countingCommands(table.doc);
  later(6);
  await search.search({ text: 'milk' });
  await search.settled();
  later(1);
  await search.search({ text: 'milk' });
  await search.settled();
  counter.stop();
  expect(counter.commands).toEqual(['GetItemCommand']);
});

it('keeps serving the old index when a refresh fails, and says so in the log', async () => {
  const own = await createTestTable('search-fail');
  const ownCatalog = new DynamoCatalogRepository(own.doc, own.tableName);
  await ownCatalog.upsert(input('TEA-1', 'Earl Grey Tea', { brand: 'Twinings' }));
  const warnings: string[] = [];
  const logger: Logger = {
    info: () => undefined,
    warn: (event) => warnings.push(event),
    error: () => undefined,
  };
  const search = new InMemoryProductSearch(ownCatalog, clock, { refreshIntervalSeconds: 1, logger });
  await search.warmUp();
  await own.drop();

  later(2);
  expect(skus(await search.search({ text: 'twinings earl gray' }))).toEqual(['TEA-1']);
  await search.settled();
  expect(warnings).toEqual(['search.refresh_failed']);
  expect(skus(await search.search({ text: 'earl grey tea' }))).toEqual(['TEA-1']);
});
