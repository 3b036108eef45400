/**
 * The real services over a fresh DynamoDB Local table, with a clock the test moves, a quiet logger,
 * and helpers to seed store settings and products.
 */
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { buildServices, type ServiceOverrides, type Services } from '../../lambda/composition-root';
import { readConfig } from '../../lambda/config';
import type { Product, StoreSettings } from '../../lambda/domain/model';
import type { Clock, Logger } from '../../lambda/domain/ports';
import { createTestTable, type TestTable } from './dynamo';
import { storeSettings } from './store-fixture';

/** A clock that stands still until the test moves it. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

/** A logger that keeps events in memory. */
export class MemoryLogger implements Logger {
  readonly events: { level: string; event: string; fields?: Readonly<Record<string, unknown>> }[] = [];
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'info', event, fields });
  }
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'warn', event, fields });
  }
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'error', event, fields });
  }
}

/** Services on their own table, and what the test needs around them. */
export interface TestServices {
  readonly services: Services;
  readonly table: TestTable;
  readonly clock: TestClock;
  readonly logger: MemoryLogger;
  readonly catalog: DynamoCatalogRepository;
  seedSettings(overrides?: Partial<StoreSettings>): Promise<StoreSettings>;
  seedProducts(products: readonly Product[]): Promise<void>;
}

/**
 * Builds the services over a fresh table; call `table.drop()` in afterAll. Settings are cached for an
 * hour and the catalog version is checked on every search, unless `env` sets other values.
 */
export async function createTestServices(
  overrides: Omit<ServiceOverrides, 'clients' | 'clock' | 'logger'> = {},
  start = '2026-11-23T15:00:00.000Z',
  env: Readonly<Record<string, string>> = {},
): Promise<TestServices> {
  const table = await createTestTable('svc');
  const clock = new TestClock(new Date(start));
  const logger = new MemoryLogger();
  const config = readConfig({
    DYNAMODB_ENDPOINT: table.endpoint,
    TABLE_NAME: table.tableName,
    SETTINGS_CACHE_SECONDS: '3600',
    SEARCH_REFRESH_SECONDS: '0',
    ...env,
  });
  const services = buildServices(config, { ...overrides, clock, logger, clients: table });
  const catalog = new DynamoCatalogRepository(table.doc, table.tableName, logger);
  return {
    services,
    table,
    clock,
    logger,
    catalog,
    async seedSettings(settingsOverrides = {}) {
      const settings = storeSettings(settingsOverrides);
      // Saved through the service, so its cache holds the new settings too.
      await services.store.save(settings);
      return settings;
    },
    async seedProducts(products) {
      for (const p of products) {
        const { version: _v, updatedAt: _u, ...input } = p;
        await catalog.upsert(input);
      }
      await catalog.bumpVersion();
    },
  };
}
