/**
 * The snapshot builder against DynamoDB Local and real files: a stock or price change named by the
 * catalog version marker is patched in (the catalog is not read again) and the snapshot answers as a
 * fresh build; what changes the index's words is rebuilt; a builder that fails leaves the previous
 * snapshot, which containers keep using.
 */
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';
import { FileSnapshotStore } from '../../lambda/adapters/search/file-snapshot-store';
import { InMemoryProductSearch } from '../../lambda/adapters/search/in-memory-product-search';
import { SearchSnapshotBuilder } from '../../lambda/adapters/search/snapshot-builder';
import { decodeIndex } from '../../lambda/adapters/search/snapshot-codec';
import { searchIndexOver } from '../../lambda/adapters/search/search-index';
import { CatalogService } from '../../lambda/domain/catalog-service';
import type { Product, ProductInput } from '../../lambda/domain/model';
import type { SearchRequest } from '../../lambda/domain/ports';
import { importCatalogFile } from '../../lambda/local/catalog-import';
import { DEMO_CATALOG_PATH } from '../../lambda/local/load-demo-store';
import { createTestTable } from '../support/dynamo';
import { countingCommands } from '../support/command-counter';
import {
  evaluationRequests,
  freshAnswers,
  snapshotWorld,
  type SnapshotWorld,
} from '../support/search-snapshot-fixtures';
import { MemoryLogger, TestClock } from '../support/test-services';

let world: SnapshotWorld;
let store: FileSnapshotStore;
let builder: SearchSnapshotBuilder;
let requests: SearchRequest[];

beforeAll(async () => {
  world = await snapshotWorld('snap-build');
  store = new FileSnapshotStore(join(world.dir, 'catalog.snapshot'));
  builder = new SearchSnapshotBuilder(world.catalog, store, new MemoryLogger());
  requests = evaluationRequests((await world.catalog.listAll()).map((p) => p.sku));
});
afterAll(() => world.close());

/** The stored snapshot's version and its answers to the evaluation requests. */
async function stored() {
  const read = await store.read();
  if (read === 'missing' || read === 'unchanged') throw new Error('no snapshot');
  const { version, data } = decodeIndex(read.bytes);
  const index = searchIndexOver(data);
  return { version, tag: read.tag, answers: requests.map((r) => index.search(r)), index };
}

const inputOf = ({ version: _v, updatedAt: _u, ...input }: Product): ProductInput => input;
const product = async (sku: string): Promise<Product> => (await world.catalog.get(sku))!;

it('rebuilds a snapshot from the table when there is none', async () => {
  const outcome = await builder.update();
  expect(outcome).toMatchObject({
    result: 'rebuilt',
    version: await world.catalog.getVersion(),
    products: 360,
  });
  expect((await stored()).answers).toEqual(await freshAnswers(world.catalog, requests));
});

it("never takes another database's snapshot for this catalog's, though both were loaded once", async () => {
  const otherTable = await createTestTable('snap-other');
  const otherDir = mkdtempSync(join(tmpdir(), 'snap-other-'));
  try {
    const csv = join(otherDir, 'other.csv');
    writeFileSync(csv, `${readFileSync(DEMO_CATALOG_PATH, 'utf8').split('\n')[0]}\n`);
    appendFileSync(csv, 'MOON-1,Moonberry Jam,,Jams,,3.99,5,1,,\n');
    await importCatalogFile({
      doc: otherTable.doc,
      tableName: otherTable.tableName,
      path: csv,
      currency: 'USD',
    });
    const other = new DynamoCatalogRepository(otherTable.doc, otherTable.tableName);
    const shared = new FileSnapshotStore(join(otherDir, 'shared.snapshot'));
    await new SearchSnapshotBuilder(other, shared, new MemoryLogger()).update();

    const outcome = await new SearchSnapshotBuilder(world.catalog, shared, new MemoryLogger()).update();
    expect(outcome).toMatchObject({
      result: 'rebuilt',
      version: await world.catalog.getVersion(),
      products: 360,
    });
    const read = await shared.read();
    if (read === 'missing' || read === 'unchanged') throw new Error('no snapshot');
    const index = searchIndexOver(decodeIndex(read.bytes).data);
    expect(index.search({ text: 'moonberry jam' }).hits.map((h) => h.product.sku)).not.toContain('MOON-1');
  } finally {
    rmSync(otherDir, { recursive: true, force: true });
    await otherTable.drop();
  }
});

