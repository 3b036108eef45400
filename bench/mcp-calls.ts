/**
 * The MCP server's tool calls, in process, against DynamoDB Local: each call is an HTTP API event
 * through the same handler the `mcp` function runs (bearer token checked, Streamable HTTP transport,
 * a server built for the caller, the tool, the JSON answer). For search_products, add_to_cart and
 * place_order: p50/p99 latency per call, the handler's own share (time not waiting on DynamoDB),
 * and the DynamoDB requests each makes.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { DynamoCatalogRepository } from '../lambda/adapters/dynamodb/catalog-repository';
import { readAssistantConfig } from '../lambda/assistant-config';
import { buildServices } from '../lambda/composition-root';
import { readConfig } from '../lambda/config';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { issueDevToken } from '../lambda/local/dev-token-signer';
import { DEMO_STORE_SETTINGS } from '../lambda/local/demo/demo-settings';
import { buildMcpHandler } from '../lambda/mcp-root';
import { attachMeter, type DynamoMeter } from './dynamo-meter';
import { ms, percentile, type BenchRow, type BenchSection } from './report';

const ITERATIONS = 200;
const TABLE = 'bench-mcp';
type Handler = ReturnType<typeof buildMcpHandler>;

function toolCall(token: string, name: string, args: Record<string, unknown>): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'ANY /mcp',
    rawPath: '/mcp',
    rawQueryString: '',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    requestContext: { domainName: 'bench.local', http: { method: 'POST' } },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

/** Calls a tool and returns its structured content; throws on a refusal (a benchmark must not measure errors). */
async function callTool(mcp: Handler, token: string, name: string, args: Record<string, unknown>) {
  const answer = await mcp(toolCall(token, name, args));
  const parsed = JSON.parse(answer.body ?? '{}') as {
    result?: { isError?: boolean; structuredContent?: Record<string, unknown> };
  };
  if (answer.statusCode !== 200 || !parsed.result || parsed.result.isError) {
    throw new Error(`${name} failed: ${answer.statusCode} ${answer.body ?? ''}`);
  }
  return parsed.result.structuredContent ?? {};
}

async function measure(
  name: string,
  meter: DynamoMeter,
  op: (i: number) => Promise<unknown>,
  prepare?: (i: number) => Promise<void>,
): Promise<BenchRow> {
  const times: number[] = [];
  const own: number[] = [];
  let requests = 0;
  let commands: readonly string[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    if (prepare) await prepare(i);
    meter.reset();
    const started = performance.now();
    await op(i);
    const elapsed = performance.now() - started;
    const reading = meter.read();
    times.push(elapsed);
    own.push(elapsed - reading.dbMs);
    requests += reading.requests;
    commands = reading.commands;
  }
  return {
    name,
    'requests/call': ms(requests / ITERATIONS),
    'p50 ms': ms(percentile(times, 50)),
    'p99 ms': ms(percentile(times, 99)),
    'own p50 ms': ms(percentile(own, 50)),
    commands: commands.map((c) => c.replace(/Command$/, '')).join(' '),
  };
}

/** Runs the MCP benchmark. */
export async function run(): Promise<BenchSection[]> {
  const db = await startDynamoDbLocal();
  try {
    const clients = createDynamoClients({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(clients.client, TABLE);
    const config = readConfig({ DYNAMODB_ENDPOINT: db.endpoint, TABLE_NAME: TABLE, LOG_LEVEL: 'silent' });
    const services = buildServices(config, { clients });
    await services.store.save(DEMO_STORE_SETTINGS);
    const catalog = new DynamoCatalogRepository(clients.doc, TABLE);
    for (let i = 0; i < 50; i++) {
      const price = { amount: 199 + i, currency: 'USD' };
      await catalog.upsert({
        sku: `B-${i}`,
        name: `Bench Oat Milk ${i}`,
        synonyms: [],
        price,
        stock: 1e6,
        popularity: i,
      });
    }
    const mcp = buildMcpHandler(config, readAssistantConfig({}), services, {
      baseUrl: () => 'http://bench.local',
    });
    const tokens: string[] = [];
    for (let i = 0; i < ITERATIONS; i++)
      tokens.push(await issueDevToken(clients.doc, TABLE, `mcp-bench-${i}`));
    // Warm: the search index, the settings cache and the local key set are loaded once per container,
    // and a few dozen calls let the JIT compile the request path, as in a warm container.
    for (let i = 0; i < 50; i++) await callTool(mcp, tokens[i]!, 'search_products', { query: 'oat milk' });
    const meter = attachMeter(clients.client);
    const confirmations: string[] = [];
    const rows = [
      await measure('search_products', meter, (i) =>
        callTool(mcp, tokens[i]!, 'search_products', { query: `oat milk ${i % 50}` }),
      ),
      await measure('add_to_cart', meter, (i) =>
        callTool(mcp, tokens[i]!, 'add_to_cart', { sku: `B-${i % 50}`, quantity: 1 }),
      ),
      await measure(
        'place_order',
        meter,
        (i) => callTool(mcp, tokens[i]!, 'place_order', { confirmationId: confirmations[i] }),
        async (i) => {
          const quote = await callTool(mcp, tokens[i]!, 'quote_checkout', {});
          confirmations[i] = String(quote.confirmationId);
        },
      ),
    ];
    clients.client.destroy();
    return [
      {
        title: 'MCP tool calls (HTTP API event through the mcp handler) against DynamoDB Local',
        rows,
        notes: [
          `${ITERATIONS} calls each, one at a time, after 50 warm-up calls (search index, store settings and key set cached); each call checks its bearer token.`,
          'own = the call minus the time waiting on DynamoDB (token check, transport, server, tool, JSON).',
          'place_order (before the checkout takes the read-back cart version) = profile read (voice code) + cart read + idempotency check + cart and products reads + one TransactWriteItems.',
        ],
      },
    ];
  } finally {
    await db.stop();
  }
}
