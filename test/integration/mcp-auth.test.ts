/**
 * Who may call the MCP server on the local stack, over Streamable HTTP: nobody without a valid
 * token (401 as Alexa+ asks: no WWW-Authenticate header, the metadata at its well-known address,
 * which the SDK client finds by itself), the service tier for browsing only, a shopper
 * for their own cart and orders and never another's. Plus the public metadata, the methods that are
 * refused, and browser origins.
 */
import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { generateKeyPair, SignJWT, importJWK } from 'jose';
import { createAccessTokenVerifier } from '../../lambda/adapters/identity/access-token-verifier';
import {
  LOCAL_SERVICE_CLIENT_ID,
  LOCAL_TOKEN_AUDIENCE,
  LOCAL_TOKEN_ISSUER,
} from '../../lambda/adapters/identity/local-token';
import { SigningKeysRepository } from '../../lambda/adapters/dynamodb/signing-keys-repository';
import { loadOrCreateDevSigningKey } from '../../lambda/local/dev-signing-key';
import { call, startMcpTestStack, type McpTestStack } from '../support/mcp-stack';

let env: McpTestStack;

beforeAll(async () => {
  env = await startMcpTestStack();
});

afterAll(() => env.close());

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
});

/** A raw POST, to read the HTTP status and headers the SDK client does not show. */
function post(headers: Record<string, string>, body = INITIALIZE) {
  return fetch(`${env.server.url}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body,
  });
}

/** A local-stack token with these claims, signed with the local key set (or another key). */
async function localToken(claims: Record<string, unknown>, options: { foreignKey?: boolean } = {}) {
  const keys = await loadOrCreateDevSigningKey();
  await new SigningKeysRepository(env.table.doc, env.table.tableName).publish(keys.publicJwks.keys[0]!);
  const key = options.foreignKey
    ? (await generateKeyPair('RS256')).privateKey
    : await importJWK(keys.privateJwk, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'access', iat: now, exp: now + 600, iss: LOCAL_TOKEN_ISSUER, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid })
    .sign(key);
}

describe('without a valid token', () => {
  it('the SDK client cannot even initialize', async () => {
    const client = new Client({ name: 'no-token', version: '1' });
    const transport = new StreamableHTTPClientTransport(new URL(`${env.server.url}/mcp`));
    await expect(client.connect(transport)).rejects.toThrow(/401|nauthorized/);
  });

  it('answers 401 as Alexa+ asks, without a WWW-Authenticate header, the body naming the metadata', async () => {
    const response = await post({});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(await response.json()).toEqual({
      error: 'unauthorized',
      error_description: 'A valid bearer token is required.',
      resource_metadata: `${env.server.url}/.well-known/oauth-protected-resource/mcp`,
    });
  });

  it.each([
    ['garbage', () => Promise.resolve('not-a-jwt')],
    [
      'expired',
      () => localToken({ sub: 'c1', client_id: LOCAL_TOKEN_AUDIENCE, aud: LOCAL_TOKEN_AUDIENCE, exp: 1 }),
    ],
    [
      'signed with another key',
      () =>
        localToken(
          { sub: 'c1', client_id: LOCAL_TOKEN_AUDIENCE, aud: LOCAL_TOKEN_AUDIENCE },
          { foreignKey: true },
        ),
    ],
    ['for another audience', () => localToken({ sub: 'c1', client_id: 'someone-else', aud: 'someone-else' })],
    [
      'a service token without the service scope',
      () =>
        localToken({
          sub: LOCAL_SERVICE_CLIENT_ID,
          client_id: LOCAL_SERVICE_CLIENT_ID,
          aud: LOCAL_SERVICE_CLIENT_ID,
        }),
    ],
    [
      'a shopper client passing as a service',
      () =>
        localToken({ sub: LOCAL_TOKEN_AUDIENCE, client_id: LOCAL_TOKEN_AUDIENCE, aud: LOCAL_TOKEN_AUDIENCE }),
    ],
    [
      'a customer id that could change a key',
      () => localToken({ sub: 'c#1', client_id: LOCAL_TOKEN_AUDIENCE, aud: LOCAL_TOKEN_AUDIENCE }),
    ],
  ])('refuses a token that is %s: 401 invalid_token', async (_what, make) => {
    const response = await post({ authorization: `Bearer ${await make()}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
  });
});

