/**
 * A whole shop in each English variety and in Hindi on the demo store that serves it: search and a list, the
 * basket or cart, a voice code, checkout with the read-back (VAT or GST in the prices, the delivery
 * window), order status, a reorder, store questions and a person. Each script runs through the
 * console's stand-in for each platform and the real handler: the Alexa skill and the Google action.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../lambda/local/console/console-session';
import { parseScript } from '../../lambda/local/console/script-lines';
import { DEMO_STORES, type DemoStoreName } from '../../lambda/local/demo/demo-stores';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { runConsoleScript } from '../../scripts/readme/console-run';
import { createTestTable, type TestTable } from '../support/dynamo';

const tables: TestTable[] = [];

afterAll(async () => {
  await Promise.all(tables.map((table) => table.drop()));
});

/** Each variety, its store, and a weekday morning in the store's time zone. */
const SHOPS: readonly (readonly [string, DemoStoreName, string])[] = [
  ['en-GB', 'uk', '2026-03-03T10:00:00Z'],
  ['en-IN', 'india', '2026-03-03T05:30:00Z'],
  ['hi-IN', 'india', '2026-03-03T05:30:00Z'],
];
const PLATFORMS: readonly Platform[] = ['alexa', 'google'];

describe.each(SHOPS)('%s on the %s demo store', (locale, storeName, at) => {
  const script = readFileSync(join(__dirname, '../fixtures/console', `shop-${locale}.txt`), 'utf8');

  it.each(PLATFORMS)(
    'does a whole shop through %s, every reply saying what the script expects',
    async (platform) => {
      const table = await createTestTable(`shop-${storeName}`);
      tables.push(table);
      await loadDemoStore({ doc: table.doc, tableName: table.tableName, store: DEMO_STORES[storeName] });
      const run = await runConsoleScript(table, script, { platform, locale, at: new Date(at) });
      const failures = run.result.failures.map((f) => `line ${f.line} "${f.text}": ${f.reason}`);
      expect(failures).toEqual([]);
      expect(run.result.ran).toBe(parseScript(script).length);
    },
    120_000,
  );
});
