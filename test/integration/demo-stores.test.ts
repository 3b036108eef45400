/**
 * The UK and Indian demo stores load like the US one: every catalog row imports, the settings come
 * back as written (served locales, prices that include VAT or GST, the tax's name, delivery
 * windows), and each locale finds the demo store that serves it.
 */
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { DEMO_STORES, demoStoreServing } from '../../lambda/local/demo/demo-stores';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

const tables: TestTable[] = [];

afterAll(async () => {
  await Promise.all(tables.map((table) => table.drop()));
});

describe.each(['uk', 'india'] as const)('the %s demo store', (name) => {
  const store = DEMO_STORES[name];

  it('loads every product and settings that read back as written', async () => {
    const table = await createTestTable(`demo-${name}`);
    tables.push(table);
    const load = await loadDemoStore({ doc: table.doc, tableName: table.tableName, store });
    expect(load.loaded && load.catalog.rejected).toEqual([]);
    expect(load.loaded && load.catalog.created).toBeGreaterThanOrEqual(12);
    const settings = await new DynamoStoreSettingsRepository(table.doc, table.tableName).get();
    expect(settings).toEqual(store.settings);
    expect(settings?.pricesIncludeTax).toBe(true);
    expect(settings?.deliveryOptions.some((option) => option.window)).toBe(true);
  });

  it('is the store its locales find', () => {
    for (const locale of store.settings.locales ?? []) expect(demoStoreServing(locale)).toBe(store);
  });
});

it('finds the US store for a locale no other store serves', () => {
  expect(demoStoreServing('en-US')).toBe(DEMO_STORES.us);
  expect(demoStoreServing('fr-FR')).toBe(DEMO_STORES.us);
});
