/**
 * After the order, through the real Alexa skill on DynamoDB Local with the demo store (Monday 10:00
 * in New York; standard delivery arrives tomorrow and takes changes until 8 pm today): adding to a
 * placed order (read back with the new total, yes, the voice code when set, stock taken, refused
 * after the cut-off), a return request for a delivered line (sent, its status heard, refused when
 * not delivered or past the fresh-food window), and a person who gets back to the shopper.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaSession, alexaUserId } from '../support/alexa-envelopes';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { ensureLocalSigningKeysAndSign } from '../support/dev-tokens';

let stack: AlexaStack;

beforeAll(async () => {
  stack = await createAlexaStack();
});
afterAll(() => stack.drop());
beforeEach(() => stack.backend.clock.set('2026-11-23T15:00:00.000Z'));

function heard(response: ResponseEnvelope): string {
  expect(responseProblems(response)).toEqual([]);
  return wordsOf(response).speech;
}

async function linked(customerId: string): Promise<AlexaSession> {
  const accessToken = await ensureLocalSigningKeysAndSign(stack.backend.table, customerId);
  const session = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken });
  await session.launch();
  return session;
}

/** A shopper with a placed order of bananas, standard delivery; returns the order id. */
async function placed(shopper: AlexaSession, customerId: string): Promise<string> {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'standard' });
  expect(heard(await shopper.say('AMAZON.YesIntent'))).toMatch(/^Your order is placed/);
  return (await stack.backend.services.orders.latest(customerId))!.orderId;
}

const stockOf = async (sku: string) => (await stack.backend.catalog.get(sku))!.stock;

describe('adding to a placed order', () => {
  it('reads back the addition and the new total, adds it on yes, and takes the stock', async () => {
    const shopper = await linked('amend-1');
    const orderId = await placed(shopper, 'amend-1');
    const before = (await stack.backend.services.orders.get('amend-1', orderId)).quote.total.amount;
    const eggs = await stockOf('DAI-028');

    const readBack = heard(await shopper.say('AddToOrderIntent', { product: 'large white eggs' }));
    expect(readBack).toMatch(
      new RegExp(
        `^I'll add 1 Large White Eggs, for 3 dollars and 99 cents, to order ${orderId}\\. The new total is .+\\. Shall I add it\\?$`,
      ),
    );
    expect(await stockOf('DAI-028')).toBe(eggs);

    expect(heard(await shopper.say('AMAZON.YesIntent'))).toMatch(
      new RegExp(`^Done: 1 Large White Eggs added to order ${orderId}\\. The new total is `),
    );
    const order = await stack.backend.services.orders.get('amend-1', orderId);
    expect(order.quote.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['PRO-001', 2],
      ['DAI-028', 1],
    ]);
    // 3.99 more, and its tax at 8.875 % on the new subtotal, rounded once.
    expect(order.quote.total.amount - before).toBeGreaterThanOrEqual(399 + 35);
    expect(order.amendments).toHaveLength(1);
    expect(order.amendments![0]!.difference.amount).toBe(order.quote.total.amount - before);
    expect(await stockOf('DAI-028')).toBe(eggs - 1);

    // A repeated yes adds nothing more: nothing is pending.
    expect(heard(await shopper.say('AMAZON.YesIntent'))).not.toMatch(/added/);
    expect((await stack.backend.services.orders.get('amend-1', orderId)).amendments).toHaveLength(1);
  });

  it('leaves the order as it was on no', async () => {
    const shopper = await linked('amend-2');
    const orderId = await placed(shopper, 'amend-2');
    await shopper.say('AddToOrderIntent', { product: 'large white eggs', quantity: '2' });
    expect(heard(await shopper.say('AMAZON.NoIntent'))).toBe(
      'OK, I left the order as it was. Anything else?',
    );
    expect((await stack.backend.services.orders.get('amend-2', orderId)).amendments).toBeUndefined();
  });

  it('asks for the voice code when one is set before adding', async () => {
    const shopper = await linked('amend-3');
    await shopper.say('SetVoiceCodeIntent', { code: '4821' });
    await shopper.say('AMAZON.YesIntent');
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'standard' });
    await shopper.say('AMAZON.YesIntent');
    await shopper.say('VoiceCodeIntent', { code: '4821' });
    const orderId = (await stack.backend.services.orders.latest('amend-3'))!.orderId;
    await shopper.say('AddToOrderIntent', { product: 'large white eggs' });
    expect(heard(await shopper.say('AMAZON.YesIntent'))).toMatch(/four-digit voice code/);
    expect(heard(await shopper.say('VoiceCodeIntent', { code: '4821' }))).toMatch(
      /^Done: 1 Large White Eggs added/,
    );
    expect((await stack.backend.services.orders.get('amend-3', orderId)).amendments).toHaveLength(1);
  });

  it('says no with the reason after the cut-off, and once the order is packed', async () => {
    const shopper = await linked('amend-4');
    const orderId = await placed(shopper, 'amend-4');
    stack.backend.clock.set('2026-11-24T01:30:00.000Z'); // 8:30 pm in New York, the day before delivery
    expect(heard(await shopper.say('AddToOrderIntent', { product: 'large white eggs' }))).toMatch(
      new RegExp(`^It's past the time for changes to order ${orderId}, so I can't add to it\\.`),
    );
    stack.backend.clock.set('2026-11-23T16:00:00.000Z');
    await stack.backend.services.orders.updateStatus('amend-4', orderId, 'confirmed');
    await stack.backend.services.orders.updateStatus('amend-4', orderId, 'packed');
    expect(heard(await shopper.say('AddToOrderIntent', { product: 'large white eggs' }))).toMatch(
      new RegExp(`^Order ${orderId} is already being packed, so I can't add to it\\.`),
    );
  });

  it('offers the cart instead when the order can no longer take it, and "yes" puts it there', async () => {
    const shopper = await linked('amend-5');
    const orderId = await placed(shopper, 'amend-5');
    await stack.backend.services.orders.updateStatus('amend-5', orderId, 'confirmed');
    await stack.backend.services.orders.updateStatus('amend-5', orderId, 'packed');
    expect(heard(await shopper.say('AddToOrderIntent', { product: 'large white eggs' }))).toMatch(
      /can't add to it\. You can put it in your cart for a new order instead\. Shall I put it there\?$/,
    );
    expect(heard(await shopper.say('AMAZON.YesIntent'))).toMatch(/^Added 1 Large White Eggs\./);
    const { cart } = await stack.backend.services.cart.read('amend-5');
    expect(cart.lines.map((l) => [l.sku, l.quantity])).toEqual([['DAI-028', 1]]);
    expect((await stack.backend.services.orders.get('amend-5', orderId)).amendments ?? []).toHaveLength(0);
  });
});

