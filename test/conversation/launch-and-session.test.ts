/**
 * Opening and moving around: the first-time greeting, an unfinished cart on return, help for where
 * the shopper is, "yes" and "no" with nothing asked, repeat, start over, stop and cancel.
 */
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;

beforeEach(async () => {
  world = await createWorld();
});

describe('launch', () => {
  it('greets a first-time shopper with one sentence on what it can do', async () => {
    const reply = await new TestSession(world).say('LaunchRequest');
    expect(reply.speech.text).toBe(
      'Welcome to Corner & Co. Grocer. I can find products, fill your cart, and place and track orders. What would you like?',
    );
    expect(reply.speech.ssml).toContain('Corner &amp; Co. Grocer');
    expect(reply.reprompt!.text).toBe(
      "You can say 'find oat milk', 'what's in my cart', or 'where's my order'.",
    );
    expect(reply.endSession).toBe(false);
  });

  it('tells a returning shopper about the unfinished cart, and reads it on yes', async () => {
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '4' });
    shopper.endSession();
    const reply = await shopper.say('LaunchRequest');
    expect(reply.speech.text).toBe(
      'Welcome back to Corner & Co. Grocer. You still have 4 items in your cart, 2 dollars and 76 cents. Would you like to hear them?',
    );
    expect(reply.suggestions).toEqual(['Yes', 'No']);
    expect(await shopper.text('YesIntent')).toMatch(
      /^You have 4 items: 4 Bananas\. The subtotal is 2 dollars and 76 cents\./,
    );
  });

  it('welcomes back a shopper who has shopped before, with an empty cart', async () => {
    const shopper = new TestSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('RemoveFromCartIntent');
    shopper.endSession();
    expect(await shopper.text('LaunchRequest')).toBe(
      'Welcome back to Corner & Co. Grocer. What would you like today?',
    );
  });
});

describe('help, where the shopper is', () => {
  let shopper: TestSession;
  beforeEach(async () => {
    shopper = linkedSession(world);
    await shopper.say('LaunchRequest');
  });

  it('at home, in a list, on a product, choosing delivery, before placing', async () => {
    expect(await shopper.text('HelpIntent')).toMatch(
      /^You can say 'find oat milk', 'what's in my cart', 'check out', .*'set my voice code'/,
    );
    await shopper.say('SearchProductIntent', { query: 'oat milk' });
    expect(await shopper.text('HelpIntent')).toMatch(
      /^You're in a list of 3 products\. Say 'next' or 'previous'/,
    );
    await shopper.say('SelectItemIntent', { position: 'second' });
    expect(await shopper.text('HelpIntent')).toBe(
      "You're looking at Silk Oat Yeah Oatmilk. Say 'add it', 'remove it', 'how much is it', or 'when would it arrive'.",
    );
    await shopper.say('YesIntent');
    await shopper.say('CheckoutIntent');
    expect(await shopper.text('HelpIntent')).toBe(
      'Choose how your order comes: say Standard delivery, Express delivery, or Store pickup.',
    );
    await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'standard' });
    expect(await shopper.text('HelpIntent')).toMatch(
      /^I'm waiting to place your order\. Say yes to place it/,
    );
    expect(shopper.carried.pending).toMatchObject({ kind: 'order' });
  });

  it('the fallback says it did not catch that, adds the help, and keeps the question open', async () => {
    await shopper.say('EmptyCartIntent');
    expect(await shopper.text('FallbackIntent')).toBe(
      "Sorry, I didn't catch that. Say yes to empty your cart, or no to keep it.",
    );
    expect(await shopper.text('SomeIntentNobodyDeclared')).toBe(
      "Sorry, I didn't catch that. Say yes to empty your cart, or no to keep it.",
    );
    expect(shopper.carried.pending).toEqual({ kind: 'emptyCart' });
  });
});

describe('yes, no, repeat, start over, stop', () => {
  it('"yes" and "no" with nothing pending are answered plainly', async () => {
    const shopper = new TestSession(world);
    await shopper.say('LaunchRequest');
    expect(await shopper.text('YesIntent')).toBe(
      "I wasn't asking a yes or no question just now. What would you like to do?",
    );
    expect(await shopper.text('NoIntent')).toBe('What else would you like?');
  });

  it('repeat says the last answer again, or that there is nothing to repeat', async () => {
    const shopper = new TestSession(world);
    expect(await shopper.text('RepeatIntent')).toBe(
      "There's nothing to repeat yet. What would you like to find?",
    );
    const launch = await shopper.say('LaunchRequest');
    const again = await shopper.say('RepeatIntent');
    expect(again.speech).toEqual(launch.speech);
    expect(again.reprompt).toEqual(launch.reprompt);
  });

  it('start over and go home close lists and questions and keep the cart', async () => {
    const shopper = new TestSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('SearchProductIntent', { query: 'oat milk' });
    for (const intent of ['StartOverIntent', 'NavigateHomeIntent']) {
      expect(await shopper.text(intent)).toBe("OK, let's start over. What would you like to find?");
      expect(shopper.carried.list).toBeUndefined();
      expect(await shopper.text('NextIntent')).toMatch(/^There's no list open/);
    }
    expect(world.carts.peek('anon.alexa.amzn1.ask.account.TESTUSER').lines).toHaveLength(1);
  });

  it('stop and cancel always end the session; a pending order is not placed', async () => {
    const shopper = linkedSession(world);
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
    const cancel = await shopper.say('CancelIntent');
    expect(cancel).toMatchObject({ endSession: true, state: {} });
    expect(cancel.speech.text).toBe(
      'OK, nothing was ordered. Your 1 item will stay in your cart for next time. Goodbye.',
    );
    expect(cancel.reprompt).toBeUndefined();
    await shopper.say('LaunchRequest');
    expect(await shopper.say('StopIntent')).toMatchObject({
      endSession: true,
      speech: { text: 'Your 1 item will stay in your cart for next time. Goodbye.' },
    });
    expect(world.orders.all()).toEqual([]);
  });
});
