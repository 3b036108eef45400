/**
 * The dev server's gate, against hostile pages and relays: a foreign Host (DNS rebinding) or Origin
 * is refused, bodies must be JSON (a cross-site text/plain POST cannot cancel an order), and every
 * unsigned call (/alexa unsigned, /google, /api) needs this start's dev secret in X-Dev-Secret,
 * whatever relay it came through; a request Alexa signed needs none.
 */
import { request as httpRequest } from 'node:http';
import { sign, X509Certificate } from 'node:crypto';
import { createAlexaRequestVerifier } from '../../lambda/adapters/alexa-http/alexa-request-verifier';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { startDevServer, type RunningDevServer } from '../../lambda/local/dev-server';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { launchRequest } from '../support/alexa-envelopes';
import { createTestTable, type TestTable } from '../support/dynamo';
import { makeAlexaChain } from '../local/support/test-certificates';

const SECRET = 'test-dev-secret-0123456789';
const chain = makeAlexaChain();
let table: TestTable;
let stack: LocalStack;
let server: RunningDevServer;

beforeAll(async () => {
  table = await createTestTable('devgate');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const log = new TurnLog();
  stack = buildLocalStack({ endpoint: table.endpoint, tableName: table.tableName, logger: log, env: {} });
  server = await startDevServer({
    port: 0,
    devSecret: SECRET,
    alexa: stack.alexa,
    verifier: createAlexaRequestVerifier({
      trustStore: [new X509Certificate(chain.root.pem)],
      fetchCertificates: () => Promise.resolve(chain.chainPem),
    }),
    google: stack.google,
    merchantApi: stack.merchantApi,
    logger: log,
  });
});
afterAll(async () => {
  await server.close();
  stack.close();
  await table.drop();
});

interface Sent {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** One request with exactly these headers (Host included), as a browser, relay or tunnel sends it. */
function send({ method = 'GET', path, headers = {}, body }: Sent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const secret = { 'x-dev-secret': SECRET };
const launch = () =>
  JSON.stringify({
    ...launchRequest({ skillId: stack.skillId, userId: 'amzn1.ask.account.GATE' }),
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.gate',
      locale: 'en-US',
      timestamp: new Date().toISOString(),
    },
  });

describe('Host and Origin', () => {
  it('refuses a foreign Host, or the right host on another port (DNS rebinding)', async () => {
    expect(
      (await send({ path: '/api/handoffs', headers: { ...secret, host: 'evil.example:3000' } })).status,
    ).toBe(403);
    expect((await send({ path: '/api/handoffs', headers: { ...secret, host: '127.0.0.1:9' } })).status).toBe(
      403,
    );
    expect((await send({ path: '/health', headers: { host: 'evil.example' } })).status).toBe(403);
    expect(
      (await send({ path: '/api/handoffs', headers: { ...secret, host: `localhost:${server.port}` } }))
        .status,
    ).toBe(200);
  });

  it('refuses a foreign Origin', async () => {
    const headers = { ...secret, origin: 'https://evil.example' };
    expect((await send({ path: '/api/settings', headers })).status).toBe(403);
    const own = { ...secret, origin: `http://127.0.0.1:${server.port}` };
    expect((await send({ path: '/api/settings', headers: own })).status).toBe(200);
  });

  it('refuses a body that is not declared JSON, so a cross-site text/plain POST changes nothing', async () => {
    const body = JSON.stringify({ stock: 0 });
    const plain = { ...secret, 'content-type': 'text/plain' };
    expect(
      (await send({ method: 'PUT', path: '/api/products/DAI-007/stock', headers: plain, body })).status,
    ).toBe(415);
    const product = JSON.parse((await send({ path: '/api/products/DAI-007', headers: secret })).body) as {
      stock: number;
    };
    expect(product.stock).toBeGreaterThan(0);
  });
});

describe('the dev secret', () => {
  it('is needed by the merchant API, and relay headers do not matter either way', async () => {
    expect((await send({ path: '/api/settings' })).status).toBe(403);
    expect((await send({ path: '/api/settings', headers: { 'x-dev-secret': 'wrong' } })).status).toBe(403);
    // A proxy that adds only these headers, or a header-less relay (ssh -R), got in before.
    const proxied = { 'x-forwarded-proto': 'https', 'true-client-ip': '203.0.113.7' };
    expect((await send({ path: '/api/settings', headers: proxied })).status).toBe(403);
    expect((await send({ path: '/api/settings', headers: secret })).status).toBe(200);
  });

  it('is needed by an unsigned /alexa request', async () => {
    const refused = await send({ method: 'POST', path: '/alexa', headers: json, body: launch() });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'SIGNATURE_REQUIRED' });
    const served = await send({
      method: 'POST',
      path: '/alexa',
      headers: { ...json, ...secret },
      body: launch(),
    });
    expect(served.status).toBe(200);
  });

  it('is not needed by a request Alexa signed, even through a tunnel with its own Host', async () => {
    const raw = launch();
    const headers = {
      ...json,
      host: 'my-tunnel.example.com',
      'signature-256': sign('sha256', Buffer.from(raw), chain.signing.key).toString('base64'),
      signaturecertchainurl: 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    };
    expect((await send({ method: 'POST', path: '/alexa', headers, body: raw })).status).toBe(200);
  });

  it('is needed by the Google webhook', async () => {
    const body = JSON.stringify({
      handler: { name: 'turn' },
      intent: { name: 'actions.intent.MAIN', params: {}, query: 'talk to voice shop' },
      scene: { name: 'actions.scene.START_CONVERSATION', slotFillingStatus: 'UNSPECIFIED', slots: {} },
      session: { id: 'gate-session', params: {}, typeOverrides: [], languageCode: '' },
      user: {
        locale: 'en-US',
        params: {},
        accountLinkingStatus: 'NOT_LINKED',
        verificationStatus: 'VERIFIED',
      },
      device: { capabilities: ['SPEECH'] },
    });
    expect((await send({ method: 'POST', path: '/google', headers: json, body })).status).toBe(403);
    expect(
      (await send({ method: 'POST', path: '/google', headers: { ...json, ...secret }, body })).status,
    ).toBe(200);
  });
});
