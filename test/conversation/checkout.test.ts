/**
 * Checkout by voice (DESIGN.md section 7): account linking, the delivery choice, the read-back
 * (seller, items summarised after three lines, delivery and day, total with tax and fees), an
 * explicit yes, placing with the read-back's idempotency key and total, the spoken and carded
 * confirmation, and every refusal on the way.
 */
import { fixture } from './support/fixture-store';
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

const READ_BACK =
  'Your order from Corner & Co. Grocer LLC: 2 Oatly Oat Milk, 1 Bananas, 1 Barilla Spaghetti, and 1 more product. ' +
  'Standard delivery for 4 dollars and 99 cents, expected on Thursday. ' +
  'The total is 22 dollars and 24 cents, including 1 dollar and 40 cents tax and 10 cents in fees. Shall I place the order?';

async function fillCart(session: TestSession): Promise<void> {
  await session.say('AddToCartIntent', { product: 'oatly oat milk', quantity: '2' });
  for (const product of ['bananas', 'barilla spaghetti', 'heinz ketchup'])
    await session.say('AddToCartIntent', { product });
}

async function readBack(session: TestSession): Promise<string> {
  await fillCart(session);
  await session.say('CheckoutIntent');
  return session.text('ChooseDeliveryIntent', {
    deliveryOption: { raw: 'standard', resolvedId: 'standard' },
  });
}

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
});

it('asks an unlinked shopper to link the account, in one sentence, with the linking card', async () => {
  const guest = new TestSession(world, { userId: 'guest' });
  await guest.say('AddToCartIntent', { product: 'bananas' });
  const reply = await guest.say('CheckoutIntent');
  expect(reply.linkAccount).toBe(true);
  expect(reply.endSession).toBe(true);
  expect(reply.speech.text.match(/[.?!](\s|$)/g)).toHaveLength(1);
  expect(reply.speech.text).toMatch(/link your account/);
  expect(world.carts.peek('anon.alexa.guest').lines).toHaveLength(1);
});

it('says an empty cart has nothing to check out', async () => {
  expect(await shopper.text('CheckoutIntent')).toBe(
    "Your cart is empty, so there's nothing to check out yet. What else would you like?",
  );
  expect(shopper.carried.pending).toBeUndefined();
});

it('offers each delivery option with its price and day, then reads the order back', async () => {
  await fillCart(shopper);
  const offer = await shopper.say('CheckoutIntent');
  expect(offer.speech.text).toBe(
    'How would you like your order: Standard delivery for 4 dollars and 99 cents, expected on Thursday; ' +
      'Express delivery for 9 dollars and 99 cents, expected tomorrow; or Store pickup, free, expected today?',
  );
  expect(offer.reprompt!.text).toBe('Say Standard delivery, Express delivery, or Store pickup.');
  expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'standard' })).toBe(READ_BACK);
  expect(shopper.carried.pending).toEqual({
    kind: 'order',
    stage: 'confirm',
    key: 'key-1',
    total: 2224,
    optionId: 'standard',
    codeRequired: false,
    skus: expect.arrayContaining([expect.any(String)]),
    // The version of the cart read back: the "yes" orders that very cart or nothing.
    cartVersion: world.carts.peek('cust-1').version,
  });
  expect((shopper.carried.pending as { skus: string[] }).skus).toHaveLength(4);
  expect(shopper.replies.at(-1)!.reprompt!.text).toBe(
    'Say yes to place the order for 22 dollars and 24 cents, or no to keep shopping.',
  );
  expect(world.orders.all()).toEqual([]);
});

