/**
 * The dev server's HTTP vocabulary on node:http: reading a body with a size limit, JSON answers,
 * and telling a request made on this machine from one relayed by a tunnel or proxy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies above this are refused (Alexa and Google send a few kilobytes). */
export const MAX_REQUEST_BYTES = 256 * 1024;

/** Thrown when a body is larger than the limit. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

/** Reads the whole body as bytes, refusing more than the limit. */
export function readBody(request: IncomingMessage, limit = MAX_REQUEST_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > limit) {
      request.resume();
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.destroy();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Sends a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const RELAY_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-real-ip',
  'via',
  'cf-connecting-ip',
];

/**
 * True when the request comes from this machine and was not relayed: a tunnel (ngrok, cloudflared)
 * or a proxy connects from loopback too, but says where the request came from in these headers.
 */
export function isLocalRequest(request: IncomingMessage): boolean {
  const from = request.socket.remoteAddress ?? '';
  return LOOPBACK.test(from) && !RELAY_HEADERS.some((name) => request.headers[name] !== undefined);
}
