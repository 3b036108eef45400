/**
 * `npm run store:settings -- <file>` against DynamoDB Local: the example file in the repository is
 * written and read back as the store's settings; a bad file is refused with one line per field and
 * writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { createTestTable, type TestTable } from '../support/dynamo';

const root = resolve(__dirname, '../..');
let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('settings-cli');
});
afterAll(() => table.drop());

function run(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName };
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'lambda/local/store-settings.ts', file],
      { cwd: root, env, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const stored = () => new DynamoStoreSettingsRepository(table.doc, table.tableName).get();

it('names every bad field and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ name: 'Shop', currency: 'dollars', returnWindowDays: -1 }));
  const result = await run(bad);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/is not valid; nothing was written/);
  expect(result.stderr).toMatch(/^ {2}currency: must be an ISO 4217 currency code like USD$/m);
  expect(result.stderr).toMatch(/^ {2}returnWindowDays: /m);
  expect(result.stderr).toMatch(/^ {2}sellerName: /m);
  expect(await stored()).toBeUndefined();
});

it('writes the example settings, return windows included', async () => {
  const result = await run('examples/store-settings.json');
  expect(result).toMatchObject({ code: 0 });
  expect(result.stdout).toMatch(/^Store settings for Maple Street Grocer saved to table /);
  expect(await stored()).toMatchObject({
    name: 'Maple Street Grocer',
    currency: 'USD',
    returnWindowDays: 30,
    freshReturnWindowDays: 3,
    freshCategories: ['Dairy', 'Produce', 'Bakery'],
    deliveryOptions: [
      expect.objectContaining({ id: 'standard', price: { amount: 599, currency: 'USD' } }),
      expect.anything(),
    ],
  });
});
