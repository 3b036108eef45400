/**
 * A shopper's data rights through the merchant API: GET /api/customers/{id}/data exports everything
 * kept about them as JSON; DELETE erases it at once, keeping the orders under a pseudonym.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildMerchantApi } from '../../lambda/adapters/merchant-api/merchant-api';
import { product } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let api: ReturnType<typeof buildMerchantApi>;

async function call(method: string, path: string) {
  const response = await api({
    version: '2.0',
    rawPath: path,
    headers: {},
    requestContext: { http: { method, path } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2);
  return { status: response.statusCode, body: JSON.parse(String(response.body)) as Record<string, unknown> };
}

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([product('API-DR', 'Oat Milk', 399, { stock: 9 })]);
  api = buildMerchantApi(t.services);
  await t.services.cart.add('api-rights', 'API-DR', 1);
  await t.services.checkout.placeOrder('api-rights', {
    source: { kind: 'cart' },
    deliveryOptionId: 'pickup',
    idempotencyKey: 'k',
  });
  await t.services.cart.add('api-rights', 'API-DR', 2);
  await t.services.customers.changeSpeechRate('api-rights', 'slower');
});
afterAll(() => t.table.drop());

it('exports the customer as JSON, then erases them', async () => {
  const exported = await call('GET', '/api/customers/api-rights/data');
  expect(exported.status).toBe(200);
  expect(exported.body).toMatchObject({
    customerId: 'api-rights',
    profile: { speechRate: 85, voiceCodeSet: false },
    cart: [expect.objectContaining({ sku: 'API-DR', quantity: 2 })],
    orders: [expect.objectContaining({ status: 'placed' })],
  });
  const erased = await call('DELETE', '/api/customers/api-rights/data');
  expect(erased.status).toBe(200);
  expect(erased.body).toMatchObject({ customerId: 'api-rights', profile: true, cart: true, ordersKept: 1 });
  const after = await call('GET', '/api/customers/api-rights/data');
  expect(after.body).toMatchObject({ cart: [], orders: [], handoffs: [], linkedAccounts: [] });
  expect(after.body.profile).toBeUndefined();
  const kept = await t.services.orders.recent(String(erased.body.ordersKeptUnder), 5);
  expect(kept).toHaveLength(1);
});
