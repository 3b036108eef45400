/**
 * The merchant API over the real services on DynamoDB Local, driven with HTTP API (payload 2.0)
 * events: order status changes along the state machine, settings validation, stock, handoffs.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildMerchantApi } from '../../lambda/adapters/merchant-api/merchant-api';
import { settingsToItem } from '../../lambda/adapters/dynamodb/settings-item';
import { product, storeSettings } from '../support/store-fixture';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let api: ReturnType<typeof buildMerchantApi>;

function event(method: string, path: string, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'ANY /api/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: { http: { method, path } },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

async function call(method: string, path: string, body?: unknown) {
  const response = await api(event(method, path, body));
  return { status: response.statusCode, body: JSON.parse(String(response.body)) as Record<string, unknown> };
}

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  await t.seedProducts([product('API-1', 'Oat Milk', 399, { stock: 10 })]);
  api = buildMerchantApi(t.services);
});
afterAll(() => t.table.drop());

describe('merchant API', () => {
  it('moves an order along its states and refuses an illegal move', async () => {
    await t.services.cart.add('api-shopper', 'API-1', 2);
    const order = await t.services.checkout.placeOrder('api-shopper', {
      source: { kind: 'cart' },
      deliveryOptionId: 'standard',
      idempotencyKey: 'api-1',
    });
    const path = `/api/orders/api-shopper/${order.orderId}`;
    expect((await call('GET', path)).body).toMatchObject({ orderId: order.orderId, status: 'placed' });
    expect((await call('POST', `${path}/status`, { status: 'confirmed' })).body).toMatchObject({
      status: 'confirmed',
    });
    const illegal = await call('POST', `${path}/status`, { status: 'delivered' });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ error: 'ILLEGAL_TRANSITION' });
    const bad = await call('POST', `${path}/status`, { status: 'teleported' });
    expect(bad.status).toBe(400);
    expect((await call('POST', `${path}/status`, '{not json')).status).toBe(400);
    // Another customer's id does not reveal the order.
    expect((await call('GET', `/api/orders/someone-else/${order.orderId}`)).status).toBe(404);
  });

  it('cancels through the status route and puts the stock back', async () => {
    await t.services.cart.add('api-cancel', 'API-1', 3);
    const before = (await t.catalog.get('API-1'))!.stock;
    const order = await t.services.checkout.placeOrder('api-cancel', {
      source: { kind: 'cart' },
      deliveryOptionId: 'standard',
      idempotencyKey: 'api-2',
    });
    expect((await t.catalog.get('API-1'))!.stock).toBe(before - 3);
    await call('POST', `/api/orders/api-cancel/${order.orderId}/status`, { status: 'cancelled' });
    expect((await t.catalog.get('API-1'))!.stock).toBe(before);
  });

  it('replaces settings only when they are valid, naming the bad field', async () => {
    const settings = storeSettings({ name: 'New Name Market' });
    const { type: _type, ...body } = settingsToItem(settings);
    const saved = await call('PUT', '/api/settings', body);
    expect(saved.status).toBe(200);
    expect((await call('GET', '/api/settings')).body).toMatchObject({ name: 'New Name Market' });
    const bad = await call('PUT', '/api/settings', {
      ...body,
      taxRatePercent: 'eight',
      supportEmail: 'nope',
    });
    expect(bad.status).toBe(400);
    expect(String(bad.body.message)).toContain('taxRatePercent');
    expect(String(bad.body.message)).toContain('supportEmail');
    expect((await t.services.store.settings()).name).toBe('New Name Market');
  });

  it('sets stock and bumps the catalog version so search rebuilds', async () => {
    const version = await t.catalog.getVersion();
    const res = await call('PUT', '/api/products/API-1/stock', { stock: 42 });
    expect(res.body).toMatchObject({ sku: 'API-1', stock: 42 });
    expect(await t.catalog.getVersion()).toBe(version + 1);
    expect((await call('PUT', '/api/products/API-1/stock', { stock: -1 })).status).toBe(400);
    expect((await call('PUT', '/api/products/NOPE/stock', { stock: 1 })).status).toBe(404);
  });

  it('lists open handoff requests and closes one', async () => {
    const receipt = await t.services.handoff.request('api-help', 'talk to a person', { cartSkus: [] });
    const open = await call('GET', '/api/handoffs');
    expect((open.body.handoffs as { ticketId: string }[]).map((h) => h.ticketId)).toContain(receipt.ticketId);
    expect((await call('POST', `/api/handoffs/${receipt.ticketId}/close`)).body).toMatchObject({
      status: 'closed',
    });
    const after = await call('GET', '/api/handoffs');
    expect((after.body.handoffs as { ticketId: string }[]).map((h) => h.ticketId)).not.toContain(
      receipt.ticketId,
    );
    expect((await call('POST', `/api/handoffs/${receipt.ticketId}/close`)).status).toBe(404);
  });

  it('answers unknown paths and methods clearly', async () => {
    expect((await call('GET', '/api/nothing')).status).toBe(404);
    expect((await call('DELETE', '/api/settings')).status).toBe(405);
  });
});