describe('something wrong with a delivery', () => {
  it('sends a return request for a delivered line, and tells how it is going', async () => {
    const shopper = await linked('return-1');
    const orderId = await placed(shopper, 'return-1');
    const orders = stack.backend.services.orders;
    expect(
      heard(await shopper.say('ReportProblemIntent', { product: 'bananas', problem: 'broken' })),
    ).toMatch(new RegExp(`^Order ${orderId}, with Bananas, hasn't been delivered yet`));
    for (const status of ['confirmed', 'packed', 'shipped', 'delivered'] as const) {
      await orders.updateStatus('return-1', orderId, status);
    }
    stack.backend.clock.set('2026-11-25T15:00:00.000Z');
    const readBack = heard(
      await shopper.say('ReportProblemIntent', {
        product: 'bananas',
        problem: { value: 'smashed', id: 'broken', name: 'broken' },
      }),
    );
    expect(readBack).toBe(
      `You'd like a refund for 2 Bananas from order ${orderId}, because it arrived damaged. Shall I send the request to the store?`,
    );
    expect(heard(await shopper.say('AMAZON.YesIntent'))).toMatch(
      /^I've sent your request; its number is R\d+\./,
    );
    const [request] = await stack.backend.services.returns.list('return-1');
    expect(request).toMatchObject({
      orderId,
      sku: 'PRO-001',
      quantity: 2,
      reason: 'damaged',
      status: 'requested',
    });
    expect(heard(await shopper.say('ReturnStatusIntent'))).toMatch(
      new RegExp(`^Your request about Bananas from order ${orderId} is with the store\\.`),
    );
    await stack.backend.services.returns.setStatus('return-1', orderId, 'PRO-001', 'approved');
    expect(heard(await shopper.say('ReturnStatusIntent'))).toMatch(/was approved\./);
  });

  it('gives the policy and the way to a person past the fresh-food window', async () => {
    const shopper = await linked('return-2');
    const orderId = await placed(shopper, 'return-2');
    for (const status of ['confirmed', 'packed', 'shipped', 'delivered'] as const) {
      await stack.backend.services.orders.updateStatus('return-2', orderId, status);
    }
    stack.backend.clock.set('2026-12-03T15:00:00.000Z'); // ten days after delivery; bananas are fresh food
    const said = heard(await shopper.say('ReportProblemIntent', { product: 'bananas' }));
    expect(said).toMatch(
      /^Bananas can be returned within 7 days of delivery, and that time has passed\. You can return most items/,
    );
    expect(said).toMatch(/Say 'talk to a person' and someone from the store will help\.$/);
    expect(await stack.backend.services.returns.list('return-2')).toEqual([]);
  });
});

describe('a person who gets back to the shopper', () => {
  it('asks how and when, records it, and promises what the hours allow', async () => {
    const shopper = await linked('person-1');
    expect(heard(await shopper.say('TalkToPersonIntent'))).toMatch(
      /Should they call you, or send you a message\?/,
    );
    const open = heard(
      await shopper.say('ContactPreferenceIntent', {
        method: { value: 'call', id: 'call', name: 'call' },
        daypart: { value: 'morning', id: 'morning', name: 'morning' },
      }),
    );
    expect(open).toMatch(
      /^Done; your ticket number is H\d+\. The team is in now; someone will call you in the morning soon\./,
    );
    const [ticket] = await stack.backend.services.handoffQueue
      .listOpen(100)
      .then((all) => all.filter((h) => h.customerId === 'person-1'));
    expect(ticket).toMatchObject({ contact: { method: 'call', daypart: 'morning' }, status: 'open' });

    stack.backend.clock.set('2026-11-24T04:00:00.000Z'); // 11 pm in New York: closed until 7 tomorrow
    await shopper.say('TalkToPersonIntent');
    const later = heard(
      await shopper.say('ContactPreferenceIntent', {
        method: { value: 'text', id: 'message', name: 'message' },
      }),
    );
    expect(later).toMatch(/We open at 7 .*tomorrow; someone will send you a message after that\./);
  });

  it('says honestly that an anonymous shopper cannot be reached, and gives the number', async () => {
    const guest = new AlexaSession(stack.skill, { userId: alexaUserId() });
    await guest.launch();
    expect(heard(await guest.say('TalkToPersonIntent'))).toMatch(
      /^Your account isn't linked, so I can't give the store a way to reach you\. You can call them at \+1 212 555 0142/,
    );
  });
});
