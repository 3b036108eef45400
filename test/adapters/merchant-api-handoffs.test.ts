/**
 * Closing a handoff request through the merchant API finds it by its ticket, however long the open
 * queue is: the newest of more than a hundred open requests is closed, and leaves the queue.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildMerchantApi } from '../../lambda/adapters/merchant-api/merchant-api';
import { createTestServices, type TestServices } from '../support/test-services';

let t: TestServices;
let api: ReturnType<typeof buildMerchantApi>;

const post = async (path: string) => {
  const response = await api({
    version: '2.0',
    rawPath: path,
    headers: {},
    requestContext: { http: { method: 'POST', path } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2);
  return { status: response.statusCode, body: JSON.parse(String(response.body)) as Record<string, unknown> };
};

beforeAll(async () => {
  t = await createTestServices();
  await t.seedSettings();
  api = buildMerchantApi(t.services);
});
afterAll(() => t.table.drop());

it('closes the newest of 105 open requests by its ticket', async () => {
  const tickets: string[] = [];
  for (let i = 0; i < 105; i++) {
    t.clock.advanceMinutes(1);
    tickets.push(
      (await t.services.handoff.request(`queue-${i}`, 'talk to a person', { cartSkus: [] })).ticketId,
    );
  }
  const newest = tickets.at(-1)!;
  expect(await post(`/api/handoffs/${newest}/close`)).toEqual({
    status: 200,
    body: { ticketId: newest, status: 'closed' },
  });
  const open = await t.services.handoffQueue.listOpen(200);
  expect(open.map((h) => h.ticketId)).toEqual(tickets.slice(0, -1));
  expect((await post(`/api/handoffs/${newest}/close`)).status).toBe(404);
  expect((await post('/api/handoffs/H-never/close')).status).toBe(404);
});