it('places the order on yes: spoken with the number digit by digit, on a card, cart cleared, stock taken', async () => {
  await readBack(shopper);
  const reply = await shopper.say('YesIntent');
  expect(reply.speech.text).toBe(
    "Your order is placed. Your order number is 40000001, and it's expected on Thursday. You'll pay when it arrives. Anything else?",
  );
  expect(reply.speech.ssml).toContain('<say-as interpret-as="characters">40000001</say-as>');
  expect(reply.card!.title).toBe('Order 40000001');
  // The card is read with the eyes: money in figures.
  expect(reply.card!.text).toContain('2 x Oatly Oat Milk: $9.98');
  expect(reply.card!.text).toContain('Total $22.24. Standard delivery, expected on Thursday.');
  const [order] = world.orders.all();
  expect(order).toMatchObject({ orderId: '40000001', customerId: 'cust-1', idempotencyKey: 'cust-1:key-1' });
  expect(order!.quote.total.amount).toBe(2224);
  expect(world.carts.peek('cust-1').lines).toEqual([]);
  expect(world.catalog.peek('OAT-OATLY')!.stock).toBe(fixture('OAT-OATLY').stock - 2);
  // "Anything else?" was asked: a yes is a yes to shopping on, never a second order.
  expect(await shopper.text('YesIntent')).toBe('Sure. What else would you like?');
  expect(world.orders.all()).toHaveLength(1);
});

it('a confirmation the platform delivers twice places one order', async () => {
  await readBack(shopper);
  const pendingState = shopper.carried;
  await shopper.say('YesIntent');
  shopper.carry(pendingState);
  expect(await shopper.text('YesIntent')).toMatch(/^Your order is placed\. Your order number is 40000001,/);
  expect(world.orders.all()).toHaveLength(1);
});

it('no keeps the cart and places nothing', async () => {
  await readBack(shopper);
  expect(await shopper.text('NoIntent')).toBe(
    "OK, I haven't placed it. Your cart is still here. What would you like to change?",
  );
  expect(world.orders.all()).toEqual([]);
  expect(world.carts.peek('cust-1').lines).toHaveLength(4);
});

it('refuses a total that changed since the read-back', async () => {
  await readBack(shopper);
  await world.catalog.upsert({ ...fixture('OAT-OATLY'), price: { amount: 599, currency: 'USD' } });
  expect(await shopper.text('YesIntent')).toBe(
    "The total changed to 24 dollars and 42 cents since I read it, so I didn't place the order. Say 'check out' to hear it again.",
  );
  expect(world.orders.all()).toEqual([]);
  expect(shopper.carried.pending).toBeUndefined();
});

it('explains a declined or unreachable payment in one sentence and keeps the cart', async () => {
  await readBack(shopper);
  world.payments.next = { decline: 'card expired' };
  expect(await shopper.text('YesIntent')).toBe(
    "The payment was declined (card expired), so I didn't place the order; your cart is unchanged. What else would you like?",
  );
  await shopper.say('CheckoutIntent');
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  world.payments.next = 'unreachable';
  expect(await shopper.text('YesIntent')).toMatch(
    /^I couldn't reach the payment service, so nothing was ordered\./,
  );
  expect(world.orders.all()).toEqual([]);
  expect(world.carts.peek('cust-1').lines).toHaveLength(4);
});

it('a sold-out line stops the read-back with its name', async () => {
  await fillCart(shopper);
  await world.catalog.setStock('BANANAS', 0);
  await shopper.say('CheckoutIntent');
  expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'express' })).toBe(
    'Sorry, Bananas is sold out right now. What else would you like?',
  );
});

it('"express delivery, please" goes straight to the read-back; an unknown option keeps the question', async () => {
  await fillCart(shopper);
  expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'express' })).toMatch(
    /: 2 Oatly Oat Milk, .+ Express delivery for 9 dollars and 99 cents, expected tomorrow\. The total is 27 dollars and 24 cents/,
  );
  await shopper.say('CheckoutIntent');
  expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'drone' })).toBe(
    "I don't know that delivery option. You can choose Standard delivery, Express delivery, or Store pickup. What else would you like?",
  );
  expect(shopper.carried.pending).toMatchObject({ kind: 'delivery' });
  expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'pick up' })).toMatch(
    /Store pickup, free, expected today\./,
  );
});

it('skips the delivery question when the store has one option', async () => {
  world = await createWorld({ settings: { deliveryOptions: [fixtureOption()] } });
  shopper = linkedSession(world);
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  expect(await shopper.text('CheckoutIntent')).toMatch(
    /^Your order from Corner & Co\. Grocer LLC: 1 Bananas\. Standard delivery/,
  );
});

function fixtureOption() {
  return {
    id: 'standard',
    name: 'Standard delivery',
    price: { amount: 499, currency: 'USD' },
    leadTimeDays: 2,
    cutoffHour: 17,
  };
}
