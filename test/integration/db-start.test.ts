/**
 * `npm run db:start` as a child process: it prints exactly one DYNAMODB_ENDPOINT line on stdout once
 * the table (and, unless --empty, the demo store) is ready, keeps --data across restarts without
 * overwriting a store already set up, and on SIGTERM stops Java and exits.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { DEMO_STORE_SETTINGS } from '../../lambda/local/demo/demo-settings';
import { freePort } from '../../lambda/local/dynamodb-local';

jest.setTimeout(120000);

const root = resolve(__dirname, '../..');
const TABLE = 'db-start-test';

interface Started {
  readonly child: ChildProcess;
  readonly endpoint: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function start(args: string[]): Promise<Started> {
  // Node itself with tsx's loader: the signal goes straight to the script, not through tsx's relay,
  // which gives up and reports 143 when a busy machine answers its handshake late.
  const child = spawn(process.execPath, ['--import', 'tsx', 'lambda/local/db-start.ts', ...args], {
    cwd: root,
    env: { ...process.env, TABLE_NAME: TABLE },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^DYNAMODB_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match) done({ child, endpoint: match[1]!, stdout: () => stdout, stderr: () => stderr });
    });
    child.once('exit', (code) => fail(new Error(`db:start exited with ${code}: ${stderr}`)));
  });
}

function javaOnPort(port: number): boolean {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return processes
    .split('\n')
    .some((line) => line.includes('DynamoDBLocal.jar') && line.includes(`-port ${port}`));
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((done) => started.child.once('exit', (code) => done(code)));
  started.child.kill('SIGTERM');
  return exited;
}

async function withClients<T>(
  endpoint: string,
  work: (clients: ReturnType<typeof createDynamoClients>) => Promise<T>,
) {
  const clients = createDynamoClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 10000 });
  try {
    return await work(clients);
  } finally {
    clients.client.destroy();
  }
}

describe('npm run db:start', () => {
  it('with --empty: creates the table, prints the endpoint line alone, and stops Java on SIGTERM', async () => {
    const port = await freePort();
    const started = await start(['--port', String(port), '--empty']);
    expect(started.endpoint).toBe(`http://127.0.0.1:${port}`);
    await withClients(started.endpoint, async ({ client, doc }) => {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
      expect(Table?.GlobalSecondaryIndexes?.[0]?.IndexName).toBe('gsi1');
      expect(await new DynamoCatalogRepository(doc, TABLE).listAll()).toEqual([]);
      expect(await new DynamoStoreSettingsRepository(doc, TABLE).get()).toBeUndefined();
    });
    expect(javaOnPort(port)).toBe(true);
    expect(await stop(started)).toBe(0);
    expect(started.stdout()).toBe(`DYNAMODB_ENDPOINT=http://127.0.0.1:${port}\n`);
    expect(started.stderr()).toContain('DynamoDB Local stopped.');
    expect(javaOnPort(port)).toBe(false);
  });

  it('loads the demo store unless --empty', async () => {
    const port = await freePort();
    const started = await start(['--port', String(port)]);
    await withClients(started.endpoint, async ({ doc }) => {
      const products = await new DynamoCatalogRepository(doc, TABLE).listAll();
      expect(products).toHaveLength(360);
      expect(products.some((p) => p.stock === 0)).toBe(true);
      expect(await new DynamoCatalogRepository(doc, TABLE).get('BRK-001')).toMatchObject({
        name: 'Raisin Bran',
      });
      expect(await new DynamoStoreSettingsRepository(doc, TABLE).get()).toEqual(DEMO_STORE_SETTINGS);
    });
    expect(started.stderr()).toContain('Loaded the demo store: 360 products.');
    expect(await stop(started)).toBe(0);
    expect(javaOnPort(port)).toBe(false);
  });

  it('keeps --data across restarts and never overwrites a store that is already set up', async () => {
    const data = mkdtempSync(join(tmpdir(), 'db-start-'));
    try {
      const port = await freePort();
      const first = await start(['--port', String(port), '--empty', '--data', data]);
      await withClients(first.endpoint, async ({ doc }) => {
        await new DynamoStoreSettingsRepository(doc, TABLE).save({
          ...DEMO_STORE_SETTINGS,
          name: 'My Own Shop',
        });
        await new DynamoCatalogRepository(doc, TABLE).upsert({
          sku: 'OWN-1',
          name: 'House Blend Coffee',
          synonyms: [],
          price: { amount: 899, currency: 'USD' },
          stock: 4,
          popularity: 0,
        });
      });
      expect(await stop(first)).toBe(0);
      expect(javaOnPort(port)).toBe(false);

      const second = await start(['--port', String(port), '--data', data]);
      await withClients(second.endpoint, async ({ doc }) => {
        expect((await new DynamoStoreSettingsRepository(doc, TABLE).get())?.name).toBe('My Own Shop');
        expect((await new DynamoCatalogRepository(doc, TABLE).listAll()).map((p) => p.sku)).toEqual([
          'OWN-1',
        ]);
      });
      expect(second.stderr()).toContain('Table db-start-test already exists.');
      expect(second.stderr()).toContain('the demo store was not reloaded');
      expect(await stop(second)).toBe(0);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('refuses a port that is already taken, with one sentence and exit code 1', async () => {
    const port = await freePort();
    const first = await start(['--port', String(port), '--empty']);
    try {
      const second = spawn(
        process.execPath,
        ['--import', 'tsx', 'lambda/local/db-start.ts', '--port', String(port)],
        {
          cwd: root,
        },
      );
      let stderr = '';
      second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => second.once('exit', done));
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is already in use; choose another with --port.`);
    } finally {
      await stop(first);
    }
  });
});
