/**
 * The dev server's gate. A page in a browser can reach 127.0.0.1 (DNS rebinding, cross-site POSTs)
 * and a relay (a tunnel, `ssh -R`, a proxy) connects from loopback with whatever headers it likes,
 * so "from this machine" proves nothing. Every request must name this server as its Host (with its
 * port) and come from no foreign Origin; a body must be declared JSON; and a call that Alexa did not
 * sign carries the secret made at this start (`X-Dev-Secret`), which only this machine's user has.
 * The MCP server (`/mcp`, `/.well-known/...`) is authenticated by its bearer token instead: it needs
 * no dev secret, and a page on this machine (the MCP Inspector, on a port of its own) may call it.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isLoopbackOrigin } from './dev-server-mcp';

/** A refusal: the status and what the answer says. */
export interface Refusal {
  readonly status: number;
  readonly error: string;
  readonly message: string;
}

/** The header that carries the dev secret. */
export const DEV_SECRET_HEADER = 'x-dev-secret';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Which Origins a path may be called from besides the server's own. */
export interface OriginRule {
  /** Any origin on this machine (http(s), loopback, any port): for bearer-token paths. */
  readonly anyLoopback?: boolean;
}

/** Why the Host or Origin of a request is refused, if it is. */
export function foreignCaller(
  request: IncomingMessage,
  port: number,
  rule: OriginRule = {},
): Refusal | undefined {
  const own = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!own.includes((request.headers.host ?? '').toLowerCase())) {
    return { status: 403, error: 'FORBIDDEN_HOST', message: `Call this server as http://127.0.0.1:${port}.` };
  }
  const origin = request.headers.origin;
  const allowed = (value: string) =>
    own.map((host) => `http://${host}`).includes(value.toLowerCase()) ||
    (rule.anyLoopback === true && isLoopbackOrigin(value));
  if (origin !== undefined && !allowed(origin)) {
    return { status: 403, error: 'FORBIDDEN_ORIGIN', message: 'Requests from other sites are refused.' };
  }
  return undefined;
}

/** Why a request's body is refused: any body must be declared `application/json`. */
export function notJson(request: IncomingMessage, raw: Buffer): Refusal | undefined {
  const method = request.method ?? 'GET';
  if (raw.length === 0 && (method === 'GET' || method === 'HEAD')) return undefined;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json'
    ? undefined
    : { status: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json.' };
}

/** True when the request carries this start's dev secret. */
export function hasDevSecret(request: IncomingMessage, secret: string): boolean {
  const given = request.headers[DEV_SECRET_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The refusal of a call without the dev secret. */
export const NO_DEV_SECRET: Refusal = {
  status: 403,
  error: 'DEV_SECRET_REQUIRED',
  message: `Send the DEV_SECRET that npm start printed (also in .local/dev-secret) in the X-Dev-Secret header.`,
};
