/**
 * `npm run --silent mcp [-- --customer <id> | --token <access token>]`: the store's MCP server over
 * stdio, for a desktop assistant, against the local stack. It uses the database at
 * DYNAMODB_ENDPOINT (default http://127.0.0.1:8000, where `npm start` puts it) when that answers,
 * and otherwise starts its own in memory with the demo store. It acts for one caller, checked by the
 * same verifier as the HTTP server: a customer (a dev token made here, or one given with --token or
 * MCP_ACCESS_TOKEN), or else the service tier, which browses only.
 *
 * Standard output carries the protocol and nothing else (hence `--silent`: npm prints its script
 * banner there); status and logs go to standard error.
 */
import './console/quiet-warnings';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Command } from 'commander';
import { createAssistantTokenVerifier } from '../adapters/identity/assistant-token-verifier';
import { isValidCustomerId } from '../adapters/identity/local-token';
import { buildStoreServer } from '../adapters/mcp/store-server';
import type { Caller } from '../adapters/mcp/tool-kit';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import type { DynamoClients } from '../adapters/dynamodb/client';
import { buildServices, dynamoClientsFor } from '../composition-root';
import { readConfig } from '../config';
import { existingDatabase, startLocalDatabase, type LocalDatabase } from './dev-server-database';
import { issueDevServiceToken, issueDevToken } from './dev-token-signer';
import { StderrLogger } from './stderr-logger';

interface StdioOptions {
  readonly customer?: string;
  readonly token?: string;
}

const status = (line: string): void => void process.stderr.write(`${line}\n`);

async function database(tableName: string): Promise<LocalDatabase> {
  const endpoint = process.env.DYNAMODB_ENDPOINT?.trim() || 'http://127.0.0.1:8000';
  const found = await existingDatabase(endpoint, tableName);
  if (!('problem' in found)) return found;
  status(`No local store at ${endpoint}; starting DynamoDB Local in memory with the demo store...`);
  return startLocalDatabase({ tableName });
}

/** The caller the options name, verified like an HTTP caller's bearer token. */
async function caller(clients: DynamoClients, tableName: string, options: StdioOptions): Promise<Caller> {
  const { doc } = clients;
  const given = options.token ?? process.env.MCP_ACCESS_TOKEN?.trim();
  const token =
    given ||
    (options.customer
      ? await issueDevToken(doc, tableName, options.customer)
      : await issueDevServiceToken(doc, tableName));
  const identity = await createAssistantTokenVerifier({ mode: 'local', doc, tableName }).verify(token);
  if (!identity)
    throw new Error('the access token is not valid for this local store (make one with npm run dev:token)');
  return identity;
}

async function serve(options: StdioOptions): Promise<void> {
  if (options.customer !== undefined && !isValidCustomerId(options.customer)) {
    throw new Error('a customer id is 1 to 128 letters, digits or . _ @ + -');
  }
  const tableName = process.env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
  const db = await database(tableName);
  for (const note of db.notes) status(note);
  const config = readConfig({ ...process.env, DYNAMODB_ENDPOINT: db.endpoint, TABLE_NAME: tableName });
  const logger = new StderrLogger(config.logLevel, { fn: 'mcp-stdio' }, status);
  const clients = dynamoClientsFor(config);
  const services = buildServices(config, { logger, clients });
  const who = await caller(clients, tableName, options);
  const server = buildStoreServer(services, who);
  const stop = async (): Promise<void> => {
    await server.close().catch(() => undefined);
    clients.client.destroy();
    await db.running?.stop();
    process.exit(0);
  };
  server.onclose = () => void stop();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  await server.connect(new StdioServerTransport());
  status(
    `Store MCP server on stdio, ${who.kind === 'shopper' ? `for customer ${who.customerId}` : 'service tier (browsing only)'}.`,
  );
}

const program = new Command('mcp')
  .description("The store's MCP server over stdio, for a desktop assistant, against the local stack.")
  .option('--customer <customerId>', 'act for this customer (a dev token is made for them)')
  .option('--token <accessToken>', 'act for the customer of this access token (or set MCP_ACCESS_TOKEN)')
  .action(serve);

program.parseAsync(process.argv).catch((error: unknown) => {
  status(`mcp failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
