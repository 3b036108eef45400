/**
 * The MCP server as it runs in AWS, against tokens shaped exactly as the stack's Cognito pool issues
 * them (signed here with a test key whose JWKS the verifier is given, so nothing is fetched): the
 * Alexa+ two tiers through the SDK's client (a client-credentials token discovers and browses, a
 * shopper's authorization-code token shops), tokens of other clients refused, and the
 * authorization-server metadata the stack publishes for Alexa+.
 */
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { readAssistantConfig } from '../../lambda/assistant-config';
import {
  createAssistantTokenVerifier,
  type AssistantTokenVerifier,
} from '../../lambda/adapters/identity/assistant-token-verifier';
import { buildMcpHttpHandler } from '../../lambda/adapters/mcp/mcp-http';
import { readConfig } from '../../lambda/config';
import { buildMcpHandler } from '../../lambda/mcp-root';
import { call, startMcpTestStack, type McpTestStack } from '../support/mcp-stack';

const POOL = 'us-east-1_TestPool1';
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`;
const SCOPE = 'voice-commerce/catalog.read';
const HOSTED = 'https://corner-grocer-voice.auth.us-east-1.amazoncognito.com';
let key: CryptoKey;
let jwks: Jwks;
let verifier: AssistantTokenVerifier;
let env: McpTestStack;

/** An access token as Cognito signs it. */
function cognitoToken(claims: Record<string, unknown>): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'access', iss: ISSUER, iat: now, exp: now + 3600, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-kid' })
    .sign(key);
}
const serviceToken = (scope = SCOPE, client = 'service-client') =>
  cognitoToken({ sub: client, client_id: client, scope });
const shopperToken = (sub: string, client = 'shopper-client') =>
  cognitoToken({ sub, client_id: client, username: sub, scope: 'openid email profile' });

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  key = pair.privateKey;
  jwks = {
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'test-kid', alg: 'RS256', use: 'sig' }],
  } as Jwks;
  verifier = createAssistantTokenVerifier({
    mode: 'cognito',
    userPoolId: POOL,
    jwks,
    shopperClientIds: ['shopper-client'],
    serviceClientIds: ['service-client'],
    serviceScope: SCOPE,
  });
  env = await startMcpTestStack({}, (stack) =>
    buildMcpHttpHandler({
      services: stack.services,
      authenticate: (token) => verifier.verify(token),
      authorizationServer: {
        hostedDomainUrl: HOSTED,
        region: 'us-east-1',
        userPoolId: POOL,
        scopes: ['openid', SCOPE],
      },
      baseUrl: (event) => `http://${event.requestContext.domainName}`,
      allowOrigin: () => false,
      logger: stack.services.logger,
    }),
  );
});

afterAll(() => env.close());

describe('tokens from the Cognito pool', () => {
  it('tells the tiers apart: a client-credentials token is the service, an authorization-code token a shopper', async () => {
    expect(await verifier.verify(await serviceToken())).toEqual({
      kind: 'service',
      clientId: 'service-client',
    });
    expect(await verifier.verify(await shopperToken('5f1c-user'))).toEqual({
      kind: 'shopper',
      customerId: '5f1c-user',
      clientId: 'shopper-client',
    });
  });

  it.each([
    ['a service token without the service scope', () => serviceToken('voice-commerce/other')],
    ['the skill’s account-linking client', () => shopperToken('5f1c-user', 'alexa-and-google')],
    ['a client-credentials token of the shopper client', () => serviceToken(SCOPE, 'shopper-client')],
    ['an ID token', () => cognitoToken({ sub: 'u', client_id: 'shopper-client', token_use: 'id' })],
    ['another pool', () => cognitoToken({ sub: 'u', client_id: 'shopper-client', iss: `${ISSUER}x` })],
    ['an expired token', () => cognitoToken({ sub: 'u', client_id: 'shopper-client', exp: 100 })],
  ])('refuses %s', async (_what, make) => {
    expect(await verifier.verify(await make())).toBeUndefined();
  });
});

