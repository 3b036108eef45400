/**
 * Payment adapters: pay on delivery, and the merchant payment webhook against a real HTTP server
 * that checks the signature and answers approved, declined, an error, or too slowly.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MerchantWebhookPayment } from '../../lambda/adapters/payments/merchant-webhook-payment';
import { PayOnDelivery } from '../../lambda/adapters/payments/pay-on-delivery';

interface Received {
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  rawBody: string;
}

let server: Server;
let url: string;
const received: Received[] = [];
let respond: (body: Record<string, unknown>) => { status: number; json?: unknown; delayMs?: number };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      received.push({ body, headers: req.headers, rawBody: raw });
      const answer = respond(body);
      setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.json ?? {}));
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pay`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (received.length = 0));

const secret = () => Promise.resolve('s3cret');
const request = {
  orderId: '12345678',
  customerId: 'cust-1',
  amount: { amount: 2345, currency: 'USD' },
  idempotencyKey: 'cust-1:key-1',
};

describe('pay on delivery', () => {
  it('approves at once, due on delivery, with a reference naming the order', async () => {
    await expect(new PayOnDelivery().authorize(request)).resolves.toEqual({
      status: 'approved',
      method: 'pay_on_delivery',
      reference: 'pod-12345678',
      dueOnDelivery: true,
    });
  });
});

describe('merchant payment webhook', () => {
  it('sends a signed authorize request with the idempotency key and returns the approval', async () => {
    respond = () => ({ status: 200, json: { status: 'approved', reference: 'ch_1' } });
    const payment = new MerchantWebhookPayment({ url, secret: () => Promise.resolve('s3cret') });
    await expect(payment.authorize(request)).resolves.toEqual({
      status: 'approved',
      method: 'merchant_webhook',
      reference: 'ch_1',
      dueOnDelivery: false,
    });
    const [call] = received;
    expect(call!.body).toEqual({
      action: 'authorize',
      orderId: '12345678',
      customerId: 'cust-1',
      amount: 2345,
      currency: 'USD',
    });
    expect(call!.headers['idempotency-key']).toBe('cust-1:key-1');
    const expected = createHmac('sha256', 's3cret')
      .update(`${String(call!.headers['x-timestamp'])}.${call!.rawBody}`)
      .digest('hex');
    expect(call!.headers['x-signature']).toBe(`sha256=${expected}`);
  });

  it('returns a decline with its reason', async () => {
    respond = () => ({ status: 200, json: { status: 'declined', reason: 'card expired' } });
    await expect(new MerchantWebhookPayment({ url, secret }).authorize(request)).resolves.toEqual({
      status: 'declined',
      reason: 'card expired',
    });
  });

  it('throws when the webhook fails, answers nonsense, or is too slow', async () => {
    respond = () => ({ status: 503 });
    await expect(new MerchantWebhookPayment({ url, secret }).authorize(request)).rejects.toThrow('503');
    respond = () => ({ status: 200, json: { ok: true } });
    await expect(new MerchantWebhookPayment({ url, secret }).authorize(request)).rejects.toThrow();
    respond = () => ({ status: 200, json: { status: 'approved', reference: 'x' }, delayMs: 500 });
    await expect(
      new MerchantWebhookPayment({ url, secret, timeoutMs: 100 }).authorize(request),
    ).rejects.toThrow();
  });

  it('releases an authorization by reference, or by order when the charge was never answered', async () => {
    respond = () => ({ status: 200, json: {} });
    const payment = new MerchantWebhookPayment({ url, secret });
    await payment.release({ orderId: '12345678', idempotencyKey: 'cust-1:key-1', reference: 'ch_9' });
    await payment.release({ orderId: '12345678', idempotencyKey: 'cust-1:key-1' });
    expect(received.map((r) => r.body)).toEqual([
      { action: 'release', orderId: '12345678', reference: 'ch_9' },
      { action: 'release', orderId: '12345678' },
    ]);
    expect(received[0]!.headers['idempotency-key']).toBe('release:cust-1:key-1');
    // Releases are signed like charges.
    expect(received[0]!.headers['x-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
  });
});
