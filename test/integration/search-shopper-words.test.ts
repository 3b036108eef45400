/**
 * What shoppers say, searched in the demo store on DynamoDB Local through the production search
 * adapter: the order words, the attribute words, generic brand names and homophones.
 */
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { InMemoryProductSearch } from '../../lambda/adapters/search/in-memory-product-search';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { TestClock } from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let search: InMemoryProductSearch;

beforeAll(async () => {
  table = await createTestTable('shopper-words');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const catalog = new DynamoCatalogRepository(table.doc, table.tableName);
  search = new InMemoryProductSearch(catalog, new TestClock(new Date('2026-03-01T09:00:00.000Z')));
});
afterAll(() => table.drop());

const prices = async (text: string): Promise<number[]> =>
  (await search.search({ text, limit: 3 })).hits.map((h) => h.product.price.amount);

describe('the demo store', () => {
  it('lists the cheapest coffees first for "cheapest coffee"', async () => {
    expect(await prices('cheapest coffee')).toEqual([699, 799, 799]);
    expect(await prices('least expensive coffee')).toEqual([699, 799, 799]);
  });

  it('lists the most popular coffee first for "best selling coffee"', async () => {
    const result = await search.search({ text: 'best selling coffee', limit: 1 });
    expect(result.hits.map((h) => h.product.sku)).toEqual(['COF-001']);
  });

  it.each([
    ['a gallon of whole milk', 'DAI-003'],
    ['half gallon of whole milk', 'DAI-001'],
    ['unsalted butter', 'DAI-019'],
    ['whole wheat bred', 'BAK-002'],
    ['flower tortillas', 'BAK-012'],
  ])('finds what "%s" means first', async (text, sku) => {
    const result = await search.search({ text, limit: 1 });
    expect(result.hits.map((h) => h.product.sku)).toEqual([sku]);
  });
});