it('patches a stock change made through the catalog service, reading only that product', async () => {
  const sku = (await stored()).index.search({ text: 'oat milk' }).hits[0]!.product.sku;
  await new CatalogService(world.catalog).setStock(sku, 0);
  const change = await world.catalog.getVersionChange();
  expect(change.skus).toEqual([sku]);

  const counter = countingCommands(world.table.doc);
  const outcome = await builder.update([change]);
  counter.stop();
  expect(outcome).toMatchObject({ result: 'patched', version: change.version });
  expect(counter.commands).toEqual(['GetItemCommand', 'BatchGetItemCommand']);
  const after = await stored();
  expect(after.version).toBe(change.version);
  expect(
    after.index.search({ text: 'oat milk' }).hits.find((h) => h.product.sku === sku)?.product.stock,
  ).toBe(0);
  expect(after.answers).toEqual(await freshAnswers(world.catalog, requests));
});

it('patches price changes that arrive together, and rebuilds a renamed product and an import', async () => {
  const [bread, milk] = await Promise.all([product('BAK-017'), product('DAI-001')]);
  await world.catalog.upsert({ ...inputOf(bread), price: { amount: 119, currency: 'USD' } });
  const first = { version: await world.catalog.bumpVersion([bread.sku]), skus: [bread.sku] };
  await world.catalog.upsert({ ...inputOf(milk), price: { amount: 9999, currency: 'USD' } });
  const second = { version: await world.catalog.bumpVersion([milk.sku]), skus: [milk.sku] };
  expect(await builder.update([first, second])).toMatchObject({ result: 'patched', version: second.version });
  expect((await stored()).answers).toEqual(await freshAnswers(world.catalog, requests));

  await world.catalog.upsert({ ...inputOf(bread), name: 'Pocket Pita Bread' });
  const renamed = { version: await world.catalog.bumpVersion([bread.sku]), skus: [bread.sku] };
  expect(await builder.update([renamed])).toMatchObject({ result: 'rebuilt', version: renamed.version });
  expect((await stored()).answers).toEqual(await freshAnswers(world.catalog, requests));

  const imported = { version: await world.catalog.bumpVersion() };
  expect(await builder.update([imported])).toMatchObject({ result: 'rebuilt', version: imported.version });
  expect(await builder.update([imported])).toMatchObject({ result: 'current', version: imported.version });
});

it('leaves the previous snapshot in use when it fails', async () => {
  const before = await stored();
  await world.catalog.upsert({
    sku: 'NEW-1',
    name: 'Kouign Amann Pastry',
    synonyms: [],
    price: { amount: 450, currency: 'USD' },
    stock: 4,
    popularity: 1,
  });
  const version = await world.catalog.bumpVersion();
  // The builder's own client: DynamoDB refuses its catalog read as it does under load.
  const clients = createDynamoClients({ region: 'us-east-1', endpoint: world.table.endpoint });
  clients.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'QueryCommand') return next(args);
      throw new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} });
    },
    { step: 'initialize', name: 'refuse-queries' },
  );
  const failing = new SearchSnapshotBuilder(
    new DynamoCatalogRepository(clients.doc, world.table.tableName),
    store,
    new MemoryLogger(),
  );
  await expect(failing.update([{ version }])).rejects.toThrow(ProvisionedThroughputExceededException);
  clients.client.destroy();

  const after = await stored();
  expect(after.tag).toBe(before.tag);
  expect(after.version).toBe(version - 1);
  const logger = new MemoryLogger();
  const search = new InMemoryProductSearch(world.catalog, new TestClock(new Date()), {
    snapshots: store,
    logger,
  });
  expect((await search.search({ text: 'oat milk' })).hits.length).toBeGreaterThan(0);
  expect(search.indexedVersion).toBe(version - 1);
  expect(logger.events.map((e) => e.event)).toEqual(['search.snapshot_behind', 'search.snapshot_loaded']);
});
