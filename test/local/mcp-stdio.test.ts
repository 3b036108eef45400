/**
 * `npm run --silent mcp` as a desktop assistant starts it: a child process spoken to over stdio by
 * the SDK's own client, against the running local stack (a test table), for a customer and for the
 * service tier.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { resolve } from 'node:path';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { createTestTable, type TestTable } from '../support/dynamo';
import { call, MCP_PRODUCTS } from '../support/mcp-stack';
import { storeSettings } from '../support/store-fixture';

const root = resolve(__dirname, '../..');
let table: TestTable;
const clients: Client[] = [];

beforeAll(async () => {
  table = await createTestTable('stdio');
  await new DynamoStoreSettingsRepository(table.doc, table.tableName).save(storeSettings());
  const catalog = new DynamoCatalogRepository(table.doc, table.tableName);
  for (const { version: _v, updatedAt: _u, ...input } of MCP_PRODUCTS) await catalog.upsert(input);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await table.drop();
});

async function start(args: string[]): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp', '--', ...args],
    cwd: root,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? root,
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      AWS_REGION: 'us-east-1',
    },
    stderr: 'pipe',
  });
  let errors = '';
  transport.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const client = new Client({ name: 'desktop-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return { client, stderr: () => errors };
}

describe('npm run --silent mcp', () => {
  it('serves a customer over stdio against the running local stack', async () => {
    const { client, stderr } = await start(['--customer', 'stdio-shopper']);
    expect((await client.listTools()).tools).toHaveLength(13);
    const added = await call(client, 'add_to_cart', { sku: 'OAT-1', quantity: 2 });
    expect(added.data.cart!.subtotal.formatted).toBe('$9.98');
    expect((await call(client, 'get_cart')).data.cart!.itemCount).toBe(2);
    const quote = await call(client, 'quote_checkout');
    const placed = await call(client, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(placed.data.order!.status).toBe('placed');
    expect(stderr()).toContain(`Using the running local database at ${table.endpoint}.`);
    expect(stderr()).toContain('for customer stdio-shopper');
  }, 90_000);

  it('serves the service tier when no customer is named: browsing, no cart', async () => {
    const { client, stderr } = await start([]);
    expect((await call(client, 'search_products', { query: 'paper towels' })).data.products![0]!.sku).toBe(
      'TWL-1',
    );
    expect((await call(client, 'get_cart')).code).toBe('ACCOUNT_NOT_LINKED');
    expect(stderr()).toContain('service tier');
  }, 90_000);
});
