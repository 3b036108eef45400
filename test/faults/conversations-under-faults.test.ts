/**
 * The fault suite: whole conversations with the real Alexa skill while the network and the database
 * misbehave (a proxy in front of DynamoDB Local stalls, drops, throttles, or commits and answers
 * 500), and what is stored checked afterwards: no lost cart, no double order, no double add, and a
 * spoken apology whenever the turn could not be done.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { AlexaSession } from '../support/alexa-envelopes';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { createFaultStack, type FaultStack } from '../support/fault-stack';

let stack: FaultStack;

beforeAll(async () => {
  stack = await createFaultStack();
});
afterEach(() => stack.proxy.clear());
afterAll(() => stack.drop());

const APOLOGY = /^Sorry, something went wrong on my side\. Your cart is safe/;

function heard(response: ResponseEnvelope): string {
  expect(responseProblems(response)).toEqual([]);
  return wordsOf(response).speech;
}

async function cartOf(customerId: string): Promise<[string, number][]> {
  return (await stack.stored.cart.read(customerId)).cart.lines.map((l) => [l.sku, l.quantity]);
}

const stockOf = async (sku: string) => (await stack.stored.catalog.get(sku)).stock;

/** Two bananas in the cart, read back for store pickup: the next "yes" places the order. */
async function readyToOrder(customerId: string): Promise<{ session: AlexaSession; sku: string }> {
  const session = await stack.shopper(customerId);
  expect(heard(await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' }))).toMatch(
    /^Added 2 Bananas/,
  );
  const sku = (await cartOf(customerId))[0]![0];
  expect(heard(await session.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' }))).toMatch(
    /Shall I place the order\?$/,
  );
  return { session, sku };
}

describe('placing an order', () => {
  it('places one order through throttled order transactions', async () => {
    const { session, sku } = await readyToOrder('fault-throttled');
    const stock = await stockOf(sku);
    stack.proxy.inject({ operation: 'TransactWriteItems', fault: 'throttle', times: 2 });
    expect(heard(await session.say('AMAZON.YesIntent'))).toMatch(/^Your order is placed\./);
    expect(stack.proxy.faulted.get('TransactWriteItems')).toBeGreaterThanOrEqual(2);
    expect(await stack.stored.orders.recent('fault-throttled', 5)).toHaveLength(1);
    expect(await stockOf(sku)).toBe(stock - 2);
    expect(await cartOf('fault-throttled')).toEqual([]);
  });

  it('tells the shopper it was placed when the commit succeeded and every answer was a 500', async () => {
    const { session, sku } = await readyToOrder('fault-lost-answer');
    const stock = await stockOf(sku);
    stack.proxy.inject({ operation: 'TransactWriteItems', fault: 'error-after-commit', times: 50 });
    expect(heard(await session.say('AMAZON.YesIntent'))).toMatch(/^Your order is placed\./);
    stack.proxy.clear();
    expect(await stack.stored.orders.recent('fault-lost-answer', 5)).toHaveLength(1);
    expect(await stockOf(sku)).toBe(stock - 2);
    // The same "yes" again is the same order.
    expect(heard(await session.say('AMAZON.YesIntent'))).not.toMatch(/^Your order is placed/);
    expect(await stack.stored.orders.recent('fault-lost-answer', 5)).toHaveLength(1);
  });
});

describe('the cart', () => {
  it('adds once through a dropped connection', async () => {
    const session = await stack.shopper('fault-dropped');
    stack.proxy.inject({ operation: 'PutItem', fault: 'drop', times: 1 });
    expect(heard(await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' }))).toMatch(
      /^Added 2 Bananas/,
    );
    expect(stack.proxy.faulted.get('PutItem')).toBeGreaterThanOrEqual(1);
    expect((await cartOf('fault-dropped')).map(([, quantity]) => quantity)).toEqual([2]);
  });

  it('adds once when the cart write committed but its answer was a 500', async () => {
    const session = await stack.shopper('fault-add-lost');
    stack.proxy.inject({ operation: 'PutItem', fault: 'error-after-commit', times: 1 });
    expect(heard(await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' }))).toMatch(
      /^Added 2 Bananas/,
    );
    expect((await cartOf('fault-add-lost')).map(([, quantity]) => quantity)).toEqual([2]);
  });

  it('apologises when reads stall past the timeout, and the cart is there on the next turn', async () => {
    const session = await stack.shopper('fault-stalled');
    await session.say('AddToCartIntent', { product: 'bananas', quantity: '3' });
    stack.proxy.inject({ operation: 'GetItem', fault: 'stall', times: 3 });
    stack.proxy.inject({ operation: 'BatchGetItem', fault: 'stall', times: 3 });
    expect(heard(await session.say('ReadCartIntent'))).toMatch(APOLOGY);
    stack.proxy.clear();
    expect(heard(await session.say('ReadCartIntent'))).toMatch(/^You have 3 items: 3 Bananas\./);
    expect((await cartOf('fault-stalled')).map(([, quantity]) => quantity)).toEqual([3]);
  });

  it('reads the cart through throttled reads', async () => {
    const session = await stack.shopper('fault-slow-read');
    await session.say('AddToCartIntent', { product: 'bananas' });
    stack.proxy.inject({ operation: 'GetItem', fault: 'throttle', times: 2 });
    expect(heard(await session.say('ReadCartIntent'))).toMatch(/^You have 1 item: 1 Bananas\./);
  });
});
