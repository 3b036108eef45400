/**
 * The order placed is the order read back: when another device changes the cart between "shall I
 * place the order?" and "yes", nothing is bought; the cart as it is now is read aloud for a new
 * "yes". The real skill and services on DynamoDB Local with the demo store; two Alexa devices of one
 * linked shopper.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaSession, alexaUserId } from '../support/alexa-envelopes';
import { wordsOf } from '../support/alexa-ssml';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';

let stack: AlexaStack;

beforeAll(async () => {
  stack = await createAlexaStack();
});
afterAll(() => stack.drop());

const spoken = (response: ResponseEnvelope) => wordsOf(response).speech;

async function device(customerId: string): Promise<AlexaSession> {
  const accessToken = await ensureLocalSigningKeysAndSign(stack.backend.table, customerId);
  const session = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken });
  await session.launch();
  return session;
}

const ordersOf = (customerId: string) => stack.backend.services.orders.recent(customerId, 5);

it('reads the changed cart aloud instead of buying it, and the next yes orders what was heard', async () => {
  const kitchen = await device('read-back-changed');
  const phone = await device('read-back-changed');
  await kitchen.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  expect(spoken(await kitchen.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' }))).toMatch(
    /: 2 Bananas\..*Shall I place the order\?$/,
  );

  // Someone else in the house swaps the bananas for apples of the same price: the same total.
  await phone.say('RemoveFromCartIntent', { product: 'bananas' });
  expect(spoken(await phone.say('AddToCartIntent', { product: 'honeycrisp apples', quantity: '2' }))).toMatch(
    /^Added 2 Honeycrisp Apples/,
  );
  const heard = spoken(await kitchen.say('AMAZON.YesIntent'));
  expect(heard).toMatch(
    /^Your cart changed since I read it to you, so I haven't placed the order\. Here it is now\./,
  );
  expect(heard).toMatch(/: 2 Honeycrisp Apples\..*Shall I place the order\?$/);
  expect(await ordersOf('read-back-changed')).toEqual([]);

  expect(spoken(await kitchen.say('AMAZON.YesIntent'))).toMatch(/^Your order is placed\./);
  const [order] = await ordersOf('read-back-changed');
  expect(order!.quote.lines.map((l) => [l.name, l.quantity])).toEqual([['Honeycrisp Apples', 2]]);
});

it('keeps the read-back of a cart nobody touched: one yes, one order', async () => {
  const kitchen = await device('read-back-same');
  await kitchen.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await kitchen.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  expect(spoken(await kitchen.say('AMAZON.YesIntent'))).toMatch(/^Your order is placed\./);
  expect(await ordersOf('read-back-same')).toHaveLength(1);
});
