/**
 * After the order through the real Google action on DynamoDB Local: adding to a placed order (read
 * back, yes, the new total), a return request for a delivered line, and a person who calls back.
 */
import { chips, GoogleSession, spoken } from '../support/google-requests';
import { createGoogleStack, type GoogleStack } from '../support/google-stack';

let stack: GoogleStack;

beforeAll(async () => {
  stack = await createGoogleStack();
});
afterAll(() => stack.drop());

async function withOrder(customerId: string): Promise<{ session: GoogleSession; orderId: string }> {
  const session = new GoogleSession(stack.action);
  session.link(await stack.devToken(customerId));
  await session.launch();
  await session.say('AddToCartIntent', { product: 'bananas' });
  await session.say('ChooseDeliveryIntent', {
    deliveryOption: { original: 'standard', resolved: 'standard' },
  });
  expect(spoken(await session.say('YesIntent'))).toMatch(/^Your order is placed/);
  return { session, orderId: (await stack.backend.services.orders.latest(customerId))!.orderId };
}

it('adds to a placed order after a yes', async () => {
  const { session, orderId } = await withOrder('google-amend-1');
  const readBack = await session.say('AddToOrderIntent', { product: 'large white eggs' });
  expect(spoken(readBack)).toMatch(
    new RegExp(`^I'll add 1 Large White Eggs, for 3 dollars and 99 cents, to order ${orderId} ?\\.`),
  );
  expect(chips(readBack)).toEqual(expect.arrayContaining(['Yes', 'No']));
  expect(spoken(await session.say('YesIntent'))).toMatch(
    new RegExp(`^Done: 1 Large White Eggs added to order ${orderId} ?\\.`),
  );
  const order = await stack.backend.services.orders.get('google-amend-1', orderId);
  expect(order.quote.lines.map((l) => l.sku)).toEqual(['PRO-001', 'DAI-028']);
});

it('sends a return request for a delivered line', async () => {
  const { session, orderId } = await withOrder('google-return-1');
  for (const status of ['confirmed', 'packed', 'shipped', 'delivered'] as const) {
    await stack.backend.services.orders.updateStatus('google-return-1', orderId, status);
  }
  const readBack = await session.say('ReportProblemIntent', {
    product: 'bananas',
    problem: { original: 'missing', resolved: 'missing' },
  });
  expect(spoken(readBack)).toBe(
    `You'd like a refund for 1 Bananas from order ${orderId} , because it was missing. Shall I send the request to the store?`,
  );
  expect(spoken(await session.say('YesIntent'))).toMatch(/^I've sent your request/);
  expect(await stack.backend.services.returns.list('google-return-1')).toMatchObject([
    { orderId, sku: 'PRO-001', reason: 'missing' },
  ]);
});

it('asks how to get back to a linked shopper and records it', async () => {
  const session = new GoogleSession(stack.action);
  session.link(await stack.devToken('google-person-1'));
  await session.launch();
  expect(spoken(await session.say('TalkToPersonIntent'))).toMatch(
    /Should they call you, or send you a message\?/,
  );
  const done = await session.say('ContactPreferenceIntent', {
    method: { original: 'text', resolved: 'message' },
  });
  expect(spoken(done)).toMatch(
    /^Done; your ticket number is H\d+ ?\. The team is in now; someone will send you a message soon\./,
  );
});
