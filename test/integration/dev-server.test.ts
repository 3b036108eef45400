/**
 * The local dev server started in-process on a free port over the real stack (a fresh DynamoDB
 * Local table with the demo store), driven over HTTP: /alexa with Alexa's signature checks (a test
 * CA and signing certificate made in the test), /google, /health, the merchant API, and the
 * refusals (unsigned relayed requests, another skill, bad bodies, wrong methods, huge bodies).
 */
import { sign, X509Certificate } from 'node:crypto';
import { createAlexaRequestVerifier } from '../../lambda/adapters/alexa-http/alexa-request-verifier';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { startDevServer, type RunningDevServer } from '../../lambda/local/dev-server';
import { healthCheck } from '../../lambda/local/dev-server-banner';
import { buildLocalStack, type LocalStack } from '../../lambda/local/dev-server-stack';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { launchRequest } from '../support/alexa-envelopes';
import { createTestTable, type TestTable } from '../support/dynamo';
import { makeAlexaChain } from '../local/support/test-certificates';

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';
const DEV_SECRET = 'dev-server-test-secret';
const chain = makeAlexaChain();
let table: TestTable;
let stack: LocalStack;
let server: RunningDevServer;

beforeAll(async () => {
  table = await createTestTable('devserver');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const log = new TurnLog();
  stack = buildLocalStack({ endpoint: table.endpoint, tableName: table.tableName, logger: log, env: {} });
  server = await startDevServer({
    port: 0,
    devSecret: DEV_SECRET,
    alexa: stack.alexa,
    verifier: createAlexaRequestVerifier({
      trustStore: [new X509Certificate(chain.root.pem)],
      fetchCertificates: () => Promise.resolve(chain.chainPem),
    }),
    google: stack.google,
    merchantApi: stack.merchantApi,
    health: healthCheck(stack),
    logger: log,
  });
});

afterAll(async () => {
  await server.close();
  stack.close();
  await table.drop();
});

/** The parts of the answers the tests read. */
interface Answer {
  readonly error?: string;
  readonly reason?: string;
  readonly response: {
    readonly outputSpeech: { readonly ssml: string };
    readonly shouldEndSession?: boolean;
  };
  readonly sessionAttributes: Record<string, unknown>;
  readonly prompt: { readonly firstSimple: { readonly text: string } };
  readonly session: { readonly id: string };
}

async function post(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-secret': DEV_SECRET, ...headers },
    body,
  });
  return { status: response.status, json: (await response.json()) as Answer };
}

const launch = (timestamp = new Date()) =>
  Buffer.from(
    JSON.stringify({
      ...launchRequest({ skillId: stack.skillId, userId: 'amzn1.ask.account.DEVSERVERTEST' }),
      request: {
        type: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.1',
        locale: 'en-US',
        timestamp: timestamp.toISOString(),
      },
    }),
  );

const signed = (raw: Buffer, url = CERT_URL) => ({
  'signature-256': sign('sha256', raw, chain.signing.key).toString('base64'),
  signaturecertchainurl: url,
});

describe('the dev server', () => {
  it('reports health with the table reachable', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      dynamodb: 'reachable',
      table: table.tableName,
    });
  });

  it('answers an unsigned Alexa request made on this machine with the skill response', async () => {
    const { status, json } = await post('/alexa', launch());
    expect(status).toBe(200);
    expect(json.response.outputSpeech.ssml).toMatch(/^<speak>Welcome to Corner Market\./);
    expect(json.response.shouldEndSession).toBe(false);
    expect(Object.keys(json.sessionAttributes)).toEqual(['state']);
  });

  it('answers a correctly signed Alexa request', async () => {
    const raw = launch();
    const { status, json } = await post('/alexa', raw, signed(raw));
    expect(status).toBe(200);
    expect(json.response.outputSpeech.ssml).toMatch(/Welcome to Corner Market/);
  });

  it('refuses a signed request whose body was changed, with 400 and the reason', async () => {
    const raw = launch();
    const forged = Buffer.from(raw.toString('utf8').replace('DEVSERVERTEST', 'SOMEONEELSE'));
    expect(await post('/alexa', forged, signed(raw))).toEqual({
      status: 400,
      json: { error: 'SIGNATURE_INVALID', reason: 'BAD_SIGNATURE' },
    });
  });

  it('refuses a stale signed request and a certificate URL off Amazon', async () => {
    const stale = launch(new Date(Date.now() - 200_000));
    expect((await post('/alexa', stale, signed(stale))).json.reason).toBe('STALE_TIMESTAMP');
    const raw = launch();
    const elsewhere = signed(raw, 'https://s3.amazonaws.com.evil.example/echo.api/cert.pem');
    expect((await post('/alexa', raw, elsewhere)).json.reason).toBe('INVALID_CERTIFICATE_URL');
  });

  it('refuses an unsigned request without the dev secret, however it came', async () => {
    expect(await post('/alexa', launch(), { 'x-dev-secret': '', 'x-forwarded-for': '203.0.113.7' })).toEqual({
      status: 400,
      json: expect.objectContaining({ error: 'SIGNATURE_REQUIRED' }),
    });
  });

  it('refuses a request for another skill, and a body that is not JSON', async () => {
    const other = JSON.stringify(launchRequest({ skillId: 'amzn1.ask.skill.someone-else' }));
    expect(await post('/alexa', other)).toEqual({
      status: 400,
      json: expect.objectContaining({ error: 'WRONG_SKILL' }),
    });
    expect((await post('/alexa', 'not json')).status).toBe(400);
  });

  it('answers the Google webhook with the same conversation', async () => {
    const body = {
      handler: { name: 'turn' },
      intent: { name: 'actions.intent.MAIN', params: {}, query: 'talk to voice shop' },
      scene: { name: 'actions.scene.START_CONVERSATION', slotFillingStatus: 'UNSPECIFIED', slots: {} },
      session: { id: 'dev-server-test-session', params: {}, typeOverrides: [], languageCode: '' },
      user: {
        locale: 'en-US',
        params: {},
        accountLinkingStatus: 'NOT_LINKED',
        verificationStatus: 'VERIFIED',
      },
      device: { capabilities: ['SPEECH'] },
    };
    const { status, json } = await post('/google', JSON.stringify(body));
    expect(status).toBe(200);
    expect(json.prompt.firstSimple.text).toMatch(/^Welcome to Corner Market\./);
    expect(json.session.id).toBe('dev-server-test-session');
    // Google appends the handler name to the base URL: `<base>:turn`.
    const appended = await post('/google/webhook:turn', JSON.stringify(body));
    expect(appended.status).toBe(200);
    expect(appended.json.prompt.firstSimple.text).toMatch(/^Welcome to Corner Market\./);
  });

  it('serves the merchant API to callers with the dev secret', async () => {
    const response = await fetch(`${server.url}/api/settings`, { headers: { 'x-dev-secret': DEV_SECRET } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Corner Market', currency: 'USD' });
    const without = await fetch(`${server.url}/api/settings`);
    expect(without.status).toBe(403);
  });

  it('answers unknown paths, wrong methods and oversized bodies clearly', async () => {
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    const get = await fetch(`${server.url}/alexa`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const huge = await post('/alexa', Buffer.alloc(300 * 1024, 32));
    expect(huge.status).toBe(413);
  });
});
