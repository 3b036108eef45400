/**
 * The `--store us|uk|india` option of `npm start`, `npm run db:start` and `npm run talk`, and what
 * choosing a store changes on this machine: another store keeps its own data folder (for `npm
 * start`) and its own search index snapshots (.local/search-index/<store>/), so a snapshot of one
 * store never answers for another.
 */
import { InvalidArgumentError } from 'commander';
import { join } from 'node:path';
import { createDynamoClients } from '../adapters/dynamodb/client';
import { DynamoStoreSettingsRepository } from '../adapters/dynamodb/settings-repository';
import { LOCAL_SNAPSHOT_DIR } from '../config';
import type { StoreSettings } from '../domain/model';
import { DEMO_STORES, demoStoreNamed, type DemoStore } from './demo/demo-stores';

/** Parses a `--store` value. */
export function parseStoreOption(value: string): DemoStore {
  const store = demoStoreNamed(value.trim().toLowerCase());
  if (!store) throw new InvalidArgumentError(`use ${Object.keys(DEMO_STORES).join(', ')}.`);
  return store;
}

/** The data folder `npm start` keeps a store in: .local/dynamodb, or .local/dynamodb-<store>. */
export function defaultDataFolder(store: DemoStore): string {
  return store.name === 'us' ? '.local/dynamodb' : `.local/dynamodb-${store.name}`;
}

/**
 * Points this process's search snapshots at the store's own folder (the US store keeps the
 * default), unless SEARCH_SNAPSHOT_DIR is set already.
 */
export function useStoreSnapshots(
  store: DemoStore,
  env: Record<string, string | undefined> = process.env,
): void {
  if (store.name === 'us' || env.SEARCH_SNAPSHOT_DIR?.trim()) return;
  env.SEARCH_SNAPSHOT_DIR = join(LOCAL_SNAPSHOT_DIR, store.name);
}

/** The demo store whose settings these are (by the store's name), or undefined for another store. */
export function demoStoreOf(settings: StoreSettings | undefined): DemoStore | undefined {
  return Object.values(DEMO_STORES).find((store) => store.settings.name === settings?.name);
}

/** The demo store a running local database holds (read from its settings), or undefined. */
export async function demoStoreAt(endpoint: string, tableName: string): Promise<DemoStore | undefined> {
  const { client, doc } = createDynamoClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 3000 });
  try {
    return demoStoreOf(await new DynamoStoreSettingsRepository(doc, tableName).get());
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}
