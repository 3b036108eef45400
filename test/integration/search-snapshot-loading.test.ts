/**
 * Containers and the search snapshot, against DynamoDB Local and real files: a snapshot read back
 * answers exactly as a fresh build, without reading the catalog; a missing, truncated, corrupted,
 * foreign or other-version snapshot is logged and replaced by a fresh build, the answers unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSnapshotStore } from '../../lambda/adapters/search/file-snapshot-store';
import { InMemoryProductSearch } from '../../lambda/adapters/search/in-memory-product-search';
import { SearchSnapshotBuilder } from '../../lambda/adapters/search/snapshot-builder';
import { decodeIndex, encodeIndex } from '../../lambda/adapters/search/snapshot-codec';
import type { SearchRequest } from '../../lambda/domain/ports';
import { countingCommands } from '../support/command-counter';
import { MemoryLogger, TestClock } from '../support/test-services';
import {
  evaluationRequests,
  freshAnswers,
  snapshotWorld,
  type SnapshotWorld,
} from '../support/search-snapshot-fixtures';

let world: SnapshotWorld;
let requests: SearchRequest[];
let good: Uint8Array;
let catalogVersion: number;
const clock = new TestClock(new Date('2026-03-01T09:00:00.000Z'));

beforeAll(async () => {
  world = await snapshotWorld('snap-load');
  const store = new FileSnapshotStore(join(world.dir, 'good.snapshot'));
  await new SearchSnapshotBuilder(world.catalog, store, new MemoryLogger()).update();
  good = new Uint8Array(readFileSync(store.location));
  catalogVersion = await world.catalog.getVersion();
  requests = evaluationRequests((await world.catalog.listAll()).map((p) => p.sku));
});
afterAll(() => world.close());

/** A container over a snapshot file holding `bytes` (none: no file). */
function container(name: string, bytes?: Uint8Array) {
  const store = new FileSnapshotStore(join(world.dir, name));
  if (bytes) writeFileSync(store.location, bytes);
  const logger = new MemoryLogger();
  const search = new InMemoryProductSearch(world.catalog, clock, { snapshots: store, logger });
  return { search, logger };
}

async function answersOf(search: InMemoryProductSearch) {
  const answers = [];
  for (const request of requests) answers.push(await search.search(request));
  return answers;
}

it('answers every evaluation query from the snapshot exactly as a fresh build, reading no product', async () => {
  const { search, logger } = container('copy.snapshot', good);
  const counter = countingCommands(world.table.doc);
  const answers = await answersOf(search);
  counter.stop();
  expect(counter.commands).toEqual(['GetItemCommand']);
  expect(answers).toEqual(await freshAnswers(world.catalog, requests));
  expect(answers.filter((a) => a.hits.length > 0).length).toBeGreaterThan(requests.length / 2);
  expect(search.indexedVersion).toBe(catalogVersion);
  expect(logger.events.map((e) => e.event)).toEqual(['search.snapshot_loaded']);
});

const flipped = (bytes: Uint8Array): Uint8Array => {
  const copy = bytes.slice();
  copy[Math.floor(copy.length / 2)]! ^= 0x20;
  return copy;
};

it.each([
  ['missing', undefined, 'missing'],
  ['truncated', (b: Uint8Array) => b.subarray(0, b.length - 4096), 'truncated'],
  ['cut before its header ends', (b: Uint8Array) => b.subarray(0, 40), 'truncated'],
  ['with one byte flipped', flipped, 'checksum'],
  [
    'of a catalog version the table has not reached',
    (b: Uint8Array) => encodeIndex(decodeIndex(b).data, catalogVersion + 8),
    'other_version',
  ],
  ['not a snapshot at all', () => new TextEncoder().encode('{"products": []}'.padEnd(200, ' ')), 'format'],
] as const)('a snapshot %s is logged and replaced by a fresh build', async (_, damage, problem) => {
  const { search, logger } = container(`bad-${problem}.snapshot`, damage?.(good));
  const counter = countingCommands(world.table.doc);
  const answers = await answersOf(search);
  counter.stop();
  expect(counter.commands).toContain('QueryCommand');
  expect(answers).toEqual(await freshAnswers(world.catalog, requests));
  expect(search.indexedVersion).toBe(catalogVersion);
  expect(logger.events).toEqual([
    expect.objectContaining({
      level: 'warn',
      event: 'search.snapshot_unusable',
      fields: expect.objectContaining({ problem }),
    }),
  ]);
});
