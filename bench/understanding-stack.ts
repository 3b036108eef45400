/**
 * What the understanding benchmark runs on: DynamoDB Local with the demo store, the bundled Alexa
 * handler (dist/alexa/index.js, built first when it is missing or older than the code), loaded in
 * this process in local mode, and the services on the same table to set up each case's starting
 * state and to read the cart, orders and handoff queue around the measured turn.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { buildServices, type Services } from '../lambda/composition-root';
import { readConfig } from '../lambda/config';
import type { AlexaInvoker } from '../lambda/local/console/alexa-turn-sender';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { loadDemoStore } from '../lambda/local/load-demo-store';
import { buildFunctions } from '../scripts/build';
import { demoCatalog } from './search-eval-catalogs';
import { ProductBook } from './understanding-products';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'alexa', 'index.js');
const TABLE = 'bench-understanding';
/**
 * This benchmark measures understanding, not speed: on a loaded machine DynamoDB Local can take
 * seconds, so requests and turns get room to finish instead of failing as slow.
 */
const PATIENCE = { DYNAMODB_TIMEOUT_MS: '7000', TURN_DEADLINE_MS: '7500' };
/** The skill id the bundle accepts and the console's envelopes carry. */
export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-understanding';

/** The running stack. */
export interface UnderstandingStack {
  readonly skill: AlexaInvoker;
  readonly services: Services;
  /** The table client (dev tokens are signed with the key set kept in the table). */
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly book: ProductBook;
  /** How the bundle was obtained, for the report. */
  readonly bundleNote: string;
  close(): Promise<void>;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/alexa/index.js with the build script when it is missing or older than lambda/. */
async function ensureBundle(): Promise<string> {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  if (built > newestSource(join(ROOT, 'lambda'))) return 'dist/alexa/index.js, as built';
  const why = built === 0 ? 'missing' : 'older than lambda/';
  const { built: bundles } = await buildFunctions({ root: ROOT, names: ['alexa'] });
  if (bundles.length !== 1) throw new Error('the alexa bundle could not be built');
  return `dist/alexa/index.js, rebuilt by the benchmark (it was ${why})`;
}

type Handler = (event: unknown, context: unknown) => Promise<ResponseEnvelope>;

/** Loads the bundled handler in local mode against the given table (it reads the environment once). */
function loadBundle(endpoint: string): AlexaInvoker {
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: TABLE,
    ALEXA_SKILL_ID: SKILL_ID,
    LOG_LEVEL: 'error',
    AWS_REGION: 'us-east-1',
    ...PATIENCE,
  });
  const bundle = createRequire(__filename)(BUNDLE) as { handler: Handler };
  return { invoke: (event, context) => bundle.handler(event, context ?? {}) };
}

/** Starts DynamoDB Local with the demo store and loads the bundled handler. */
export async function startUnderstandingStack(): Promise<UnderstandingStack> {
  const bundleNote = await ensureBundle();
  const db = await startDynamoDbLocal();
  try {
    const clients = createDynamoClients({
      region: 'us-east-1',
      endpoint: db.endpoint,
      requestTimeoutMs: Number(PATIENCE.DYNAMODB_TIMEOUT_MS),
    });
    await ensureTable(clients.client, TABLE);
    await loadDemoStore({ doc: clients.doc, tableName: TABLE });
    const config = readConfig({
      DYNAMODB_ENDPOINT: db.endpoint,
      TABLE_NAME: TABLE,
      LOG_LEVEL: 'silent',
      ...PATIENCE,
    });
    const services = buildServices(config, { clients });
    const catalog = await demoCatalog();
    return {
      skill: loadBundle(db.endpoint),
      services,
      doc: clients.doc,
      tableName: TABLE,
      book: new ProductBook(catalog.products),
      bundleNote,
      close: async () => {
        clients.client.destroy();
        await db.stop();
      },
    };
  } catch (error) {
    await db.stop();
    throw error;
  }
}
