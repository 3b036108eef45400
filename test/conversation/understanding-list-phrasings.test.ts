/**
 * The words people use for a shopping list, said about the cart (phrasing patterns of the SLURP
 * corpus's list commands), and the words around a request that only carry it: each resolved by the
 * console's stand-in for Alexa against the interaction model and answered by the real skill on
 * DynamoDB Local with the demo store.
 */
import { createSpokenStack, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

describe('the cart in list words', () => {
  it.each([
    'tell me the items in my cart',
    'what does my cart have in it',
    'can you tell me what the items in my basket are',
    'let me know what is in the cart',
    'read back what i put in my cart',
  ])('"%s" reads the cart back', async (utterance) => {
    const shopper = await stack.shopper(`read-${utterance.replace(/\W+/g, '-')}`);
    await shopper.say('add bananas');
    const heard = await shopper.say(utterance);
    expect(heard.intent).toBe('ReadCartIntent');
    expect(heard.speech).toMatch(/^You have 1 item: 1 Bananas\. The subtotal is/);
  });

  it('"remove milk from my grocery cart" removes the milk, not a product called "milk from my grocery cart"', async () => {
    const shopper = await stack.shopper('grocery-cart');
    await shopper.say('add bananas');
    await shopper.say('add whole milk');
    await shopper.say('the first one');
    const before = await stack.cart('grocery-cart');
    expect(before).toHaveLength(2);
    const heard = await shopper.say('remove milk from my grocery cart');
    expect(heard.intent).toBe('RemoveFromCartIntent');
    expect(heard.speech).toMatch(/^Removed .*Milk/);
    expect(await stack.cart('grocery-cart')).toEqual([['PRO-001', 1]]);
  });

  it('"remove the cereal" removes the Cheerios: a line is named by what shoppers also call it', async () => {
    const shopper = await stack.shopper('cereal');
    await shopper.say('add cheerios');
    await shopper.say('add bananas');
    expect((await stack.cart('cereal')).map(([sku]) => sku).sort()).toEqual(['BRK-003', 'PRO-001']);
    const heard = await shopper.say('remove the cereal from my cart');
    expect(heard.speech).toMatch(/^Removed .*Cheerios/);
    expect(await stack.cart('cereal')).toEqual([['PRO-001', 1]]);
  });

  it('"i don\'t want any of this anymore" asks before emptying the cart, and a no keeps it', async () => {
    const shopper = await stack.shopper('any-of-this');
    await shopper.say('add bananas');
    const heard = await shopper.say("i don't want any of this anymore");
    expect(heard.speech).toMatch(/empty your cart|remove everything/i);
    expect(heard.speech).toMatch(/\?$/);
    await shopper.say('no');
    expect(await stack.cart('any-of-this')).toEqual([['PRO-001', 1]]);
  });

  it('"remove my shopping cart" asks before emptying the cart, and a yes empties it', async () => {
    const shopper = await stack.shopper('remove-the-cart');
    await shopper.say('add bananas');
    const heard = await shopper.say('remove my shopping cart');
    expect(heard.speech).toMatch(/empty your cart|remove everything/i);
    expect(heard.speech).toMatch(/\?$/);
    expect(await stack.cart('remove-the-cart')).toEqual([['PRO-001', 1]]);
    await shopper.say('yes');
    expect(await stack.cart('remove-the-cart')).toEqual([]);
  });

  it('"delete the last thing i added" removes what was just added, even with a list open', async () => {
    const shopper = await stack.shopper('last-added');
    await shopper.say('add bananas');
    await shopper.say('find coffee');
    await shopper.say('add the second one');
    const [bananas, coffee] = await stack.cart('last-added');
    expect(bananas).toEqual(['PRO-001', 1]);
    const heard = await shopper.say('delete the last thing i added');
    expect(heard.intent).toBe('RemoveFromCartIntent');
    expect(heard.speech).toMatch(/^Removed/);
    expect(await stack.cart('last-added')).toEqual([bananas]);
    expect(coffee).toBeDefined();
  });

  it('"put that in my order" from a shopper with no account to change an order adds to the cart', async () => {
    const guest = await stack.guest();
    await guest.say('find nutella');
    const heard = await guest.say('include that in my order');
    expect(heard.intent).toBe('AddToOrderIntent');
    expect(heard.speech).toMatch(/^Added 1 Hazelnut Spread with Cocoa\. Your cart has 1 item/);
  });
});

describe('words that only carry the request', () => {
  it('"um could you find me some oat milk" searches for oat milk and says so', async () => {
    const shopper = await stack.shopper('fillers');
    const heard = await shopper.say('um could you find me some oat milk');
    expect(heard.intent).toBe('SearchProductIntent');
    expect(heard.speech).toMatch(/^I found \d+ matches for oat milk\./);
  });

  it('"how am i paying for this" and "gimme the second one" are understood', async () => {
    const shopper = await stack.shopper('gimme');
    expect((await shopper.say('how am i paying for this')).intent).toBe('PaymentInfoIntent');
    await shopper.say('find coffee');
    const second = await shopper.say('gimme the second one');
    expect(second.intent).toBe('SelectItemIntent');
    expect(second.speech).not.toMatch(/didn't catch/);
  });
});

describe('more everyday words', () => {
  it('"oops take that back" takes back the product just added', async () => {
    const shopper = await stack.shopper('oops');
    await shopper.say('add bananas');
    const heard = await shopper.say('oops take that back');
    expect(heard.intent).toBe('UndoIntent');
    expect(await stack.cart('oops')).toEqual([]);
  });

  it.each([
    ['give me the details on it', 'ProductDetailsIntent', /Root Beer/],
    ["what's that one go for", 'ProductDetailsIntent', /dollars?/],
    ['hurry it up a bit', 'SpeakFasterIntent', /faster/],
    ["i don't know how to use this thing", 'AMAZON.HelpIntent', /You're looking at/],
  ])('"%s" reaches %s about the product in focus', async (utterance, intent, reply) => {
    const shopper = await stack.shopper(`everyday-${utterance.replace(/\W+/g, '-')}`);
    await shopper.say('find root beer');
    await shopper.say('the first one');
    const heard = await shopper.say(utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.speech).toMatch(reply);
  });

  it('"that\'ll be all thanks bye" ends the session', async () => {
    const shopper = await stack.shopper('bye');
    expect((await shopper.say("that'll be all thanks bye")).ended).toBe(true);
  });
});

describe('the cart named as a place', () => {
  it('"what\'s in there at the moment" reads the cart back rather than searching for "there at the moment"', async () => {
    const shopper = await stack.shopper('in-there');
    await shopper.say('add bananas');
    const heard = await shopper.say("what's in there at the moment");
    expect(heard.intent).toBe('BrowseCategoryIntent');
    expect(heard.speech).toMatch(/^You have 1 item: 1 Bananas\./);
  });

  it('"what\'s in there right now" reads the cart back too (the stand-in looks past "right now")', async () => {
    const shopper = await stack.shopper('in-there-now');
    await shopper.say('add bananas');
    const heard = await shopper.say("what's in there right now");
    expect(heard.speech).toMatch(/^You have 1 item: 1 Bananas\./);
  });

  it('"what\'s in dairy" still browses the aisle', async () => {
    const shopper = await stack.shopper('in-dairy');
    const heard = await shopper.say("what's in dairy");
    expect(heard.speech).not.toMatch(/^You have/);
    expect(heard.speech).toMatch(/dairy/i);
  });
});
