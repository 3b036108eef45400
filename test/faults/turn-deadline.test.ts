/**
 * The turn deadline under faults: whole Alexa conversations while the proxy in front of DynamoDB
 * Local stalls requests for longer than the deadline. The shopper hears a spoken apology that says
 * where things stand instead of silence, the late work finishes or fails whole, and what is stored
 * afterwards is right: no lost cart, no double order, the stock taken once.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { createFaultStack, type FaultStack } from '../support/fault-stack';

/** A stalled request waits this long for its answer; the turn gives up long before. */
const REQUEST_TIMEOUT_MS = 5000;
const DEADLINE_MS = 1500;

let stack: FaultStack;

beforeAll(async () => {
  stack = await createFaultStack({ requestTimeoutMs: REQUEST_TIMEOUT_MS, turnDeadlineMs: DEADLINE_MS });
});
afterEach(() => stack.proxy.clear());
afterAll(() => stack.drop());

const LATE = /^Sorry, the store is taking too long to answer right now\./;
const LATE_ORDER =
  /^Sorry, the store is taking too long to answer, so I can't tell yet whether your order went through\./;

/** What the shopper heard, and how long the turn took. */
async function timed(turn: Promise<ResponseEnvelope>): Promise<{ speech: string; ms: number }> {
  const started = performance.now();
  const response = await turn;
  const ms = performance.now() - started;
  expect(responseProblems(response)).toEqual([]);
  return { speech: wordsOf(response).speech, ms };
}

/** Waits until the late work of a turn has had its answer (the stalled request timed out). */
const lateWorkDone = () => new Promise((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS + 1500));

async function cartOf(customerId: string): Promise<[string, number][]> {
  return (await stack.stored.cart.read(customerId)).cart.lines.map((l) => [l.sku, l.quantity]);
}

it('answers a stalled cart read with an apology before the stall ends, and the cart is still there', async () => {
  const session = await stack.shopper('deadline-read');
  await session.say('AddToCartIntent', { product: 'bananas', quantity: '3' });
  stack.proxy.inject({ operation: 'GetItem', fault: 'stall', times: 1 });
  stack.proxy.inject({ operation: 'BatchGetItem', fault: 'stall', times: 1 });
  const late = await timed(session.say('ReadCartIntent'));
  expect(late.speech).toMatch(LATE);
  // Answered at the deadline, not when the stalled request gave up.
  expect(late.ms).toBeLessThan(REQUEST_TIMEOUT_MS);
  await lateWorkDone();
  stack.proxy.clear();
  expect((await timed(session.say('ReadCartIntent'))).speech).toMatch(/^You have 3 items: 3 Bananas\./);
});

it('says it cannot tell yet when the order write stalls, and "yes" again gives one order', async () => {
  const session = await stack.shopper('deadline-order');
  await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  const [[sku]] = (await cartOf('deadline-order')) as [[string, number]];
  const stock = (await stack.stored.catalog.get(sku)).stock;
  expect(wordsOf(await session.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' })).speech).toMatch(
    /Shall I place the order\?$/,
  );
  stack.proxy.inject({ operation: 'TransactWriteItems', fault: 'stall', times: 1 });
  const late = await timed(session.say('AMAZON.YesIntent'));
  expect(late.speech).toMatch(LATE_ORDER);
  expect(late.ms).toBeLessThan(REQUEST_TIMEOUT_MS);
  // The late work goes on: the stalled write times out and is tried again, inside one placing.
  await lateWorkDone();
  stack.proxy.clear();

  expect((await timed(session.say('AMAZON.YesIntent'))).speech).toMatch(/^Your order is placed\./);
  expect(await stack.stored.orders.recent('deadline-order', 5)).toHaveLength(1);
  expect((await stack.stored.catalog.get(sku)).stock).toBe(stock - 2);
  expect(await cartOf('deadline-order')).toEqual([]);
});

it('says it cannot tell yet when every order write is throttled past the deadline, then gives one order', async () => {
  const session = await stack.shopper('deadline-throttled');
  await session.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  const [[sku]] = (await cartOf('deadline-throttled')) as [[string, number]];
  const stock = (await stack.stored.catalog.get(sku)).stock;
  await session.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  stack.proxy.inject({ operation: 'TransactWriteItems', fault: 'throttle', times: 1000 });
  // Throttled writes back off for longer than the turn may take: the shopper hears where things stand.
  const late = await timed(session.say('AMAZON.YesIntent'));
  expect(late.speech).toMatch(LATE_ORDER);
  stack.proxy.clear();
  // "Yes" again places the order under the same key, or finds the one the late work placed.
  expect((await timed(session.say('AMAZON.YesIntent'))).speech).toMatch(/^Your order is placed\./);
  expect(await stack.stored.orders.recent('deadline-throttled', 5)).toHaveLength(1);
  expect((await stack.stored.catalog.get(sku)).stock).toBe(stock - 2);
  expect(await cartOf('deadline-throttled')).toEqual([]);
});
