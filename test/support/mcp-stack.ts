/**
 * Test helper: the local stack's dev server with the MCP server wired in, over a fresh DynamoDB
 * Local table seeded with store settings and a few products, and the SDK's own client connected over
 * Streamable HTTP with a bearer token (a shopper's dev token, or the service tier's).
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import type { Product, StoreSettings } from '../../lambda/domain/model';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { createAlexaRequestVerifier } from '../../lambda/adapters/alexa-http/alexa-request-verifier';
import { startDevServer, type RunningDevServer } from '../../lambda/local/dev-server';
import { buildLocalMcp, type McpEndpoint } from '../../lambda/local/dev-server-mcp';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { issueDevServiceToken, issueDevToken } from '../../lambda/local/dev-token-signer';
import { createTestTable, type TestTable } from './dynamo';
import { product, storeSettings } from './store-fixture';

/** The products every MCP test store sells. */
export const MCP_PRODUCTS: readonly Product[] = [
  product('OAT-1', 'Oat Milk Barista Edition', 499, {
    brand: 'Oatly',
    size: '32 oz',
    category: 'Dairy',
    stock: 20,
  }),
  product('OAT-2', 'Oat Milk Original', 599, { brand: 'Oatly', size: '64 oz', category: 'Dairy', stock: 20 }),
  product('BRD-1', 'Eight Grain Bread', 379, { brand: 'Corner Bakery', size: '24 oz', category: 'Bakery' }),
  product('TWL-1', 'Paper Towels 6 Rolls', 899, { brand: 'Bounty', category: 'Household', stock: 5 }),
  product('GONE-1', 'Sold Out Granola', 450, { brand: 'Granola Co', category: 'Breakfast', stock: 0 }),
];

/** A running dev server over a seeded table. */
export interface McpTestStack {
  readonly table: TestTable;
  readonly stack: LocalStack;
  readonly server: RunningDevServer;
  readonly settings: StoreSettings;
  /** A shopper's access token (a dev token). */
  shopperToken(customerId: string): Promise<string>;
  /** The service tier's access token. */
  serviceToken(): Promise<string>;
  /** The SDK client, connected to POST /mcp with this bearer token. */
  connect(token: string): Promise<Client>;
  close(): Promise<void>;
}

/** Starts the stack; call close() in afterAll. `mcp` replaces the local stack's MCP handler. */
export async function startMcpTestStack(
  settingsOverrides: Partial<StoreSettings> = {},
  mcp: (stack: LocalStack) => McpEndpoint = (stack) => buildLocalMcp(stack, {}),
): Promise<McpTestStack> {
  const table = await createTestTable('mcp');
  const log = new TurnLog();
  const stack = buildLocalStack({
    endpoint: table.endpoint,
    tableName: table.tableName,
    logger: log,
    env: {},
  });
  const settings = storeSettings(settingsOverrides);
  await stack.services.store.save(settings);
  const catalog = new DynamoCatalogRepository(table.doc, table.tableName);
  for (const { version: _v, updatedAt: _u, ...input } of MCP_PRODUCTS) await catalog.upsert(input);
  await catalog.bumpVersion();
  const server = await startDevServer({
    port: 0,
    // Made here and never sent: /mcp is authenticated by its bearer token alone.
    devSecret: randomUUID(),
    alexa: stack.alexa,
    verifier: createAlexaRequestVerifier(),
    merchantApi: stack.merchantApi,
    mcp: mcp(stack),
    logger: log,
  });
  const clients: Client[] = [];
  return {
    table,
    stack,
    server,
    settings,
    shopperToken: (customerId) => issueDevToken(table.doc, table.tableName, customerId),
    serviceToken: () => issueDevServiceToken(table.doc, table.tableName),
    async connect(token) {
      const client = new Client({ name: 'mcp-tests', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      });
      await client.connect(transport);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await server.close();
      stack.close();
      await table.drop();
    },
  };
}

/** Money as the tools return it. */
export interface MoneyJson {
  readonly amount: number;
  readonly currency: string;
  readonly formatted: string;
}

/** A product as the tools return it. */
export interface ProductJson {
  readonly sku: string;
  readonly name: string;
  readonly brand?: string;
  readonly price: MoneyJson;
  readonly inStock: boolean;
  readonly relevance?: number;
}

/** A cart as the tools return it. */
export interface CartJson {
  readonly lines: readonly {
    sku: string;
    name: string;
    quantity: number;
    unitPrice: MoneyJson;
    lineTotal: MoneyJson;
  }[];
  readonly itemCount: number;
  readonly subtotal: MoneyJson;
}

/** An order as the tools return it. */
export interface OrderJson {
  readonly orderId: string;
  readonly status: string;
  readonly lines: readonly { sku: string; quantity: number; lineTotal: MoneyJson }[];
  readonly delivery: { optionId: string; name: string; price: MoneyJson; expectedDate: string };
  readonly tax: MoneyJson;
  readonly total: MoneyJson;
}

/** The structured content tools answer with (each tool fills some of it). */
export interface ToolData {
  readonly query?: string;
  readonly total?: MoneyJson | number;
  readonly products?: readonly ProductJson[];
  readonly product?: ProductJson & { description?: string };
  readonly deliveryOptions?: readonly {
    optionId: string;
    name: string;
    price: MoneyJson;
    expectedDate: string;
  }[];
  readonly cart?: CartJson;
  readonly order?: OrderJson;
  readonly orders?: readonly { orderId: string; status: string; total: MoneyJson }[];
  readonly confirmationId?: string;
  readonly readBack?: string;
  readonly seller?: string;
  readonly lines?: readonly { sku: string; quantity: number }[];
  readonly delivery?: { optionId: string; name: string; price: MoneyJson; expectedDate: string };
  readonly tax?: MoneyJson;
  readonly subtotal?: MoneyJson;
  readonly voiceCodeRequired?: boolean;
  readonly cancellable?: boolean;
  readonly ticketId?: string;
  readonly error?: { code: string; message: string; details?: Record<string, unknown> };
  readonly [key: string]: unknown;
}

/** What a tool answered: its structured content (or error), its text, and whether it refused. */
export interface ToolOutcome {
  readonly isError: boolean;
  readonly text: string;
  readonly data: ToolData;
  /** The refusal's code, when isError. */
  readonly code?: string;
}

/** Calls a tool through the client and reads the answer. */
export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content
    .filter((c) => c.type === 'text')
    .map((c) => c.text)
    .join('\n');
  const data = (result.structuredContent ?? {}) as ToolData;
  return { isError: result.isError === true, text, data, ...(data.error ? { code: data.error.code } : {}) };
}
