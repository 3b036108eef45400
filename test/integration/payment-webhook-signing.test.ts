/**
 * The functions as configured sign every call to the merchant's payment webhook: services built
 * from the environment a deployed function gets (webhook payment and the signing secret, no
 * order-events webhook) place an order, and the webhook sees a valid signature on the charge.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildServices } from '../../lambda/composition-root';
import { readConfig } from '../../lambda/config';
import { createTestTable, type TestTable } from '../support/dynamo';
import { product, storeSettings } from '../support/store-fixture';
import { DynamoCatalogRepository } from '../../lambda/adapters/dynamodb/catalog-repository';

const SECRET = 'payment-signing-secret';
let table: TestTable;
let server: Server;
const calls: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  table = await createTestTable('pay-sign');
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      calls.push({ headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'approved', reference: 'ch-1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await table.drop();
});

it('signs the charge with the configured secret', async () => {
  const config = readConfig({
    DYNAMODB_ENDPOINT: table.endpoint,
    TABLE_NAME: table.tableName,
    PAYMENT_MODE: 'merchant_webhook',
    PAYMENT_WEBHOOK_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/charge`,
    MERCHANT_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: 'silent',
  });
  const services = buildServices(config, { clients: table });
  await services.store.save(storeSettings());
  await new DynamoCatalogRepository(table.doc, table.tableName).upsert(product('SIGN-1', 'Tea', 300));
  await services.cart.add('signer', 'SIGN-1', 1);
  const order = await services.checkout.placeOrder('signer', {
    source: { kind: 'cart' },
    deliveryOptionId: 'pickup',
    idempotencyKey: 'sign-1',
  });
  expect(order.payment).toMatchObject({ method: 'merchant_webhook', reference: 'ch-1' });
  const [charge] = calls;
  const expected = createHmac('sha256', SECRET)
    .update(`${String(charge!.headers['x-timestamp'])}.${charge!.body}`)
    .digest('hex');
  expect(charge!.headers['x-signature']).toBe(`sha256=${expected}`);
});
