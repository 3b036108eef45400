/**
 * The local dev server (node:http): `POST /alexa` (Alexa's HTTPS protocol, signature-checked),
 * `POST /google` (the Google action's webhook), `GET /health`, the merchant API under `/api/`, and
 * the MCP server at `/mcp` when given. Listens on loopback unless told otherwise; every answer is
 * JSON. Every request passes the gate (dev-server-gate.ts): its own Host and Origin, JSON bodies,
 * and the dev secret on unsigned calls; `/mcp` answers bearer tokens instead of the dev secret.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  hasSignatureHeaders,
  type AlexaRequestVerifier,
} from '../adapters/alexa-http/alexa-request-verifier';
import type { Logger } from '../domain/ports';
import { serveAlexa, type AlexaEndpoint } from './dev-server-alexa';
import { serveMerchantApi, type MerchantApiHandler } from './dev-server-api';
import { foreignCaller, hasDevSecret, NO_DEV_SECRET, notJson, type Refusal } from './dev-server-gate';
import { BodyTooLargeError, readBody, sendJson } from './dev-server-http';
import { serveMcp, type McpEndpoint } from './dev-server-mcp';

/** The Google action's webhook as the server calls it (headers in lower case). */
export interface GoogleEndpoint {
  handle(
    body: unknown,
    headers: Readonly<Record<string, string | undefined>>,
  ): Promise<{
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: unknown;
  }>;
}

/** What the server serves. */
export interface DevServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** The secret made at this start: unsigned calls carry it in X-Dev-Secret. */
  readonly devSecret: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly alexa: AlexaEndpoint;
  readonly verifier: AlexaRequestVerifier;
  /** Absent until the Google action is wired: POST /google then answers 501. */
  readonly google?: GoogleEndpoint;
  readonly merchantApi: MerchantApiHandler;
  /** The store's MCP server: `POST /mcp` and the OAuth metadata under `/.well-known/`. */
  readonly mcp?: McpEndpoint;
  /** Extra facts for /health (for example whether DynamoDB answers); `ok: false` makes it 503. */
  readonly health?: () => Promise<{ readonly ok: boolean } & Record<string, unknown>>;
  readonly logger: Logger;
  /** One line per request: method, path, status, time, what it was (never its content). */
  readonly onRequest?: (line: string) => void;
}

/** A running dev server. */
export interface RunningDevServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

async function serveGoogle(
  response: ServerResponse,
  raw: Buffer,
  request: IncomingMessage,
  google?: GoogleEndpoint,
) {
  if (!google) {
    sendJson(response, 501, {
      error: 'NOT_IMPLEMENTED',
      message: 'The Google action is not wired into the dev server yet; POST /alexa works.',
    });
    return 'not implemented';
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    body = undefined;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value[0] : value;
  }
  const result = await google.handle(body, headers);
  sendJson(response, result.status, result.body, result.headers);
  return 'google webhook';
}

function refuse(response: ServerResponse, refusal: Refusal): string {
  sendJson(response, refusal.status, { error: refusal.error, message: refusal.message });
  return `refused: ${refusal.error}`;
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: DevServerOptions,
  port: number,
): Promise<string> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const method = request.method ?? 'GET';
  // A request Alexa signed is proved by its signature, and comes through a tunnel under its own Host.
  const signedAlexa = path === '/alexa' && hasSignatureHeaders(request.headers);
  // The MCP server answers bearer tokens only: a page on this machine may call it, none elsewhere.
  const bearerOnly = options.mcp !== undefined && (path === '/mcp' || path.startsWith('/.well-known/'));
  const foreign = signedAlexa ? undefined : foreignCaller(request, port, { anyLoopback: bearerOnly });
  if (foreign) return refuse(response, foreign);
  if (path === '/health') {
    if (method !== 'GET') return methodNotAllowed(response, 'GET');
    const facts = (await options.health?.()) ?? { ok: true };
    sendJson(response, facts.ok ? 200 : 503, { status: facts.ok ? 'ok' : 'degraded', ...facts });
    return 'health';
  }
  if (bearerOnly && options.mcp) {
    return serveMcp(request, response, await readBody(request), options.mcp);
  }
  const isApi = path === '/api' || path.startsWith('/api/');
  // Google calls `<base URL>:turn`: /google, /google:turn and /google/webhook:turn all reach it.
  const isGoogle = path === '/google' || path.startsWith('/google:') || path.startsWith('/google/');
  if (path !== '/alexa' && !isGoogle && !isApi) {
    sendJson(response, 404, {
      error: 'NOT_FOUND',
      message: 'Try POST /alexa, POST /google, GET /health or /api/.',
    });
    return 'not found';
  }
  if (!isApi && method !== 'POST') return methodNotAllowed(response, 'POST');
  const raw = await readBody(request);
  const badBody = notJson(request, raw);
  if (badBody) return refuse(response, badBody);
  const withSecret = hasDevSecret(request, options.devSecret);
  if ((isApi || isGoogle) && !withSecret) return refuse(response, NO_DEV_SECRET);
  if (isApi) return serveMerchantApi(request, response, raw, options.merchantApi);
  if (isGoogle) return serveGoogle(response, raw, request, options.google);
  return serveAlexa(request, response, raw, {
    skill: options.alexa,
    verifier: options.verifier,
    logger: options.logger,
    unsignedAllowed: withSecret,
  });
}

function methodNotAllowed(response: ServerResponse, allowed: string): string {
  sendJson(response, 405, { error: 'METHOD_NOT_ALLOWED', message: `Use ${allowed}.` }, { allow: allowed });
  return 'method not allowed';
}

/** Starts the server and resolves once it listens. */
export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  let port = options.port;
  const server: Server = createServer((request, response) => {
    const started = performance.now();
    route(request, response, options, port)
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          sendJson(response, 413, { error: 'TOO_LARGE', message: 'The request body is too large.' });
          return 'too large';
        }
        options.logger.error('dev_server.failed', { error: error instanceof Error ? error.name : 'unknown' });
        if (!response.headersSent) sendJson(response, 500, { error: 'INTERNAL', message: 'See the log.' });
        return 'failed';
      })
      .then((what) => {
        const ms = Math.round(performance.now() - started);
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        options.onRequest?.(`${request.method} ${path} ${response.statusCode} ${ms} ms (${what})`);
      })
      .catch(() => undefined);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