describe('the service tier (client credentials)', () => {
  it('initializes, lists the tools and browses', async () => {
    const service = await env.connect(await env.serviceToken());
    expect((await service.listTools()).tools).toHaveLength(13);
    expect((await call(service, 'search_products', { query: 'bread' })).data.products![0]!.sku).toBe('BRD-1');
    expect((await call(service, 'store_info', { topic: 'returns' })).isError).toBe(false);
  });

  it.each([
    ['get_cart', {}],
    ['add_to_cart', { sku: 'OAT-1', quantity: 1 }],
    ['quote_checkout', {}],
    ['place_order', { confirmationId: 'v1.standard.599' }],
    ['list_orders', {}],
    ['request_human', { reason: 'help' }],
  ])('is refused %s: ACCOUNT_NOT_LINKED, with the sentence to say', async (tool, args) => {
    const service = await env.connect(await env.serviceToken());
    const refused = await call(service, tool, args);
    expect(refused).toMatchObject({ isError: true, code: 'ACCOUNT_NOT_LINKED' });
    expect(refused.text).toMatch(/^This needs the shopper's own store account/);
    expect((await env.stack.services.cart.read(LOCAL_SERVICE_CLIENT_ID)).cart.lines).toEqual([]);
  });

  it('is never taken for a customer by the skill’s verifier', async () => {
    const skill = createAccessTokenVerifier({
      mode: 'local',
      doc: env.table.doc,
      tableName: env.table.tableName,
    });
    expect(await skill.verify(await env.serviceToken())).toBeUndefined();
    expect(await skill.verify(await env.shopperToken('c-7'))).toBe('c-7');
  });
});

describe('a shopper', () => {
  it('reaches their own orders and never another customer’s', async () => {
    const alice = await env.connect(await env.shopperToken('alice'));
    const bob = await env.connect(await env.shopperToken('bob'));
    await call(alice, 'add_to_cart', { sku: 'BRD-1', quantity: 1 });
    const quote = await call(alice, 'quote_checkout');
    const orderId = (await call(alice, 'place_order', { confirmationId: quote.data.confirmationId })).data
      .order!.orderId;

    const status = await call(bob, 'order_status', { orderId });
    expect(status).toMatchObject({ isError: true, code: 'ORDER_NOT_FOUND' });
    expect(status.text).toBe(`There is no order ${orderId} on this account.`);
    expect((await call(bob, 'cancel_order', { orderId })).code).toBe('ORDER_NOT_FOUND');
    expect((await call(bob, 'list_orders')).data.orders).toEqual([]);
    expect((await call(bob, 'get_cart')).data.cart!.itemCount).toBe(0);
    // Bob's attempts changed nothing of Alice's.
    expect((await call(alice, 'order_status', { orderId })).data.order!.status).toBe('placed');
  });

  it('cannot place another customer’s read-back: the confirmation is checked against their own cart', async () => {
    const carol = await env.connect(await env.shopperToken('carol'));
    const dave = await env.connect(await env.shopperToken('dave'));
    await call(carol, 'add_to_cart', { sku: 'OAT-1', quantity: 1 });
    const quote = await call(carol, 'quote_checkout');
    const stolen = await call(dave, 'place_order', { confirmationId: quote.data.confirmationId });
    expect(stolen).toMatchObject({ isError: true, code: 'CART_EMPTY' });
    expect(await env.stack.services.orders.recent('dave', 5)).toEqual([]);
    expect(await env.stack.services.orders.recent('carol', 5)).toEqual([]);
  });
});

describe('the HTTP surface', () => {
  it('answers GET and DELETE on /mcp with 405, allowing POST: stateless, no event stream', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(`${env.server.url}/mcp`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('publishes the protected-resource metadata; the local stack has no authorization server', async () => {
    const resource = await fetch(`${env.server.url}/.well-known/oauth-protected-resource/mcp`);
    expect(resource.status).toBe(200);
    expect(await resource.json()).toEqual({
      resource: `${env.server.url}/mcp`,
      bearer_methods_supported: ['header'],
      resource_name: 'Voice commerce store',
    });
    const server = await fetch(`${env.server.url}/.well-known/oauth-authorization-server`);
    expect(server.status).toBe(404);
    expect(JSON.stringify(await server.json())).toContain('npm run dev:token');
  });

  it('refuses a browser origin on the Internet, and serves one on this machine', async () => {
    const token = await env.shopperToken('origin-test');
    const evil = await post({ authorization: `Bearer ${token}`, origin: 'https://shop.evil.example' });
    expect(evil.status).toBe(403);
    const inspector = await post({ authorization: `Bearer ${token}`, origin: 'http://localhost:6274' });
    expect(inspector.status).toBe(200);
  });

  it('needs no dev secret, but refuses a foreign Host (DNS rebinding) like every other path', async () => {
    const token = await env.shopperToken('host-test');
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port: env.server.port,
            path: '/mcp',
            method: 'POST',
            headers: {
              host,
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.end(INITIALIZE);
      });
    expect(await status('evil.example')).toBe(403);
    expect(await status(`127.0.0.1:${env.server.port}`)).toBe(200);
  });
});
