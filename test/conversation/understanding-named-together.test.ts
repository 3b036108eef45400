/**
 * Several products named in one breath ("add two bananas and a loaf of sourdough", "milk and eggs
 * and bananas"): each is found as if named alone and added in turn; the first that needs a question
 * stops there with the others waiting, and the answer goes on with them. Resolved by the console's
 * stand-in for Alexa and answered by the real skill on DynamoDB Local, the cart checked after turns.
 */
import { createSpokenStack, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

describe('products named together', () => {
  it('adds each one the words name, and says them all back with the cart', async () => {
    const shopper = await stack.shopper('together-both');
    const heard = await shopper.say('can you add two bananas and a loaf of sourdough');
    expect(heard.speech).toMatch(/^Added 2 Bananas and 1 Sourdough Loaf\. Your cart has 3 items, /);
    expect(heard.speech).toMatch(/Anything else\?$/);
    expect(await stack.cart('together-both')).toEqual([
      ['PRO-001', 2],
      ['BAK-006', 1],
    ]);
  });

  it('asks about the one that needs a question, then goes on with the rest', async () => {
    const shopper = await stack.shopper('together-queue');
    const asked = await shopper.say('add milk and eggs and bananas');
    expect(asked.speech).toMatch(
      /I'll look for eggs and bananas next\. Did you mean 2% Reduced Fat Milk, or Whole Milk\?/,
    );
    expect(await stack.cart('together-queue')).toEqual([]);
    const next = await shopper.say('the first one');
    expect(next.speech).toMatch(
      /^Added 1 2% Reduced Fat Milk\. .*I'll look for bananas next\. Did you mean Large White Eggs, or/,
    );
    expect(await stack.cart('together-queue')).toEqual([['DAI-002', 1]]);
    const last = await shopper.say('no');
    expect(last.speech).toMatch(
      /^OK, not that one\. Added 1 Bananas\. Your cart has 2 items, .*Anything else\?$/,
    );
    expect(await stack.cart('together-queue')).toEqual([
      ['DAI-002', 1],
      ['PRO-001', 1],
    ]);
  });

  it('"yes" to the near match offered for one of them adds it and goes on', async () => {
    const shopper = await stack.shopper('together-near');
    const asked = await shopper.say('add dragon fruit jerky and bananas');
    expect(asked.speech).toMatch(
      /I'll look for bananas next\. I don't have dragon fruit jerky\. I do have .* Want that\?/,
    );
    await shopper.say('yes');
    const cart = await stack.cart('together-near');
    expect(cart).toHaveLength(2);
    expect(cart).toContainEqual(['PRO-001', 1]);
  });

  it('"undo" after adding several takes them all back out', async () => {
    const shopper = await stack.shopper('together-undo');
    await shopper.say('add bananas');
    await shopper.say('add two bananas and a loaf of sourdough');
    const undone = await shopper.say('undo that');
    expect(undone.speech).toMatch(/^OK, I took 2 Bananas and 1 Sourdough Loaf back out\./);
    expect(await stack.cart('together-undo')).toEqual([['PRO-001', 1]]);
  });

  it('one product whose name has "and" in it is asked about as one', async () => {
    const shopper = await stack.shopper('together-one');
    const heard = await shopper.say('add macaroni and cheese');
    expect(heard.speech).toMatch(/^Did you mean Macaroni and Cheese/);
    expect(heard.speech).not.toMatch(/next/);
  });

  it('the ones waiting are dropped when the shopper moves on', async () => {
    const shopper = await stack.shopper('together-moved');
    await shopper.say('add milk and bananas');
    await shopper.say("what's in my cart");
    await shopper.say('add butter');
    await shopper.say('the first one');
    expect(await stack.cart('together-moved')).toEqual([['DAI-018', 1]]);
  });

  it('a count out of bounds refuses the request before anything is added', async () => {
    const shopper = await stack.shopper('together-bounds');
    const heard = await shopper.say('add two bananas and 500 eggs');
    expect(heard.speech).not.toMatch(/Added/);
    expect(await stack.cart('together-bounds')).toEqual([]);
  });
});

describe('cart lines named together for removal', () => {
  it('removes each line named, says them all, and "undo" puts them back', async () => {
    const shopper = await stack.shopper('together-remove');
    await shopper.say('add two bananas and a loaf of sourdough');
    await shopper.say('add the 2% milk');
    const heard = await shopper.say('take the bananas and the sourdough out of my cart');
    expect(heard.speech).toMatch(/^Removed 2 Bananas and 1 Sourdough Loaf\. Your cart has 1 item, /);
    expect(await stack.cart('together-remove')).toEqual([['DAI-002', 1]]);
    const undone = await shopper.say('undo');
    expect(undone.speech).toMatch(/^OK, I put 2 Bananas and 1 Sourdough Loaf back in your cart\./);
    expect(await stack.cart('together-remove')).toHaveLength(3);
  });

  it('a line not in the cart is said, the others removed', async () => {
    const shopper = await stack.shopper('together-remove-missing');
    await shopper.say('add two bananas and a loaf of sourdough');
    const heard = await shopper.say('remove the bananas and the coffee');
    expect(heard.speech).toMatch(/^Removed 2 Bananas\. .*I don't see coffee in your cart\./);
    expect(await stack.cart('together-remove-missing')).toEqual([['BAK-006', 1]]);
  });
});

describe('a search that names several products', () => {
  it('says what the store has of each, then what it has none of, and lists nothing', async () => {
    const shopper = await stack.shopper('together-search');
    const heard = await shopper.say('do you guys have unicorn steak and bananas and milk');
    expect(heard.intent).toBe('SearchProductIntent');
    expect(heard.speech).toMatch(
      /^I have \d+ kinds? of bananas, \d+ kinds of milk, and no unicorn steak\. Which would you like first\?$/,
    );
    const next = await shopper.say('next');
    expect(next.speech).not.toMatch(/Bananas/);
    expect(await stack.cart('together-search')).toEqual([]);
  });

  it('one product whose name has "and" in it is listed as one', async () => {
    const shopper = await stack.shopper('together-search-one');
    const heard = await shopper.say('find macaroni and cheese');
    expect(heard.speech).toMatch(
      /^I found 2 matches for macaroni and cheese\. First, Kraft Macaroni and Cheese/,
    );
  });

  it('only one of them sold: says which is not, then lists that one to pick from', async () => {
    const shopper = await stack.shopper('together-search-only');
    const heard = await shopper.say('do you guys have unicorn steak and hummus');
    expect(heard.speech).toMatch(/^I don't have unicorn steak\. I found .*Hummus/);
    await shopper.say('add it');
    expect(await stack.cart('together-search-only')).toHaveLength(1);
  });
});

describe('removing every line together', () => {
  it('says the cart is empty now, as one removal that empties it does', async () => {
    const shopper = await stack.shopper('together-remove-all');
    await shopper.say('add two bananas and a loaf of sourdough');
    const heard = await shopper.say('oops take the bananas and the sourdough back out');
    expect(heard.speech).toMatch(/^Removed 2 Bananas and 1 Sourdough Loaf\. Your cart is empty now\./);
    expect(await stack.cart('together-remove-all')).toEqual([]);
  });
});
