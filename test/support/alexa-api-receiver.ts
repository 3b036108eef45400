/**
 * Test helper: Alexa's APIs on a loopback HTTP server: Login with Amazon's token endpoint (which
 * checks the client credentials and scope), the Proactive Events API and the Reminders API (which
 * check the bearer token). Each answers with the next queued status, then 202 / 201.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as received. */
export interface ApiRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The running receiver. */
export interface AlexaApiReceiver {
  readonly url: string;
  readonly tokenUrl: string;
  readonly tokenRequests: URLSearchParams[];
  readonly events: ApiRequest[];
  readonly reminders: ApiRequest[];
  /** Statuses the events API answers with next (then 202). */
  readonly eventStatuses: number[];
  /** When true, every connection is cut (the API is down). */
  down: boolean;
  close(): Promise<void>;
}

/** The client credentials the token endpoint accepts, and the token it gives. */
export const CLIENT = { id: 'amzn1.application-oa2-client.test', secret: 'client-secret-value' };
export const ISSUED_TOKEN = 'Atc|issued-token';
export const API_ACCESS_TOKEN = 'test-api-access-token';

/** Starts the receiver on a free loopback port. */
export async function startAlexaApiReceiver(): Promise<AlexaApiReceiver> {
  const tokenRequests: URLSearchParams[] = [];
  const events: ApiRequest[] = [];
  const reminders: ApiRequest[] = [];
  const eventStatuses: number[] = [];
  const state = { down: false };
  const server: Server = createServer((req, res) => {
    if (state.down) return void req.socket.destroy();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '';
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (path === '/auth/o2/token') {
        const form = new URLSearchParams(body);
        tokenRequests.push(form);
        const good = form.get('client_id') === CLIENT.id && form.get('client_secret') === CLIENT.secret;
        if (!good || form.get('grant_type') !== 'client_credentials')
          return answer(401, { error: 'invalid_client' });
        return answer(200, {
          access_token: ISSUED_TOKEN,
          expires_in: 3600,
          scope: form.get('scope'),
          token_type: 'bearer',
        });
      }
      if (path.startsWith('/v1/proactiveEvents')) {
        events.push({ path, headers: req.headers, body });
        if (req.headers.authorization !== `Bearer ${ISSUED_TOKEN}`) return answer(401, {});
        return answer(eventStatuses.shift() ?? 202, {});
      }
      if (path === '/v1/alerts/reminders') {
        reminders.push({ path, headers: req.headers, body });
        if (req.headers.authorization !== `Bearer ${API_ACCESS_TOKEN}`) return answer(401, {});
        return answer(201, { alertToken: 'reminder-1', status: 'ON' });
      }
      answer(404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    tokenUrl: `${url}/auth/o2/token`,
    tokenRequests,
    events,
    reminders,
    eventStatuses,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
