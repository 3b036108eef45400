/**
 * The `search-index` Lambda entry as Lambda loads it, fed DynamoDB Local's own stream: the records
 * of an import rebuild the snapshot; those of a stock change through the merchant's catalog service
 * patch it; a hand invocation with no records checks it and leaves a current one alone.
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { join } from 'node:path';
import { FileSnapshotStore } from '../../lambda/adapters/search/file-snapshot-store';
import type { BuildOutcome } from '../../lambda/adapters/search/snapshot-builder';
import { decodeIndex } from '../../lambda/adapters/search/snapshot-codec';
import { CatalogService } from '../../lambda/domain/catalog-service';
import { openStream, type StreamReader } from './events-support';
import { snapshotWorld, type SnapshotWorld } from '../support/search-snapshot-fixtures';

type Handler = (event?: Partial<DynamoDBStreamEvent>) => Promise<BuildOutcome>;

let world: SnapshotWorld;
let stream: StreamReader;
let handler: Handler;

async function loadHandler(env: Record<string, string>): Promise<Handler> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    let loaded: Handler | undefined;
    await jest.isolateModulesAsync(async () => {
      ({ handler: loaded } = await import('../../lambda/handlers/search-index'));
    });
    return loaded!;
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

beforeAll(async () => {
  world = await snapshotWorld('snap-handler');
  stream = await openStream(world.table);
  handler = await loadHandler({
    TABLE_NAME: world.table.tableName,
    SEARCH_SNAPSHOT_DIR: world.dir,
    LOG_LEVEL: 'silent',
  });
});
afterAll(async () => {
  stream.close();
  await world.close();
});

const storedVersion = async (): Promise<number> => {
  const read = await new FileSnapshotStore(join(world.dir, `${world.table.tableName}.snapshot`)).read();
  if (read === 'missing' || read === 'unchanged') throw new Error('no snapshot');
  return decodeIndex(read.bytes).version;
};

it('rebuilds from the records of an import, and patches from those of a stock change', async () => {
  // The import wrote 360 products and moved the marker once.
  const imported = await stream.next(361);
  const version = await world.catalog.getVersion();
  expect(await handler({ Records: imported })).toMatchObject({
    result: 'rebuilt',
    version,
    products: 360,
  });
  expect(await storedVersion()).toBe(version);

  await new CatalogService(world.catalog).setStock('DAI-001', 3);
  const changed = await stream.next(2);
  expect(await handler({ Records: changed })).toMatchObject({ result: 'patched', version: version + 1 });
  expect(await storedVersion()).toBe(version + 1);
  expect(await handler({})).toMatchObject({ result: 'current', version: version + 1 });
});
