/**
 * The catalog import end to end on DynamoDB Local: a file of good and bad rows keeps exactly the good
 * ones, names every bad line, and a second import updates instead of duplicating. The CLI itself is
 * run as a child process against the test table.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { formatSummary, importCatalogFile } from '../../lambda/local/catalog-import';
import { createTestTable, type TestTable } from '../support/dynamo';
import { storeSettings } from '../support/store-fixture';

const root = resolve(__dirname, '../..');
const MIXED = join(root, 'test/fixtures/catalog/mixed.csv');
const GOOD = ['MIX-001', 'MIX-002', 'MIX-008', 'MIX-009'];
const run = promisify(execFile);

let table: TestTable;
let catalog: DynamoCatalogRepository;

beforeAll(async () => {
  table = await createTestTable('catalog-import');
  catalog = new DynamoCatalogRepository(table.doc, table.tableName);
});
afterAll(() => table.drop());

const importMixed = () =>
  importCatalogFile({ doc: table.doc, tableName: table.tableName, path: MIXED, currency: 'USD' });

describe('importCatalogFile', () => {
  it('keeps exactly the good rows and names every bad line with its field', async () => {
    const summary = await importMixed();
    expect(summary.created).toBe(4);
    expect(summary.updated).toBe(0);
    expect(summary.rejected.map((e) => [e.line, e.field])).toEqual([
      [5, 'price'],
      [6, 'stock'],
      [7, 'price'],
      [8, 'sku'],
      [9, 'name'],
      [10, 'row'],
    ]);
    expect(summary.rejected.map((e) => e.reason)).toEqual([
      'required but empty',
      '-2 is not a whole number of 0 or more',
      'abc is not a price like 3.49',
      'MIX-001 is a duplicate of line 2',
      'is 2000 characters long; at most 200 allowed',
      'has 4 columns but the header has 11',
    ]);
    expect(summary.notices).toEqual([
      { line: 1, field: 'column', reason: '"aisle" is not a catalog column; its values are ignored' },
    ]);
    expect(summary.catalogVersion).toBe(await catalog.getVersion());
    expect(summary.catalogVersion).toBeGreaterThan(0);

    const stored = await catalog.listAll();
    expect(stored.map((p) => p.sku).sort()).toEqual(GOOD);
    expect(await catalog.get('MIX-002')).toMatchObject({
      name: 'Whole Milk',
      description: 'Fresh milk, from\nlocal farms.',
      price: { amount: 439, currency: 'USD' },
      stock: 55,
      version: 1,
    });
    expect(await catalog.get('MIX-001')).toMatchObject({ name: 'Oat Milk Original', stock: 26 });
    expect(await catalog.get('MIX-008')).toMatchObject({
      name: "Lay's Classic Potato Chips, Party Size",
      stock: 0,
    });
    expect(await catalog.getMany(['MIX-003', 'MIX-004', 'MIX-005', 'MIX-006', 'MIX-007'])).toEqual([]);
  });

  it('updates on a second import, never duplicates, and bumps the catalog version once', async () => {
    await catalog.setStock('MIX-009', 3);
    const before = await catalog.getVersion();
    const summary = await importMixed();
    expect(summary).toMatchObject({ created: 0, updated: 4, catalogVersion: before + 1 });
    expect(summary.rejected).toHaveLength(6);
    const stored = await catalog.listAll();
    expect(stored.map((p) => p.sku).sort()).toEqual(GOOD);
    expect(stored.map((p) => p.version).sort()).toEqual([2, 2, 2, 3]);
    expect((await catalog.get('MIX-001'))!.version).toBe(2);
    expect(await catalog.get('MIX-009')).toMatchObject({ stock: 18, version: 3 });
    expect(await catalog.getVersion()).toBe(before + 1);
  });

  it('prints counts and every rejected line in the summary', async () => {
    const text = formatSummary('mixed.csv', 'shop', await importMixed());
    expect(text).toContain('Imported mixed.csv into table shop: 0 new, 4 updated, 6 rejected.');
    expect(text).toContain('  line 7: price: abc is not a price like 3.49');
    expect(text).toContain('  line 10: row: has 4 columns but the header has 11');
    expect(text).toContain('  line 1: column: "aisle" is not a catalog column; its values are ignored');
  });
});

describe('npm run catalog:import (the CLI as a child process)', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const cli = join(root, 'lambda/local/catalog-import.ts');
  const cliEnv = (tableName: string, endpoint = table.endpoint) => ({
    ...process.env,
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: tableName,
    AWS_REGION: 'us-east-1',
  });

  it('imports the file, names the bad lines and exits 0', async () => {
    const own = await createTestTable('catalog-cli');
    try {
      const { stdout, stderr } = await run(tsx, [cli, MIXED], { cwd: root, env: cliEnv(own.tableName) });
      const output = stdout + stderr;
      expect(output).toContain(
        `Imported mixed.csv into table ${own.tableName}: 4 new, 0 updated, 6 rejected`,
      );
      expect(output).toContain('line 5: price: required but empty');
      expect(output).toContain('line 9: name: is 2000 characters long; at most 200 allowed');
      const products = await new DynamoCatalogRepository(own.doc, own.tableName).listAll();
      expect(products.map((p) => p.sku).sort()).toEqual(GOOD);
    } finally {
      await own.drop();
    }
  });

  it('prices in the currency of the store settings when they are set up', async () => {
    const own = await createTestTable('catalog-cli-kwd');
    try {
      const kwd = (amount: number) => ({ amount, currency: 'KWD' });
      await new DynamoStoreSettingsRepository(own.doc, own.tableName).save(
        storeSettings({
          currency: 'KWD',
          fees: [],
          freeDeliveryThreshold: kwd(10000),
          deliveryOptions: [
            { id: 'standard', name: 'standard', price: kwd(500), leadTimeDays: 1, cutoffHour: 20 },
          ],
        }),
      );
      await run(tsx, [cli, MIXED], { cwd: root, env: cliEnv(own.tableName) });
      const milk = await new DynamoCatalogRepository(own.doc, own.tableName).get('MIX-002');
      expect(milk!.price).toEqual({ amount: 4390, currency: 'KWD' });
    } finally {
      await own.drop();
    }
  });

  it('exits 1 with one sentence when the file is missing or the database is unreachable', async () => {
    const missing = run(tsx, [cli, join(root, 'test/fixtures/catalog/absent.csv')], {
      cwd: root,
      env: cliEnv(table.tableName),
    });
    await expect(missing).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('absent.csv: no such file.') as string,
    });
    const unreachable = run(tsx, [cli, MIXED], {
      cwd: root,
      env: cliEnv(table.tableName, 'http://127.0.0.1:9'),
    });
    await expect(unreachable).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Cannot reach the database at http://127.0.0.1:9') as string,
    });
  });
});