describe('the Alexa+ two tiers, through the SDK client', () => {
  it('a client-credentials token initializes, lists the tools and browses, but reaches no cart', async () => {
    const service = await env.connect(await serviceToken());
    expect((await service.listTools()).tools).toHaveLength(13);
    expect((await call(service, 'search_products', { query: 'oat milk' })).data.total).toBe(2);
    expect((await call(service, 'add_to_cart', { sku: 'OAT-1', quantity: 1 })).code).toBe(
      'ACCOUNT_NOT_LINKED',
    );
  });

  it('a shopper’s token shops for the user the token names', async () => {
    const shopper = await env.connect(await shopperToken('7a2e-user'));
    await call(shopper, 'add_to_cart', { sku: 'BRD-1', quantity: 2 });
    const quote = await call(shopper, 'quote_checkout');
    const placed = await call(shopper, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(placed.data.order!.status).toBe('placed');
    expect((await env.stack.services.orders.recent('7a2e-user', 5)).map((o) => o.orderId)).toEqual([
      placed.data.order!.orderId,
    ]);
  });

  it('answers a token of another client with 401 invalid_token', async () => {
    const response = await fetch(`${env.server.url}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await shopperToken('u', 'alexa-and-google')}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
  });
});

describe('the metadata the stack publishes for Alexa+', () => {
  it('names this API as the authorization server of the MCP resource', async () => {
    const resource = (await (
      await fetch(`${env.server.url}/.well-known/oauth-protected-resource`)
    ).json()) as Record<string, unknown>;
    expect(resource).toMatchObject({
      resource: `${env.server.url}/mcp`,
      authorization_servers: [env.server.url],
      scopes_supported: ['openid', SCOPE],
    });
  });

  it('serves the authorization-server metadata: the pool’s endpoints, client credentials among the grants, PKCE', async () => {
    const built = buildMcpHandler(
      readConfig({
        COGNITO_USER_POOL_ID: POOL,
        COGNITO_CLIENT_ID: 'voice',
        AWS_REGION: 'us-east-1',
        LOG_LEVEL: 'silent',
      }),
      readAssistantConfig({
        ASSISTANT_CLIENT_IDS: 'shopper-client',
        ASSISTANT_SERVICE_CLIENT_IDS: 'service-client',
        COGNITO_DOMAIN_URL: HOSTED,
      }),
      env.stack.services,
    );
    const event = {
      version: '2.0',
      routeKey: 'GET /.well-known/{proxy+}',
      rawPath: '/.well-known/oauth-authorization-server',
      rawQueryString: '',
      headers: {},
      requestContext: { domainName: 'abc123.execute-api.us-east-1.amazonaws.com', http: { method: 'GET' } },
      isBase64Encoded: false,
    } as unknown as Parameters<typeof built>[0];
    const result = await built(event);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({
      issuer: 'https://abc123.execute-api.us-east-1.amazonaws.com',
      authorization_endpoint: `${HOSTED}/oauth2/authorize`,
      token_endpoint: `${HOSTED}/oauth2/token`,
      revocation_endpoint: `${HOSTED}/oauth2/revoke`,
      jwks_uri: `${ISSUER}/.well-known/jwks.json`,
      scopes_supported: ['openid', 'email', 'profile', SCOPE],
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
    const unauthenticated = await built({
      ...event,
      rawPath: '/mcp',
      requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'POST' } },
    });
    expect(unauthenticated.statusCode).toBe(401);
    expect((unauthenticated.headers as Record<string, string>)['www-authenticate']).toBeUndefined();
    expect(JSON.parse(unauthenticated.body!)).toMatchObject({
      resource_metadata:
        'https://abc123.execute-api.us-east-1.amazonaws.com/.well-known/oauth-protected-resource/mcp',
    });
  });
});
