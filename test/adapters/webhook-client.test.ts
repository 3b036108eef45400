/**
 * The webhook client against real HTTP servers: what it signs, when it retries (timeouts, network
 * errors, 429, 5xx), when it gives up at once (other 4xx, redirects), and how many attempts it makes.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookClient } from '../../lambda/adapters/webhooks/webhook-client';
import { freePort } from '../../lambda/local/dynamodb-local';

interface Seen {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

const servers: Server[] = [];

async function serve(
  answer: (n: number, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      answer(seen.length, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen };
}

const status = (code: number, res: ServerResponse): void => {
  res.writeHead(code);
  res.end();
};

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const delivery = { id: 'evt-1', type: 'order.placed', body: '{"hello":"world"}' };
const fast = { baseDelayMs: 5, maxDelayMs: 10, secret: () => Promise.resolve('s3cret') };

describe('webhook client', () => {
  it('signs <timestamp>.<body> with HMAC-SHA256 and sends the idempotency key and event type', async () => {
    const { url, seen } = await serve((_, res) => status(204, res));

    const result = await createWebhookClient({ url, ...fast }).send(delivery);

    expect(result).toEqual({ ok: true, attempts: 1, httpStatus: 204 });
    const { headers, body } = seen[0]!;
    expect(body).toBe(delivery.body);
    const mac = createHmac('sha256', 's3cret')
      .update(`${String(headers['x-timestamp'])}.${body}`)
      .digest('hex');
    expect(headers['x-signature']).toBe(`sha256=${mac}`);
    expect(headers['idempotency-key']).toBe('evt-1');
    expect(headers['x-event-type']).toBe('order.placed');
  });

  it('retries 429 and 5xx, then succeeds', async () => {
    const { url, seen } = await serve((n, res) => status([429, 502, 200][n - 1]!, res));

    const result = await createWebhookClient({ url, ...fast, maxAttempts: 3 }).send(delivery);

    expect(result).toEqual({ ok: true, attempts: 3, httpStatus: 200 });
    expect(seen).toHaveLength(3);
  });

  it('gives up after maxAttempts on a receiver that keeps failing', async () => {
    const { url, seen } = await serve((_, res) => status(500, res));

    const result = await createWebhookClient({ url, ...fast, maxAttempts: 4 }).send(delivery);

    expect(result).toEqual({ ok: false, attempts: 4, reason: 'server_error', httpStatus: 500 });
    expect(seen).toHaveLength(4);
  });

  it('times out a receiver that never answers, and retries it', async () => {
    const { url, seen } = await serve(() => undefined);

    const result = await createWebhookClient({ url, ...fast, timeoutMs: 150, maxAttempts: 2 }).send(delivery);

    expect(result).toEqual({ ok: false, attempts: 2, reason: 'timeout' });
    expect(seen).toHaveLength(2);
  });

  it('retries when nothing listens, and reports a network failure', async () => {
    const url = `http://127.0.0.1:${await freePort()}/hook`;

    const result = await createWebhookClient({ url, ...fast, maxAttempts: 2 }).send(delivery);

    expect(result).toEqual({ ok: false, attempts: 2, reason: 'network' });
  });

  it('does not retry a refusal (4xx) nor follow a redirect', async () => {
    const refused = await serve((_, res) => status(422, res));
    const moved = await serve((_, res) => {
      res.writeHead(301, { location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    });

    expect(await createWebhookClient({ url: refused.url, ...fast }).send(delivery)).toEqual({
      ok: false,
      attempts: 1,
      reason: 'rejected',
      httpStatus: 422,
    });
    expect(await createWebhookClient({ url: moved.url, ...fast }).send(delivery)).toMatchObject({
      ok: false,
      attempts: 1,
      reason: 'rejected',
    });
    expect([refused.seen.length, moved.seen.length]).toEqual([1, 1]);
  });

  it('sends nothing when the secret cannot be read', async () => {
    const { url, seen } = await serve((_, res) => status(200, res));
    const client = createWebhookClient({ url, secret: () => Promise.reject(new Error('no secret')) });

    await expect(client.send(delivery)).rejects.toThrow('no secret');
    expect(seen).toHaveLength(0);
  });
});
