/**
 * Reorders ("reorder my last order", "order my usual", "buy the coffee again") read back at today's
 * prices with unavailable and repriced lines, placed from explicit lines (the cart is left alone);
 * and orders after placing: "where's my order" and "cancel my order" within the window.
 */
import { fixture } from './support/fixture-store';
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

async function placeOrder(items: readonly [string, string][], option = 'pickup'): Promise<string> {
  for (const [product, quantity] of items) await shopper.say('AddToCartIntent', { product, quantity });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: option });
  const placed = await shopper.text('YesIntent');
  const id = /order number is (\d+)/.exec(placed)?.[1];
  if (!id) throw new Error(`not placed: ${placed}`);
  return id;
}

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
});

describe('reorder', () => {
  it('reads the last order back with unavailable and repriced lines, then places only what can be ordered', async () => {
    await placeOrder([
      ['oatly oat milk', '2'],
      ['bananas', '3'],
      ['heinz ketchup', '1'],
    ]);
    await world.catalog.setStock('BANANAS', 0);
    await world.catalog.upsert({ ...fixture('KETCHUP-HEINZ'), price: { amount: 349, currency: 'USD' } });
    await shopper.say('AddToCartIntent', { product: 'barilla spaghetti' });
    const text = await shopper.text('ReorderLastIntent');
    expect(text).toBe(
      "Here's your last order again. Your order from Corner & Co. Grocer LLC: 2 Oatly Oat Milk and 1 Heinz Tomato Ketchup. " +
        "Bananas can't be ordered right now. Heinz Tomato Ketchup is now 3 dollars and 49 cents; it was 3 dollars and 29 cents. " +
        'Standard delivery for 4 dollars and 99 cents, expected on Thursday. ' +
        'The total is 19 dollars and 76 cents, including 1 dollar and 20 cents tax and 10 cents in fees. Shall I place the order?',
    );
    expect(shopper.carried.pending).toMatchObject({
      kind: 'order',
      lines: [
        { sku: 'OAT-OATLY', quantity: 2 },
        { sku: 'KETCHUP-HEINZ', quantity: 1 },
      ],
    });
    expect(await shopper.text('YesIntent')).toMatch(/^Your order is placed\. Your order number is 40000002,/);
    expect(
      world.orders
        .all()
        .find((o) => o.orderId === '40000002')!
        .quote.lines.map((l) => l.sku),
    ).toEqual(['OAT-OATLY', 'KETCHUP-HEINZ']);
    expect(world.carts.peek('cust-1').lines.map((l) => l.sku)).toEqual(['PASTA-BARILLA']);
  });

  it('"express" during a reorder read-back re-reads the same lines with express', async () => {
    await placeOrder([['bananas', '2']]);
    await shopper.say('ReorderLastIntent');
    expect(await shopper.text('ChooseDeliveryIntent', { deliveryOption: 'express' })).toMatch(
      /^Your order from .+: 2 Bananas\. Express delivery for 9 dollars and 99 cents, expected tomorrow\./,
    );
  });

  it('the usual: products bought in at least two orders', async () => {
    await placeOrder([
      ['bananas', '2'],
      ['heinz ketchup', '1'],
    ]);
    await placeOrder([
      ['bananas', '2'],
      ['barilla spaghetti', '1'],
    ]);
    expect(await shopper.text('OrderUsualIntent')).toMatch(
      /^Here's your usual\. Your order from Corner & Co\. Grocer LLC: 2 Bananas\. /,
    );
  });

  it('"buy the coffee again" finds the product in past orders', async () => {
    await placeOrder([
      ['cafe bustelo', '1'],
      ['bananas', '1'],
    ]);
    expect(await shopper.text('BuyAgainIntent', { product: 'the coffee' })).toMatch(
      /^Here's what you bought last time\. Your order from .+: 1 Café Bustelo Espresso Ground Coffee\./,
    );
    expect(await shopper.text('BuyAgainIntent', { product: 'ice cream' })).toBe(
      "I couldn't find ice cream in your past orders. Say 'find' and the product to search for it.",
    );
  });

  it('with no orders yet, and when nothing can be ordered any more', async () => {
    expect(await shopper.text('ReorderLastIntent')).toBe(
      "You haven't ordered anything yet, so there's nothing to reorder. What would you like to find?",
    );
    expect(await shopper.text('OrderUsualIntent')).toMatch(/^I don't know your usual yet/);
    await placeOrder([['bananas', '1']]);
    await world.catalog.setStock('BANANAS', 0);
    expect(await shopper.text('ReorderLastIntent')).toBe(
      "Bananas can't be ordered right now. None of those items can be ordered right now, so I can't reorder them. What would you like to find?",
    );
  });

  it('needs a linked account', async () => {
    expect((await new TestSession(world, { userId: 'guest' }).say('OrderUsualIntent')).linkAccount).toBe(
      true,
    );
  });
});

describe("where's my order", () => {
  it('the latest order, by number, an unknown number, and none at all', async () => {
    const first = await placeOrder([['bananas', '1']], 'standard');
    const second = await placeOrder([['heinz ketchup', '1']], 'express');
    // Two open orders: the count first, then each briefly, newest first.
    expect(await shopper.text('OrderStatusIntent')).toBe(
      `You have 2 open orders. Order ${second}, placed, expected tomorrow. Order ${first}, placed, expected on Thursday.`,
    );
    await world.deps.orders.updateStatus('cust-1', first, 'confirmed');
    await world.deps.orders.updateStatus('cust-1', first, 'packed');
    await world.deps.orders.updateStatus('cust-1', first, 'shipped');
    expect(await shopper.text('OrderStatusIntent', { orderNumber: first })).toBe(
      `Order ${first} is on its way. It's expected on Thursday. Anything else?`,
    );
    expect(shopper.replies.at(-1)!.speech.ssml).toContain(
      `<say-as interpret-as="characters">${first}</say-as>`,
    );
    expect(await shopper.text('OrderStatusIntent', { orderNumber: '123' })).toBe(
      "I couldn't find order 123 on your account. What else would you like?",
    );
    world.clock.advanceMinutes(4 * 24 * 60);
    expect(await shopper.text('OrderStatusIntent', { orderNumber: first })).toMatch(
      /It's running late; it was expected on Thursday, March 12\./,
    );
    const other = linkedSession(world, 'cust-2');
    expect(await other.text('OrderStatusIntent')).toBe(
      "You don't have any orders yet. What would you like to find?",
    );
  });
});

describe('cancel my order', () => {
  it('within the window, after a yes: cancelled and the stock put back', async () => {
    const id = await placeOrder([['oatly oat milk', '2']]);
    world.clock.advanceMinutes(10);
    expect(await shopper.text('CancelOrderIntent')).toBe(
      `Cancel order ${id} for 10 dollars and 97 cents? You have 20 minutes left to cancel.`,
    );
    expect(await shopper.text('NoIntent')).toBe('OK, I kept the order. Anything else?');
    expect(world.orders.all()[0]!.status).toBe('placed');
    await shopper.say('CancelOrderIntent', { orderNumber: id });
    expect(await shopper.text('YesIntent')).toBe(`Order ${id} is cancelled. Anything else?`);
    expect(world.orders.all()[0]!.status).toBe('cancelled');
    expect(world.catalog.peek('OAT-OATLY')!.stock).toBe(fixture('OAT-OATLY').stock);
    expect(await shopper.text('CancelOrderIntent')).toMatch(
      /is already closed, so there's nothing to cancel\./,
    );
  });

  it('refuses with the reason after the window or once shipped', async () => {
    const id = await placeOrder([['bananas', '1']]);
    world.clock.advanceMinutes(31);
    expect(await shopper.text('CancelOrderIntent')).toBe(
      `It's too late to cancel order ${id}: the time to cancel has passed. Say 'talk to a person' if you need help. What else would you like?`,
    );
    const shipped = await placeOrder([['heinz ketchup', '1']]);
    for (const status of ['confirmed', 'packed', 'shipped'] as const)
      await world.deps.orders.updateStatus('cust-1', shipped, status);
    expect(await shopper.text('CancelOrderIntent', { orderNumber: shipped })).toMatch(
      /has already shipped, so I can't cancel it\./,
    );
  });

  it('a window that closes between the question and the yes is refused, not cancelled', async () => {
    const id = await placeOrder([['bananas', '1']]);
    await shopper.say('CancelOrderIntent');
    world.clock.advanceMinutes(45);
    expect(await shopper.text('YesIntent')).toMatch(new RegExp(`^It's too late to cancel order ${id}`));
    expect(world.orders.all()[0]!.status).toBe('placed');
  });
});
