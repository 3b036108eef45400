/**
 * The MCP server over Streamable HTTP, as an HTTP API (payload 2.0) handler: the same function
 * answers in Lambda and on the dev server. Stateless and with JSON responses (API Gateway's HTTP API
 * does not stream): `POST /mcp` carries the JSON-RPC messages, any other method on /mcp answers 405.
 * Every POST needs a bearer token; without a valid one the answer is 401, as Alexa+ asks: without a
 * `WWW-Authenticate` header (see oauth-metadata.ts), the body naming the protected-resource metadata.
 * The OAuth metadata documents are public. A request with an Origin header the server does not trust is refused (403), so a web
 * page cannot reach the server through a visitor's browser (DNS rebinding).
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '../../domain/ports';
import {
  AUTHORIZATION_SERVER_PATH,
  authorizationServerMetadata,
  MCP_PATH,
  PROTECTED_RESOURCE_PATH,
  PROTECTED_RESOURCE_ROOT_PATH,
  protectedResourceMetadata,
  resourceMetadataUrl,
  type AuthorizationServerSettings,
} from './oauth-metadata';
import { buildStoreServer } from './store-server';
import type { Caller, StoreToolServices } from './tool-kit';

/** MCP messages are small; anything larger is refused before it is parsed. */
export const MAX_MCP_BODY_BYTES = 256 * 1024;

/** What the handler serves with. */
export interface McpHttpOptions {
  readonly services: StoreToolServices;
  /** The caller a bearer token stands for; undefined for an invalid token. May reject when keys are unreachable. */
  readonly authenticate: (token: string) => Promise<Caller | undefined>;
  /** The pool assistants sign in with; absent on the local stack (tokens come from `npm run dev:token`). */
  readonly authorizationServer?: AuthorizationServerSettings;
  /** The public base URL requests arrive at (`https://<api domain>`), for the metadata documents. */
  readonly baseUrl: (event: APIGatewayProxyEventV2) => string;
  /** Whether a request carrying this Origin header may be served. */
  readonly allowOrigin: (origin: string) => boolean;
  readonly logger: Logger;
}

type Result = APIGatewayProxyStructuredResultV2;

function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): Result {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return (
    event.headers?.[name] ?? Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1]
  );
}

function bearerToken(event: APIGatewayProxyEventV2): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(event, 'authorization') ?? '');
  return match?.[1];
}

function metadata(path: string, event: APIGatewayProxyEventV2, options: McpHttpOptions): Result | undefined {
  const base = options.baseUrl(event);
  const cache = { 'cache-control': 'public, max-age=3600' };
  if (path === PROTECTED_RESOURCE_PATH || path === PROTECTED_RESOURCE_ROOT_PATH) {
    return json(200, protectedResourceMetadata(base, options.authorizationServer), cache);
  }
  if (path !== AUTHORIZATION_SERVER_PATH) return undefined;
  if (!options.authorizationServer) {
    return json(404, {
      error: 'not_found',
      error_description: 'The local stack has no authorization server: take tokens from `npm run dev:token`.',
    });
  }
  return json(200, authorizationServerMetadata(base, options.authorizationServer), cache);
}

/** The Web request the SDK transport reads, from the HTTP API event. */
function webRequest(event: APIGatewayProxyEventV2, base: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (
      value !== undefined &&
      !['content-length', 'transfer-encoding', 'connection'].includes(name.toLowerCase())
    ) {
      headers.set(name, value);
    }
  }
  const body =
    event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64') : event.body;
  return new Request(`${base}${MCP_PATH}`, { method: 'POST', headers, body });
}

async function serveMcp(
  event: APIGatewayProxyEventV2,
  caller: Caller,
  options: McpHttpOptions,
): Promise<Result> {
  const server = buildStoreServer(options.services, caller);
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_MCP_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    const response = await transport.handleRequest(webRequest(event, options.baseUrl(event)));
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    response.headers.forEach((value, name) => (headers[name] = value));
    return { statusCode: response.status, headers, body: await response.text() };
  } finally {
    await server.close();
  }
}

async function authenticated(event: APIGatewayProxyEventV2, options: McpHttpOptions): Promise<Result> {
  const base = options.baseUrl(event);
  const token = bearerToken(event);
  let caller: Caller | undefined;
  try {
    caller = token ? await options.authenticate(token) : undefined;
  } catch (error) {
    options.logger.error('mcp.auth_unavailable', { error: error instanceof Error ? error.name : 'unknown' });
    return json(
      503,
      { error: 'temporarily_unavailable', error_description: 'Tokens cannot be checked right now.' },
      { 'retry-after': '5' },
    );
  }
  if (!caller) {
    return json(401, {
      error: token ? 'invalid_token' : 'unauthorized',
      error_description: 'A valid bearer token is required.',
      resource_metadata: resourceMetadataUrl(base),
    });
  }
  return serveMcp(event, caller, options);
}

/** The handler of `/mcp` and the OAuth metadata documents. */
export function buildMcpHttpHandler(
  options: McpHttpOptions,
): (event: APIGatewayProxyEventV2) => Promise<Result> {
  return async (event) => {
    const path = event.rawPath;
    const method = event.requestContext.http.method.toUpperCase();
    const origin = header(event, 'origin');
    if (origin !== undefined && !options.allowOrigin(origin)) {
      return json(403, { error: 'forbidden', error_description: 'This origin may not call the store.' });
    }
    if (path.startsWith('/.well-known/')) {
      if (method !== 'GET') return json(405, { error: 'method_not_allowed' }, { allow: 'GET' });
      return metadata(path, event, options) ?? json(404, { error: 'not_found' });
    }
    if (path !== MCP_PATH) return json(404, { error: 'not_found' });
    if (method !== 'POST') {
      // Stateless and without streams: nothing to GET (no server-sent events), no session to DELETE.
      return json(405, { error: 'method_not_allowed', error_description: 'Use POST.' }, { allow: 'POST' });
    }
    return authenticated(event, options);
  };
}
