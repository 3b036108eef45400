/**
 * Everyday words for what shoppers ask beyond finding and adding, each resolved by the console's
 * stand-in for Alexa against the interaction model and answered by the real skill on DynamoDB Local
 * with the demo store: how to pay, the store's number, the cart's total, whether a product is in
 * the cart, one less of a line, a delivery option chosen by description, tracking and the order in
 * focus said with "it", closing words after a plain search, and speed asked for in many ways.
 */
import { createSpokenStack, type SpokenSession, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

async function withOrder(id: string): Promise<SpokenSession> {
  const shopper = await stack.shopper(id);
  await shopper.say('add bananas');
  await shopper.say('check out');
  await shopper.say('standard delivery');
  expect((await shopper.say('yes')).speech).toMatch(/^Your order is placed\./);
  return shopper;
}

describe('store questions', () => {
  it.each(['how do i pay', 'what card will you charge', 'can i pay cash', 'do you take ebt'])(
    '"%s" says the shopper pays on delivery and never gives card details by voice',
    async (utterance) => {
      const shopper = await stack.shopper(`pay-${utterance.length}`);
      const heard = await shopper.say(utterance);
      expect(heard.intent).toBe('PaymentInfoIntent');
      expect(heard.speech).toMatch(/^You pay when your order arrives, or when you pick it up;/);
      expect(heard.speech).toContain("say 'talk to a person'");
    },
  );

  it('"what\'s your phone number" gives the store\'s number without opening a ticket', async () => {
    const shopper = await stack.shopper('contact');
    const heard = await shopper.say("what's your phone number");
    expect(heard.intent).toBe('ContactInfoIntent');
    expect(heard.speech).toMatch(/^You can call Corner Market at .*5.*5.*5/);
    expect(await stack.backend.services.handoffQueue.listOpen(10)).toEqual([]);
  });
});

describe('questions about the cart', () => {
  it('"how much is all this" gives the total so far; while an order waits, its total with tax', async () => {
    const shopper = await stack.shopper('total');
    await shopper.say('add bananas');
    const total = await shopper.say('how much is all this');
    expect(total.intent).toBe('CartTotalIntent');
    expect(total.speech).toMatch(/^Your total so far is .* for 1 item, before tax and delivery\./);
    await shopper.say('check out');
    await shopper.say('standard delivery');
    const withTax = await shopper.say('wait how much is the total');
    expect(withTax.speech).toMatch(/^The total is .*, with tax and delivery\. Shall I place the order\?$/);
    expect((await shopper.say('yes')).speech).toMatch(/^Your order is placed\./);
  });

  it('"are eggs in my cart" and "how many bananas do I have" answer from the cart, and say so when not', async () => {
    const shopper = await stack.shopper('in-cart');
    await shopper.say('add bananas');
    await shopper.say('add two more');
    const bananas = await shopper.say('how many bananas do i have');
    expect(bananas.intent).toBe('InCartIntent');
    expect(bananas.speech).toBe('Yes, you have 3 Bananas in your cart.');
    const eggs = await shopper.say('are eggs in my cart');
    expect(eggs.speech).toMatch(/^No, there's no eggs in your cart\./);
    expect(await stack.cart('in-cart')).toEqual([['PRO-001', 3]]);
  });

  it('"one less" and "take one off" take one off the line in focus, and the last one removes it', async () => {
    const shopper = await stack.shopper('fewer');
    await shopper.say('add bananas');
    await shopper.say('add two more');
    expect((await shopper.say('one less')).speech).toMatch(/^You now have 2 Bananas\./);
    expect((await shopper.say('make it one fewer')).speech).toMatch(/^You now have 1 Bananas\./);
    expect((await shopper.say('take one off')).speech).toMatch(/^Removed Bananas\./);
    expect(await stack.cart('fewer')).toEqual([]);
  });

  it('"take one of the eggs out" with two lines and nothing in focus names the line itself', async () => {
    const shopper = await stack.shopper('fewer-named');
    await shopper.say('add two bananas');
    await shopper.say('add a dozen eggs');
    await shopper.say('yes');
    await shopper.say('start over');
    const heard = await shopper.say('one less bananas');
    expect(heard.intent).toBe('FewerIntent');
    expect(heard.speech).toMatch(/^You now have 1 Bananas\./);
  });
});

describe('delivery chosen by what sets it apart', () => {
  it.each([
    ['the fast one', /^Your order from .* express same-day delivery/i],
    ['the free one', /^Your order from .* store pickup/i],
    ['the cheapest delivery', /^Your order from .* standard delivery/i],
    ["i'll come get it", /^Your order from .* store pickup/i],
    ['the second one', /^Your order from .* express same-day delivery/i],
    ['the second option', /^Your order from .* express same-day delivery/i],
    ['the last one', /^Your order from .* store pickup/i],
    ['the earliest one', /^Your order from .* express same-day delivery/i],
    ['the cheapest one', /^Your order from .* store pickup/i],
  ])('"%s" answers the delivery question with that option', async (utterance, expected) => {
    const shopper = await stack.shopper(`delivery-${utterance.length}-${utterance.charCodeAt(4)}`);
    await shopper.say('add bananas');
    await shopper.say('check out');
    expect((await shopper.say(utterance)).speech).toMatch(expected);
  });
});

describe('what only the store can do about a delivery', () => {
  it.each([
    'the delivery guy is lost',
    "i won't be home when it comes",
    'can the driver leave it on the porch',
    'have the driver text me when he gets here',
    'i need to change my delivery address',
  ])('"%s" says the team can and asks how they should get back', async (words) => {
    const shopper = await stack.shopper(`delivery-request-${words.length}-${words.charCodeAt(6)}`);
    const heard = await shopper.say(words);
    expect(heard.intent).toBe('DeliveryRequestIntent');
    expect(heard.speech).toMatch(/^I can't change the address or pass a note to the driver myself/);
    expect(heard.speech).toMatch(/Should they call you, or send you a message\?/);
  });

  it("a shopper without a linked account hears the store's number instead", async () => {
    const guest = await stack.guest();
    const heard = await guest.say('the courier went to the wrong address');
    expect(heard.speech).toMatch(
      /myself, but the store's team can\. Your account isn't linked, .* call them at/,
    );
  });
});

describe('the delivery question while other things are open', () => {
  it('"the first one" after a pick from a list of milks picks the first way to get the order, not more milk', async () => {
    const shopper = await stack.shopper('delivery-after-list');
    await shopper.say('add milk');
    expect((await shopper.say('the first one')).speech).toMatch(/^Added 1 /);
    await shopper.say('check out');
    expect((await shopper.say('the first one')).speech).toMatch(/^Your order from .* standard delivery/i);
    expect((await stack.cart('delivery-after-list')).map(([, quantity]) => quantity)).toEqual([1]);
  });

  it('a question about delivery is answered and the delivery question asked again', async () => {
    const shopper = await stack.shopper('delivery-asked-back');
    await shopper.say('add bananas');
    await shopper.say('check out');
    const answered = await shopper.say("what's the soonest you can get it here");
    expect(answered.speech).toMatch(/express same-day delivery/i);
    expect(answered.speech).toMatch(/Say standard delivery, express same-day delivery, or store pickup\.$/);
    expect((await shopper.say('the earliest one')).speech).toMatch(
      /^Your order from .* express same-day delivery/i,
    );
  });

  it('"the cheapest milk" during the delivery question is still a search', async () => {
    const shopper = await stack.shopper('delivery-cheapest-product');
    await shopper.say('add bananas');
    await shopper.say('check out');
    expect((await shopper.say('the cheapest milk')).speech).toMatch(/^I found \d+ matches for cheapest milk/);
  });
});

describe('tracking and the order in focus, in the words shoppers use', () => {
  it.each(["when's it coming", 'is it on its way', 'has it shipped yet', 'how long until it gets here'])(
    '"%s" after the order is placed speaks of that order',
    async (utterance) => {
      const shopper = await withOrder(`focus-${utterance.length}`);
      const heard = await shopper.say(utterance);
      expect(heard.speech).toMatch(/^Order \d+ has been placed\. It's expected/);
    },
  );

  it('"add eggs to it" just after ordering is about that order, through "did you mean A or B?"', async () => {
    const shopper = await withOrder('focus-add-to-it');
    expect((await shopper.say('add eggs to it')).speech).toMatch(/^Did you mean Large White Eggs, or /);
    expect((await shopper.say('the first one')).speech).toMatch(
      /^I'll add 1 Large White Eggs, for .*, to order \d+\. The new total is .*\. Shall I add it\?/,
    );
    expect((await shopper.say('yes')).speech).toMatch(/^Done: 1 Large White Eggs added to order \d+\./);
    expect(await stack.cart('focus-add-to-it')).toEqual([]);
  });

  it('a product named to answer "did you mean" about adding to an order goes to the order, not the cart', async () => {
    const shopper = await withOrder('focus-order-named');
    await shopper.say('add milk to my order');
    expect((await shopper.say('whole milk')).speech).toMatch(
      /^I'll add 1 Whole Milk, for .*, to order \d+\./,
    );
    expect(await stack.cart('focus-order-named')).toEqual([]);
  });

  it('the closest product offered while adding to an order is read back for the order on yes', async () => {
    const shopper = await withOrder('focus-order-closest');
    expect((await shopper.say('add dragon fruit jerky to my order')).speech).toMatch(
      /^I don't have dragon fruit jerky\. I do have .*Beef Jerky Original for .*\. Want that\?/,
    );
    expect((await shopper.say('yes')).speech).toMatch(
      /^I'll add 1 Beef Jerky Original, for .*, to order \d+\./,
    );
    expect(await stack.cart('focus-order-closest')).toEqual([]);
  });

  it('"cancel the whole thing" just after ordering, with the cart empty, asks to cancel that order', async () => {
    const shopper = await withOrder('focus-whole-thing');
    const asked = await shopper.say('cancel the whole thing');
    expect(asked.speech).toMatch(/^Cancel order \d+ for /);
    expect((await shopper.say('yes')).speech).toMatch(/is cancelled/);
  });

  it('"cancel the whole thing" with something in the cart is still about the cart', async () => {
    const shopper = await withOrder('focus-whole-cart');
    await shopper.say('add two bananas');
    expect((await shopper.say('cancel the whole thing')).speech).toMatch(
      /^Remove everything from your cart\?/,
    );
  });

  it('"cancel that order" after "has my stuff shipped" asks to cancel that order', async () => {
    const shopper = await withOrder('focus-cancel');
    expect((await shopper.say('has my stuff shipped')).speech).toMatch(/^Order \d+ has been placed/);
    const asked = await shopper.say('cancel that order');
    expect(asked.intent).toBe('CancelItIntent');
    expect((await shopper.say('yes')).speech).toMatch(/is cancelled/);
  });
});

describe('closing words and speed', () => {
  it.each(['nah that is it', "no that's all", "i'm good"])(
    '"%s" after a plain search closes with a word about the cart',
    async (utterance) => {
      const shopper = await stack.shopper(`closing-${utterance.length}`);
      await shopper.say('add bananas');
      await shopper.say('find coffee');
      const heard = await shopper.say(utterance);
      expect(heard.intent).toBe('DoneShoppingIntent');
      expect(heard.speech).toMatch(/Your cart has 1 item/);
    },
  );

  it.each([
    ['could you talk a little slower', 'SpeakSlowerIntent'],
    ['way too fast', 'SpeakSlowerIntent'],
    ['can you speed it up', 'SpeakFasterIntent'],
    ["you're talking too slowly", 'SpeakFasterIntent'],
    ['go back to normal', 'NormalSpeedIntent'],
  ])('"%s" reaches %s', async (utterance, intent) => {
    const shopper = await stack.shopper(`rate-${utterance.length}`);
    expect((await shopper.say(utterance)).intent).toBe(intent);
  });
});
