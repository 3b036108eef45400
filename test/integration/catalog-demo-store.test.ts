/** loadDemoStore on DynamoDB Local: settings and catalog written once, safe to run again. */
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { DEMO_STORE_SETTINGS } from '../../lambda/local/demo/demo-settings';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('demo-store');
});
afterAll(() => table.drop());

describe('loadDemoStore', () => {
  it('loads settings and catalog, then leaves a set-up store alone, and reloads with force', async () => {
    const options = { doc: table.doc, tableName: table.tableName };
    const catalog = new DynamoCatalogRepository(table.doc, table.tableName);

    const first = await loadDemoStore(options);
    expect(first).toMatchObject({ loaded: true, catalog: { created: 360, updated: 0, rejected: [] } });
    expect(await new DynamoStoreSettingsRepository(table.doc, table.tableName).get()).toEqual(
      DEMO_STORE_SETTINGS,
    );
    expect(await catalog.listAll()).toHaveLength(360);
    const loadedAt = await catalog.getVersion();
    expect(loadedAt).toBeGreaterThan(0);

    await catalog.setStock('PAP-001', 2);
    expect(await loadDemoStore(options)).toEqual({ loaded: false });
    expect((await catalog.get('PAP-001'))!.stock).toBe(2);

    const forced = await loadDemoStore({ ...options, force: true });
    expect(forced).toMatchObject({ loaded: true, catalog: { created: 0, updated: 360 } });
    expect(await catalog.listAll()).toHaveLength(360);
    expect((await catalog.get('PAP-001'))!.stock).toBe(20);
    expect(await catalog.getVersion()).toBe(loadedAt + 1);
  });
});
