/**
 * CatalogWriter on DynamoDB Local: chunked bulk writes with created/updated counts and versions,
 * progress reports, a bound on requests in flight, unprocessed items retried (injected through the
 * SDK middleware, as DynamoDB Local never leaves any), and a clear failure when retries run out.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { CatalogWriter, type CatalogWriteProgress } from '../../lambda/adapters/dynamodb/catalog-writer';
import type { ProductInput } from '../../lambda/domain/model';
import { createTestTable, type TestTable } from '../support/dynamo';

const product = (sku: string, name = `Product ${sku}`): ProductInput => ({
  sku,
  name,
  category: 'Pantry',
  synonyms: [],
  price: { amount: 100, currency: 'USD' },
  stock: 1,
  popularity: 0,
});

let table: TestTable;
let catalog: DynamoCatalogRepository;
let hooks = 0;

beforeAll(async () => {
  table = await createTestTable('catalog-writer');
  catalog = new DynamoCatalogRepository(table.doc, table.tableName);
});
afterAll(() => table.drop());

/** Leaves all but the first item of the next `count` BatchWriteItem calls unprocessed (or all, with `all`). */
function injectUnprocessedItems(doc: DynamoDBDocumentClient, count: number, all = false) {
  let left = count;
  const name = `unprocessedItems${++hooks}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      const [tableName, requests] = Object.entries(input.RequestItems ?? {})[0] ?? [];
      if (context.commandName !== 'BatchWriteItemCommand' || left <= 0 || !tableName || !requests) {
        return next(args);
      }
      left -= 1;
      const keep = all ? [] : requests.slice(0, 1);
      const result = all
        ? { output: { $metadata: {} }, response: {} }
        : await next({ ...args, input: { ...input, RequestItems: { [tableName]: keep } } });
      (result.output as { UnprocessedItems?: unknown }).UnprocessedItems = {
        [tableName]: requests.slice(keep.length),
      };
      return result;
    },
    { step: 'initialize', name },
  );
  return { remove: () => doc.middlewareStack.remove(name) };
}

/** Counts BatchWriteItem requests running at once. */
function measureConcurrency(doc: DynamoDBDocumentClient) {
  let running = 0;
  let peak = 0;
  const name = `concurrency${++hooks}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand') return next(args);
      peak = Math.max(peak, ++running);
      try {
        return await next(args);
      } finally {
        running--;
      }
    },
    { step: 'initialize', name },
  );
  return { peak: () => peak, remove: () => doc.middlewareStack.remove(name) };
}

describe('CatalogWriter', () => {
  it('writes many products in bounded chunks, reporting progress, then counts updates on a rewrite', async () => {
    const reports: CatalogWriteProgress[] = [];
    const concurrency = measureConcurrency(table.doc);
    const writer = new CatalogWriter(table.doc, table.tableName, {
      maxInFlight: 2,
      onProgress: (p) => reports.push(p),
    });
    for (let i = 0; i < 450; i++) await writer.add(product(`W-${i}`));
    expect(await writer.finish()).toEqual({ written: 450, created: 450, updated: 0 });
    concurrency.remove();
    expect(concurrency.peak()).toBeGreaterThan(1);
    expect(concurrency.peak()).toBeLessThanOrEqual(8);
    expect(reports).toHaveLength(5);
    expect(reports.at(-1)).toEqual({ written: 450, created: 450, updated: 0 });

    const again = new CatalogWriter(table.doc, table.tableName);
    for (let i = 400; i < 500; i++) await again.add(product(`W-${i}`, `Renamed ${i}`));
    expect(await again.finish()).toEqual({ written: 100, created: 50, updated: 50 });
    expect(await catalog.get('W-420')).toMatchObject({ name: 'Renamed 420', version: 2 });
    expect(await catalog.get('W-480')).toMatchObject({ version: 1 });
    expect((await catalog.listAll()).length).toBe(500);
  });

  it('writes a repeated sku in a later request, so the last one wins', async () => {
    const writer = new CatalogWriter(table.doc, table.tableName);
    await writer.add(product('DUP-1', 'First'));
    await writer.add(product('DUP-1', 'Second'));
    expect(await writer.finish()).toEqual({ written: 2, created: 1, updated: 1 });
    expect(await catalog.get('DUP-1')).toMatchObject({ name: 'Second' });
  });

  it('retries unprocessed items until every product is written', async () => {
    const injection = injectUnprocessedItems(table.doc, 6);
    try {
      const writer = new CatalogWriter(table.doc, table.tableName, {
        retry: { attempts: 10, baseDelayMs: 1, maxDelayMs: 5 },
      });
      for (let i = 0; i < 30; i++) await writer.add(product(`RETRY-${i}`));
      expect(await writer.finish()).toMatchObject({ written: 30, created: 30 });
    } finally {
      injection.remove();
    }
    const found = await catalog.getMany(Array.from({ length: 30 }, (_, i) => `RETRY-${i}`));
    expect(found).toHaveLength(30);
  });

  it('fails clearly when items stay unprocessed after every attempt', async () => {
    const injection = injectUnprocessedItems(table.doc, 1000, true);
    try {
      const writer = new CatalogWriter(table.doc, table.tableName, {
        retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      });
      await writer.add(product('NEVER-1'));
      await expect(writer.finish()).rejects.toThrow('DynamoDB left 1 items unwritten after 3 attempts');
    } finally {
      injection.remove();
    }
    expect(await catalog.get('NEVER-1')).toBeUndefined();
  });
});
