/**
 * Alexa's directive service, played locally so progressive responses ("One moment...") can be
 * heard in the console: the console's envelopes name this loopback endpoint as apiEndpoint with a
 * random apiAccessToken, the skill is allowed to post there, and each VoicePlayer.Speak that
 * carries the token is kept for the turn that caused it.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ssmlToText } from './ssml-text';

/** A running directive endpoint. */
export interface ProgressSink {
  /** The apiEndpoint to put in envelopes. */
  readonly endpoint: string;
  /** The apiAccessToken to put in envelopes. */
  readonly token: string;
  /** True for URLs of this endpoint (the skill's allow-list). */
  accepts(url: URL): boolean;
  /** What was spoken since the last drain. */
  drain(): string[];
  close(): Promise<void>;
}

/** Starts the endpoint on a free loopback port. */
export async function startProgressSink(): Promise<ProgressSink> {
  const token = randomBytes(18).toString('base64url');
  let spoken: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const authorized = request.headers.authorization === `Bearer ${token}`;
      if (request.method !== 'POST' || request.url !== '/v1/directives' || !authorized) {
        response.writeHead(authorized ? 404 : 401).end();
        return;
      }
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          directive?: { speech?: unknown };
        };
        const speech = body.directive?.speech;
        if (typeof speech === 'string' && spoken.length < 10) spoken.push(ssmlToText(speech).text);
        response.writeHead(204).end();
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    token,
    accepts: (url) => url.origin === endpoint,
    drain: () => {
      const out = spoken;
      spoken = [];
      return out;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
