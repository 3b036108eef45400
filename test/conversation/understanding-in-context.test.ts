/**
 * Understanding shoppers as they speak, in the context of what they just heard: each class of
 * phrasing said in words, resolved by the console's stand-in for Alexa against the interaction
 * model, and answered by the real skill on DynamoDB Local with the demo store. Unit words and
 * "more" are never searched as products; ordinals and pointers resolve against the open list or the
 * product in focus; "the cheapest one" stays within the open list; "no thanks" closes with a word
 * about the cart; "cancel it" after an order means that order; "undo" reverses the last change.
 */
import { createSpokenStack, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

describe('unit and package words, counts and "more"', () => {
  it('"add two boxes" names the product in focus back with a question and adds only after a yes', async () => {
    const shopper = await stack.shopper('unit-boxes');
    await shopper.say('find cheerios');
    await shopper.say('the first one');
    expect((await shopper.say('add it')).speech).toMatch(/^Added 1 Honey Nut Cheerios\./);
    const asked = await shopper.say('add two boxes');
    expect(asked.speech).toBe('2 more boxes of Honey Nut Cheerios, so 3 in all?');
    expect(await stack.cart('unit-boxes')).toEqual([['BRK-004', 1]]);
    expect((await shopper.say('yes')).speech).toMatch(/^Added 2 Honey Nut Cheerios\./);
    expect(await stack.cart('unit-boxes')).toEqual([['BRK-004', 3]]);
  });

  it('"add three more" and "a couple of those" add to the product just added, never a search hit', async () => {
    const shopper = await stack.shopper('unit-more');
    await shopper.say('do you have eggs');
    await shopper.say('the first one');
    await shopper.say('add it');
    expect(await stack.cart('unit-more')).toEqual([['DAI-028', 1]]);
    expect((await shopper.say('add three more')).speech).toMatch(/^Added 3 Large White Eggs\./);
    expect((await shopper.say('give me a couple of those')).speech).toMatch(/^Added 2 Large White Eggs\./);
    expect(await stack.cart('unit-more')).toEqual([['DAI-028', 6]]);
  });
});

describe('ordinals and pointers inside a product slot', () => {
  it('"add the second one" adds the second product heard; "tell me about the first one" describes the first', async () => {
    const shopper = await stack.shopper('ordinal-add');
    const list = await shopper.say('find coffee');
    expect(list.speech).toMatch(/Second, /);
    const second = /Second, ([^,]+),/.exec(list.speech)![1]!;
    const added = await shopper.say('add the second one to my cart');
    expect(added.intent).toBe('AddToCartIntent');
    expect(added.speech).toContain('Added 1 ');
    expect(second).toContain(
      added.speech
        .replace(/^Added 1 /, '')
        .replace(/\..*$/, '')
        .slice(0, 12),
    );
    expect(await stack.cart('ordinal-add')).toHaveLength(1);
  });

  it('"i will take the second" with a list open adds the second item', async () => {
    const shopper = await stack.shopper('ordinal-take');
    await shopper.say('find cheerios');
    expect((await shopper.say('i will take the second')).speech).toMatch(/^Added 1 Cheerios\./);
    expect(await stack.cart('ordinal-take')).toEqual([['BRK-003', 1]]);
  });

  it('"what is the second one" names the second item instead of asking which one', async () => {
    const shopper = await stack.shopper('ordinal-what');
    await shopper.say('find cheerios');
    expect((await shopper.say('what is the second one')).speech).toMatch(
      /^General Mills Cheerios, 18 ounces/,
    );
  });
});

describe('"the cheapest one" and "cheapest"', () => {
  it('"the cheapest one" picks the cheapest of the open list, not of the whole store', async () => {
    const shopper = await stack.shopper('cheapest-list');
    await shopper.say('find eggs');
    const heard = await shopper.say('the cheapest one');
    expect(heard.speech).toMatch(/^I found [^.]*Egg/);
    expect(heard.speech).not.toMatch(/Water/);
  });
});

describe('closing: "no", "nothing else", "that\'s all"', () => {
  it('"no thanks" after "anything else?" says the cart and offers the checkout', async () => {
    const shopper = await stack.shopper('closing-no');
    await shopper.say('add bananas');
    const closing = await shopper.say('no thanks');
    expect(closing.speech).toBe('OK. Your cart has 1 item, 1 dollar and 49 cents. Shall I check out?');
    // Alexa makes reminders: leaving with items in the cart offers one; "no" leaves.
    const offer = await shopper.say('no');
    expect(offer.speech).toBe('Your 1 item will stay in your cart. Want a reminder tomorrow evening?');
    const leaving = await shopper.say('no');
    expect(leaving.speech).toBe('Your 1 item will stay in your cart for next time. Goodbye.');
    expect(leaving.ended).toBe(true);
    expect(await stack.cart('closing-no')).toEqual([['PRO-001', 1]]);
  });

  it('"that\'s all i need" and "i\'m all set" close the same way', async () => {
    const shopper = await stack.shopper('closing-all');
    await shopper.say('add bananas');
    expect((await shopper.say("that's all i need")).speech).toMatch(
      /^OK\. Your cart has 1 item.*Shall I check out\?$/,
    );
    const other = await stack.shopper('closing-set');
    await other.say('add bananas');
    await other.say('add two more');
    expect((await other.say("i'm all set")).speech).toMatch(
      /^OK\. Your cart has 3 items.*Shall I check out\?$/,
    );
  });
});

describe('store questions and a person', () => {
  it.each([
    ['i want to talk to a person', 'TalkToPersonIntent'],
    ['can i speak to a human', 'TalkToPersonIntent'],
    ['what time do you close today', 'StoreHoursIntent'],
    ['do you deliver on weekends', 'DeliveryInfoIntent'],
    ['what about the warranty', 'WarrantyIntent'],
  ])('"%s" reaches %s', async (utterance, intent) => {
    const shopper = await stack.shopper(`store-${intent}-${utterance.length}`);
    expect((await shopper.say(utterance)).intent).toBe(intent);
  });
});

describe('the order in focus', () => {
  it('"cancel it" right after "where\'s my order" asks to cancel that order, and a yes cancels it', async () => {
    const shopper = await stack.shopper('order-focus');
    await shopper.say('add bananas');
    await shopper.say('check out');
    await shopper.say('standard delivery');
    expect((await shopper.say('yes')).speech).toMatch(/^Your order is placed\./);
    await shopper.say("where's my order");
    const asked = await shopper.say('cancel it');
    expect(asked.intent).toBe('CancelItIntent');
    expect(asked.speech).toMatch(/cancel/i);
    expect((await shopper.say('yes')).speech).toMatch(/is cancelled/);
  });

  it('"when will it arrive" after the order is placed speaks of the order, not a product', async () => {
    const shopper = await stack.shopper('order-when');
    await shopper.say('add bananas');
    await shopper.say('check out');
    await shopper.say('standard delivery');
    await shopper.say('yes');
    const when = await shopper.say('when will it arrive');
    expect(when.speech).toMatch(/^Order .* (expected|placed)/);
    expect(when.speech).not.toMatch(/Which product/);
  });
});

describe('undo and corrections', () => {
  it('"undo that" takes back the product just added and says so', async () => {
    const shopper = await stack.shopper('undo-add');
    await shopper.say('add bananas');
    const undone = await shopper.say('undo that');
    expect(undone.speech).toMatch(/^OK, I took Bananas back out\./);
    expect(await stack.cart('undo-add')).toEqual([]);
    expect((await shopper.say('undo')).speech).toMatch(/^There's nothing to undo/);
  });

  it('"undo" after emptying the cart puts every line back', async () => {
    const shopper = await stack.shopper('undo-empty');
    await shopper.say('add bananas');
    await shopper.say('add three more');
    const before = await stack.cart('undo-empty');
    await shopper.say('empty my cart');
    await shopper.say('yes');
    expect(await stack.cart('undo-empty')).toEqual([]);
    expect((await shopper.say('undo')).speech).toMatch(/^OK, I put your 4 items back\./);
    expect(await stack.cart('undo-empty')).toEqual(before);
  });

  it('"no, i wanted the organic ones" takes the bananas out and offers organic bananas without adding them', async () => {
    const shopper = await stack.shopper('undo-correct');
    await shopper.say('add bananas');
    const corrected = await shopper.say('no, i wanted the organic ones');
    expect(corrected.speech).toMatch(/^OK, I took Bananas back out\. .*Organic Bananas.*\?/);
    expect(await stack.cart('undo-correct')).toEqual([]);
  });
});

describe('metrics', () => {
  it('counts fallbacks, reinterpretations and undos with non-personal dimensions only', async () => {
    const from = stack.counted.length;
    const shopper = await stack.shopper('metrics');
    await shopper.say('purple elephants');
    await shopper.say('add bananas');
    await shopper.say('give me a couple of those');
    await shopper.say('undo');
    const events = stack.counted.slice(from);
    expect(events.map((e) => e.event)).toEqual(['fallback', 'reinterpreted', 'undo']);
    expect(JSON.stringify(events)).not.toMatch(/banana|purple|elephant|metrics/i);
  });
});
