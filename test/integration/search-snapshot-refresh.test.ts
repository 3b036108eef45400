/**
 * A container whose catalog moves on, against DynamoDB Local and real files: it keeps answering from
 * the index it holds while the builder's new snapshot loads (no turn waits, no rebuild), answers at
 * once from a snapshot the builder has not caught up yet, and builds the index itself when the
 * builder stays behind past the grace period.
 */
import { join } from 'node:path';
import { FileSnapshotStore } from '../../lambda/adapters/search/file-snapshot-store';
import { InMemoryProductSearch } from '../../lambda/adapters/search/in-memory-product-search';
import { SearchSnapshotBuilder } from '../../lambda/adapters/search/snapshot-builder';
import type { ProductInput } from '../../lambda/domain/model';
import { countingCommands } from '../support/command-counter';
import { snapshotWorld, type SnapshotWorld } from '../support/search-snapshot-fixtures';
import { MemoryLogger, TestClock } from '../support/test-services';

let world: SnapshotWorld;
let store: FileSnapshotStore;
let builder: SearchSnapshotBuilder;
const clock = new TestClock(new Date('2026-03-01T09:00:00.000Z'));
const later = (seconds: number): void =>
  clock.set(new Date(clock.now().getTime() + seconds * 1000).toISOString());
const skus = (result: { hits: readonly { product: { sku: string } }[] }): string[] =>
  result.hits.map((h) => h.product.sku);

const newProduct = (sku: string, name: string): ProductInput => ({
  sku,
  name,
  brand: 'Hearth',
  category: 'Bakery',
  synonyms: [],
  price: { amount: 649, currency: 'USD' },
  stock: 12,
  popularity: 5,
});

/** Adds a product and moves the catalog version, as an import of it would. */
async function addProduct(sku: string, name: string): Promise<number> {
  await world.catalog.upsert(newProduct(sku, name));
  return world.catalog.bumpVersion();
}

beforeAll(async () => {
  world = await snapshotWorld('snap-refresh');
  store = new FileSnapshotStore(join(world.dir, 'catalog.snapshot'));
  builder = new SearchSnapshotBuilder(world.catalog, store, new MemoryLogger());
  await builder.update();
});
afterAll(() => world.close());

it('keeps answering from the old version while the new snapshot loads, and never rebuilds', async () => {
  const logger = new MemoryLogger();
  const search = new InMemoryProductSearch(world.catalog, clock, { snapshots: store, logger });
  await search.warmUp();
  const before = search.indexedVersion;
  const version = await addProduct('SOUR-1', 'Rye Sourdough Boule');
  await builder.update();

  const counter = countingCommands(world.table.doc);
  later(61);
  const during = await search.search({ text: 'rye sourdough boule' });
  expect(search.indexedVersion).toBe(before);
  expect(skus(during)).not.toContain('SOUR-1');
  await search.settled();
  counter.stop();
  expect(search.indexedVersion).toBe(version);
  expect(skus(await search.search({ text: 'rye sourdough boule' }))[0]).toBe('SOUR-1');
  expect(counter.commands).toEqual(['GetItemCommand']);
  expect(logger.events.map((e) => e.event)).toEqual(['search.snapshot_loaded', 'search.snapshot_loaded']);
});

it('answers at once from a snapshot the builder has not caught up yet, then loads the new one', async () => {
  const logger = new MemoryLogger();
  const version = await addProduct('PITA-1', 'Whole Wheat Pita Pockets');
  const search = new InMemoryProductSearch(world.catalog, clock, { snapshots: store, logger });
  let counter = countingCommands(world.table.doc);
  expect(skus(await search.search({ text: 'whole wheat pita' }))).not.toContain('PITA-1');
  counter.stop();
  expect(counter.commands).toEqual(['GetItemCommand']);
  expect(search.indexedVersion).toBe(version - 1);
  expect(logger.events[0]).toMatchObject({
    event: 'search.snapshot_behind',
    fields: { snapshotVersion: version - 1, catalogVersion: version },
  });

  await builder.update();
  later(61);
  counter = countingCommands(world.table.doc);
  await search.search({ text: 'whole wheat pita' });
  await search.settled();
  counter.stop();
  expect(counter.commands).not.toContain('QueryCommand');
  expect(search.indexedVersion).toBe(version);
  expect(skus(await search.search({ text: 'whole wheat pita' }))[0]).toBe('PITA-1');
});

it('builds the index itself when the snapshot stays behind past the grace period', async () => {
  const logger = new MemoryLogger();
  const version = await addProduct('BRIO-1', 'Kouign Amann Pastry');
  const search = new InMemoryProductSearch(world.catalog, clock, {
    snapshots: store,
    logger,
    snapshotGraceSeconds: 120,
  });
  await search.warmUp();
  expect(search.indexedVersion).toBe(version - 1);

  later(61);
  await search.search({ text: 'kouign amann' });
  await search.settled();
  expect(search.indexedVersion).toBe(version - 1);

  later(61);
  const counter = countingCommands(world.table.doc);
  await search.search({ text: 'kouign amann' });
  await search.settled();
  counter.stop();
  expect(counter.commands).toContain('QueryCommand');
  expect(search.indexedVersion).toBe(version);
  expect(skus(await search.search({ text: 'kouign amann' }))[0]).toBe('BRIO-1');
  expect(logger.events.map((e) => e.event)).toEqual([
    'search.snapshot_behind',
    'search.snapshot_loaded',
    'search.snapshot_late',
  ]);
});
