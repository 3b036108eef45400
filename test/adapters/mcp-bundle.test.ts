/**
 * The bundled `mcp` function (dist/mcp/index.js as `npm run build` makes it) in a new Node process,
 * in local mode against DynamoDB Local: it refuses what it must (GET, no token) and answers an
 * assistant's initialize and tools/call with a dev token, with the SDK inside and Ajv left out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';
import { DynamoStoreSettingsRepository } from '../../lambda/adapters/dynamodb/settings-repository';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { buildFunctions, type BuiltBundle } from '../../scripts/build';
import { createTestTable, type TestTable } from '../support/dynamo';
import { MCP_PRODUCTS } from '../support/mcp-stack';
import { SDK_NODE_NOTICE_OFF } from '../support/sdk-node-notice';
import { storeSettings } from '../support/store-fixture';

const outDir = mkdtempSync(join(tmpdir(), 'mcp-bundle-'));
let bundle: BuiltBundle;
let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('mcpbundle');
  await new DynamoStoreSettingsRepository(table.doc, table.tableName).save(storeSettings());
  const catalog = new DynamoCatalogRepository(table.doc, table.tableName);
  for (const { version: _v, updatedAt: _u, ...input } of MCP_PRODUCTS) await catalog.upsert(input);
  bundle = (await buildFunctions({ outDir, names: ['mcp'] })).built[0]!;
}, 120_000);

afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await table.drop();
});

interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Runs HTTP API events through the bundle's handler in a fresh process, one after another. */
function invoke(events: unknown[]): Answer[] {
  const script = `const { handler } = require(${JSON.stringify(bundle.file)});
    (async () => { const out = []; for (const e of ${JSON.stringify(events)}) out.push(await handler(e, {}));
      process.stdout.write(JSON.stringify(out)); })();`;
  const output = execFileSync(process.execPath, ['-e', script], {
    env: {
      ...SDK_NODE_NOTICE_OFF,
      PATH: process.env.PATH,
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      AWS_REGION: 'us-east-1',
      LOG_LEVEL: 'silent',
    },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Answer[];
}

function event(method: string, body?: unknown, headers: Record<string, string> = {}) {
  return {
    version: '2.0',
    routeKey: 'ANY /mcp',
    rawPath: '/mcp',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    requestContext: { domainName: 'api.example.com', http: { method } },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    isBase64Encoded: false,
  };
}

describe('dist/mcp/index.js', () => {
  it('carries the MCP SDK, and neither Ajv nor a voice platform SDK', () => {
    expect(bundle.packages).toContain('@modelcontextprotocol/sdk');
    expect(bundle.forbidden).toEqual([]);
    expect(bundle.packages).not.toContain('ajv');
    expect(bundle.bytes).toBeLessThan(1024 * 1024);
  });

  it('answers GET with 405, a call without a token with 401, and an assistant with a dev token', async () => {
    const token = await issueDevToken(table.doc, table.tableName, 'bundle-shopper');
    const auth = { authorization: `Bearer ${token}` };
    const [get, anonymous, initialize, search] = invoke([
      event('GET'),
      event('POST', { jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      event(
        'POST',
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 't', version: '1' },
          },
        },
        auth,
      ),
      event(
        'POST',
        {
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: { name: 'search_products', arguments: { query: 'oat milk' } },
        },
        { ...auth, 'mcp-protocol-version': '2025-06-18' },
      ),
    ]);
    expect(get!.statusCode).toBe(405);
    expect(anonymous!.statusCode).toBe(401);
    expect(JSON.parse(anonymous!.body)).toMatchObject({
      resource_metadata: 'https://api.example.com/.well-known/oauth-protected-resource/mcp',
    });
    expect(JSON.parse(initialize!.body)).toMatchObject({
      result: { serverInfo: { name: 'voice-commerce-store' } },
    });
    const result = (JSON.parse(search!.body) as { result: { structuredContent: { total: number } } }).result;
    expect(result.structuredContent.total).toBe(2);
  });
});
