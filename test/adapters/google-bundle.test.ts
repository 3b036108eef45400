/**
 * The bundled Google function (`npm run build`'s esbuild run, google-auth-library replaced by the
 * adapter's stub) answers real webhook calls in a fresh Node process: an HTTP API event with an
 * Authorization header (read by the adapter, kept from the app) against DynamoDB Local
 * with the demo store; unsigned calls are refused once GOOGLE_PROJECT_ID is set; and in AWS it will
 * not start without one. (test/infra/bundles.test.ts checks which packages each bundle carries.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { buildFunctions } from '../../scripts/build';
import { createTestTable, type TestTable } from '../support/dynamo';
import { googleFixture } from '../support/google-requests';

const root = resolve(__dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'google-bundle-'));
let bundle: string;
let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('gbundle');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const { built } = await buildFunctions({ root, outDir, names: ['google'] });
  bundle = built[0]!.file;
}, 120_000);

afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await table.drop();
});

/** Runs the bundled handler on one event in a new process; returns what it answered, or the error. */
function invoke(
  event: unknown,
  env: Record<string, string>,
): { statusCode?: number; body?: string; error?: string } {
  const script = `require(${JSON.stringify(bundle)}).handler(${JSON.stringify(event)})
    .then((r) => process.stdout.write(JSON.stringify(r)), (e) => process.stdout.write(JSON.stringify({ error: String(e) })));`;
  try {
    const output = execFileSync(process.execPath, ['-e', script], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(output) as { statusCode?: number; body?: string };
  } catch (error) {
    return { error: String((error as { stderr?: unknown }).stderr ?? error) };
  }
}

const event = (headers: Record<string, string> = {}) => ({
  version: '2.0',
  routeKey: 'POST /google',
  rawPath: '/google',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(googleFixture('main-invocation')),
  isBase64Encoded: false,
});

describe('the bundled Google function', () => {
  it('answers the invocation on the local stack, with an Authorization header present', () => {
    const local = { DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName };
    const result = invoke(event({ authorization: 'Bearer not-a-linked-token' }), local);
    expect(result.error).toBeUndefined();
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body!) as {
      prompt: { firstSimple: { text: string } };
      scene: { next: { name: string } };
    };
    expect(body.prompt.firstSimple.text).toMatch(/^Welcome to Corner Market\./);
    expect(body.scene.next.name).toBe('Shopping');
  }, 60_000);

  it('refuses an unsigned call once GOOGLE_PROJECT_ID is set', () => {
    const env = {
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      GOOGLE_PROJECT_ID: 'corner-market-voice',
    };
    const result = invoke(event(), env);
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body!)).toEqual({ error: 'invalid' });
  }, 60_000);

  it('refuses every call in AWS without GOOGLE_PROJECT_ID', () => {
    const result = invoke(event(), { AWS_REGION: 'us-east-1', TABLE_NAME: table.tableName });
    expect(result.error).toMatch(/GOOGLE_PROJECT_ID is not set/);
  }, 60_000);
});
