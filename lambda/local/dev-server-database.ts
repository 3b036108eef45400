/**
 * The local stack's data: DynamoDB Local started (in memory, or in a data folder that the next start
 * keeps), the table created from the shared definition, and the demo store loaded when the store
 * has none yet; or an already running local database found through DYNAMODB_ENDPOINT.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { ensureTable } from '../adapters/dynamodb/create-table';
import { freePort, startDynamoDbLocal, type RunningDynamoDbLocal } from './dynamodb-local';
import type { DemoStore } from './demo/demo-stores';
import { loadDemoStore } from './load-demo-store';
import { localSnapshotStore } from './search-snapshots';

/** A ready database. */
export interface LocalDatabase {
  readonly endpoint: string;
  readonly tableName: string;
  /** Set when this process started DynamoDB Local (and must stop it). */
  readonly running?: RunningDynamoDbLocal;
  /** What preparing it did, in sentences for the terminal. */
  readonly notes: readonly string[];
}

/** How to start the database. */
export interface StartOptions {
  readonly tableName: string;
  /** Keep the data here; in memory when unset. */
  readonly dataPath?: string;
  /** Delete the data folder first. */
  readonly reset?: boolean;
  /** Port to try first; a free one is used when it is taken (or unset or 0). */
  readonly preferredPort?: number;
  /** The demo store to load when the store is empty (default the US one). */
  readonly store?: DemoStore;
}

async function portFor(preferred: number | undefined): Promise<number | undefined> {
  if (!preferred) return undefined;
  const free = await new Promise<boolean>((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(preferred, '127.0.0.1', () => server.close(() => done(true)));
  });
  return free ? preferred : freePort();
}

/** Starts DynamoDB Local, creates the table and loads the demo store if the store is empty. */
export async function startLocalDatabase(options: StartOptions): Promise<LocalDatabase> {
  const notes: string[] = [];
  if (options.reset && options.dataPath) {
    rmSync(options.dataPath, { recursive: true, force: true });
    notes.push('Wiped the local data (--reset).');
  }
  const port = await portFor(options.preferredPort);
  const running = await startDynamoDbLocal({
    ...(port !== undefined ? { port } : {}),
    ...(options.dataPath ? { dataPath: options.dataPath } : {}),
  });
  const { client, doc } = createDynamoClients({
    region: 'us-east-1',
    endpoint: running.endpoint,
    requestTimeoutMs: 30000,
  });
  try {
    const created = await ensureTable(client, options.tableName);
    notes.push(
      created ? `Created table ${options.tableName}.` : `Table ${options.tableName} is there from last time.`,
    );
    const demo = await loadDemoStore({
      doc,
      tableName: options.tableName,
      searchSnapshot: localSnapshotStore(options.tableName),
      ...(options.store ? { store: options.store } : {}),
    });
    notes.push(
      demo.loaded
        ? `Loaded the demo store: ${demo.catalog.created + demo.catalog.updated} products${storeNamed(options.store)}.`
        : 'The store is already set up (kept as it was).',
    );
  } catch (error) {
    await running.stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint: running.endpoint, tableName: options.tableName, running, notes };
}

/**
 * The running local database at `endpoint`, or why it cannot be used: unreachable, or without
 * the table.
 */
export async function existingDatabase(
  endpoint: string,
  tableName: string,
): Promise<LocalDatabase | { readonly problem: 'unreachable' | 'no-table' }> {
  const { client } = createDynamoClients({
    region: 'us-east-1',
    endpoint,
    requestTimeoutMs: 1500,
    maxAttempts: 1,
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return { endpoint, tableName, notes: [`Using the running local database at ${endpoint}.`] };
  } catch (error) {
    return {
      problem: (error as { name?: string }).name === 'ResourceNotFoundException' ? 'no-table' : 'unreachable',
    };
  } finally {
    client.destroy();
  }
}

/** " (High Street Grocer)" for a store other than the US one, for the note that it was loaded. */
function storeNamed(store: DemoStore | undefined): string {
  return store && store.name !== 'us' ? ` (${store.settings.name})` : '';
}
