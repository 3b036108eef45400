/**
 * `npm run db:start [-- --port N] [-- --empty] [-- --data <dir>] [-- --store us|uk|india]`: DynamoDB
 * Local alone, the table created from the shared definition, the demo store (the US one unless
 * --store names another) loaded unless --empty. Once ready it prints
 * exactly one line on stdout, `DYNAMODB_ENDPOINT=http://127.0.0.1:<port>` (tools grep for it); every
 * other message goes to stderr. Runs until SIGINT or SIGTERM, then stops Java and exits.
 */
import { Command, InvalidArgumentError } from 'commander';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { ensureTable } from '../adapters/dynamodb/create-table';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from './dynamodb-local';
import { DEMO_STORES, type DemoStore } from './demo/demo-stores';
import { parseStoreOption, useStoreSnapshots } from './demo-store-option';
import { loadDemoStore } from './load-demo-store';
import { localSnapshotStore } from './search-snapshots';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('must be a port number from 1 to 65535.');
  }
  return port;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

const log = (message: string): boolean => process.stderr.write(`${message}\n`);

async function prepare(
  db: RunningDynamoDbLocal,
  tableName: string,
  empty: boolean,
  store: DemoStore,
): Promise<void> {
  const { client, doc } = createDynamoClients({
    region: 'us-east-1',
    endpoint: db.endpoint,
    requestTimeoutMs: 30000,
  });
  try {
    const created = await ensureTable(client, tableName);
    log(created ? `Created table ${tableName}.` : `Table ${tableName} already exists.`);
    if (empty) return;
    const demo = await loadDemoStore({
      doc,
      tableName,
      searchSnapshot: localSnapshotStore(tableName),
      store,
    });
    const named = store.name === 'us' ? '' : ` (${store.settings.name})`;
    log(
      demo.loaded
        ? `Loaded the demo store: ${demo.catalog.created + demo.catalog.updated} products${named}.`
        : 'The store is already set up; the demo store was not reloaded.',
    );
  } finally {
    client.destroy();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = new Command('db:start')
    .description('Run DynamoDB Local with the table created and the demo store loaded.')
    .option('--port <port>', 'port to listen on', parsePort, 8000)
    .option('--empty', 'create the table but load no demo store', false)
    .option('--data <dir>', 'keep the data in this folder (in memory when unset)')
    .option('--store <name>', 'the demo store: us, uk or india', parseStoreOption, DEMO_STORES.us)
    .parse([...argv])
    .opts<{ port: number; empty: boolean; data?: string; store: DemoStore }>();
  useStoreSnapshots(options.store);
  const tableName = process.env.TABLE_NAME || DEFAULT_TABLE_NAME;
  if (!(await portIsFree(options.port))) {
    log(`Port ${options.port} is already in use; choose another with --port.`);
    return 1;
  }
  let db: RunningDynamoDbLocal;
  try {
    db = await startDynamoDbLocal({
      port: options.port,
      ...(options.data ? { dataPath: resolve(options.data) } : {}),
    });
  } catch (error) {
    log(`DynamoDB Local did not start: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
  const stopped = new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  try {
    await prepare(db, tableName, options.empty, options.store);
  } catch (error) {
    log(`Could not prepare the database: ${(error as Error).message}`);
    await db.stop();
    return 1;
  }
  process.stdout.write(`DYNAMODB_ENDPOINT=${db.endpoint}\n`);
  log(
    `DynamoDB Local is ready${options.data ? ` with data in ${resolve(options.data)}` : ' (in memory)'}; Ctrl+C stops it.`,
  );
  db.process.once('exit', (code) => {
    log(`DynamoDB Local stopped unexpectedly (exit code ${code}).`);
    process.exit(1);
  });
  await stopped;
  db.process.removeAllListeners('exit');
  await db.stop();
  log('DynamoDB Local stopped.');
  return 0;
}

void main(process.argv).then((code) => process.exit(code));
