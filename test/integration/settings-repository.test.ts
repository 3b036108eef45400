/**
 * DynamoStoreSettingsRepository on DynamoDB Local: a full round trip (Money as minor units), version
 * increments, refusal of invalid settings before writing, and a clear error for a corrupt item.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { settingsKey } from '../../lambda/adapters/dynamodb/keys';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { DEMO_STORE_SETTINGS } from '../../lambda/local/demo/demo-settings';
import { createTestTable, type TestTable } from '../support/dynamo';
import { storeSettings, usd } from '../support/store-fixture';

let table: TestTable;
let settings: DynamoStoreSettingsRepository;

beforeAll(async () => {
  table = await createTestTable('settings-repo');
  settings = new DynamoStoreSettingsRepository(
    table.doc,
    table.tableName,
    () => new Date('2026-11-20T10:00:00Z'),
  );
});
afterAll(() => table.drop());

const stored = async () =>
  (await table.doc.send(new GetCommand({ TableName: table.tableName, Key: settingsKey() }))).Item!;

describe('DynamoStoreSettingsRepository', () => {
  it('returns undefined before the store is set up', async () => {
    expect(await settings.get()).toBeUndefined();
  });

  it('round-trips the demo settings exactly, money stored as minor units', async () => {
    await settings.save(DEMO_STORE_SETTINGS);
    expect(await settings.get()).toEqual(DEMO_STORE_SETTINGS);
    const item = await stored();
    expect(item).toMatchObject({ type: 'StoreSettings', version: 1, freeDeliveryThreshold: 3500 });
    expect((item.deliveryOptions as unknown[])[0]).toEqual({
      id: 'standard',
      name: 'standard delivery',
      price: 499,
      leadTimeDays: 1,
      cutoffHour: 20,
    });
  });

  it('replaces the settings, increments the version and drops a removed free-delivery threshold', async () => {
    const { freeDeliveryThreshold: _, ...withoutThreshold } = storeSettings({ name: 'Renamed Market' });
    await settings.save(withoutThreshold);
    expect(await settings.get()).toEqual(withoutThreshold);
    const item = await stored();
    expect(item.version).toBe(2);
    expect(item.freeDeliveryThreshold).toBeUndefined();
  });

  it('refuses invalid settings before writing anything', async () => {
    const before = await stored();
    await expect(settings.save(storeSettings({ defaultDeliveryOptionId: 'drone' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'defaultDeliveryOptionId' },
    });
    await expect(
      settings.save(
        storeSettings({ fees: [{ id: 'bag', name: 'bag', amount: { amount: 10, currency: 'EUR' } }] }),
      ),
    ).rejects.toThrow('fee bag is in EUR but the store sells in USD');
    await expect(settings.save(storeSettings({ taxRatePercent: 'eight' }))).rejects.toThrow(/taxRatePercent/);
    await expect(settings.save(storeSettings({ timeZone: 'Mars/Olympus' }))).rejects.toThrow(/time zone/);
    expect(await stored()).toEqual(before);
  });

  it('names every bad field of a corrupt settings item', async () => {
    await settings.save(storeSettings({ freeDeliveryThreshold: usd(3500) }));
    await table.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: settingsKey(),
        UpdateExpression: 'SET taxRatePercent = :bad, fees = :fees',
        ExpressionAttributeValues: { ':bad': 'lots', ':fees': [{ id: 'bag', name: 'bag', amount: 1.5 }] },
      }),
    );
    await expect(settings.get()).rejects.toThrow(/StoreSettings item .* is corrupt/);
    await expect(settings.get()).rejects.toThrow(/taxRatePercent: must be a percentage like 8.875/);
    await expect(settings.get()).rejects.toThrow(/fees\.0\.amount/);
  });
});
