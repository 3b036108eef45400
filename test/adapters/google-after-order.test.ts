/**
 * After the order on the Google action (the real @assistant/conversation app on DynamoDB Local):
 * the spoken parts work as on Alexa (every open order, the last orders, the cart left behind); the
 * Alexa-only parts degrade honestly: no permission question after an order, no reminder offered
 * when leaving, and nothing recorded as if it had been asked.
 */
import { DynamoContactRepository } from '../../lambda/adapters/dynamodb/contact-repository';
import { GoogleSession, spoken, type GoogleResponse } from '../support/google-requests';
import { createGoogleStack, type GoogleStack } from '../support/google-stack';

let stack: GoogleStack;

beforeAll(async () => {
  stack = await createGoogleStack();
});
afterAll(() => stack.drop());

async function linked(customerId: string): Promise<GoogleSession> {
  const session = new GoogleSession(stack.action);
  session.link(await stack.devToken(customerId));
  await session.launch();
  return session;
}

async function order(session: GoogleSession, product: string): Promise<GoogleResponse> {
  await session.say('AddToCartIntent', { product, quantity: 1 });
  await session.say('ChooseDeliveryIntent', { deliveryOption: { original: 'pick up', resolved: 'pickup' } });
  return session.say('YesIntent');
}

// The helper reads the speech with each tag as a space: "Order 12345678 , placed".
it('places orders without a permission question and speaks every open order, then the last ones', async () => {
  const session = await linked('google-history');
  const placed = await order(session, 'bananas');
  expect(spoken(placed)).toMatch(/^Your order is placed\..*Anything else\?$/);
  expect(JSON.stringify(placed.body)).not.toMatch(/AskForPermissionsConsent|StartConnection/);
  stack.backend.clock.advanceMinutes(1);
  await order(session, 'honeycrisp apples');
  expect(spoken(await session.say('OrderStatusIntent'))).toMatch(
    /^You have 2 open orders\. Order \d+ ?, placed, expected today\. Order \d+ ?, placed, expected today\.$/,
  );
  expect(spoken(await session.say('LastOrderIntent'))).toMatch(
    /^Last time, today, you ordered 1 item: 1 Honeycrisp Apples/,
  );
  expect(spoken(await session.say('RecentOrdersIntent'))).toMatch(/^Your last 2 orders: /);
  const contacts = new DynamoContactRepository(stack.backend.table.doc, stack.backend.table.tableName);
  expect(await contacts.get('google-history')).toBeUndefined();
});

it('says a cart was left behind on the next launch, and leaves without offering a reminder', async () => {
  const first = await linked('google-left');
  await first.say('AddToCartIntent', { product: 'bananas', quantity: 3 });
  stack.backend.clock.advanceMinutes(25 * 60);
  const back = new GoogleSession(stack.action);
  back.link(await stack.devToken('google-left'));
  expect(spoken(await back.launch())).toMatch(
    /^Welcome back to Corner Market\. You left 3 items, .*, in your cart\. Hear them\?$/,
  );
  await back.say('NoIntent');
  expect(spoken(await back.say('DoneShoppingIntent'))).toMatch(/Shall I check out\?$/);
  expect(spoken(await back.say('NoIntent'))).toBe(
    'Your 3 items will stay in your cart for next time. Goodbye.',
  );
});
