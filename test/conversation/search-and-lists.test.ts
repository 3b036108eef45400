/**
 * Finding products and moving through lists (DESIGN.md section 8): the count first, at most three
 * at a time, next / previous / repeat, choosing by number or by a distinctive word, "did you mean
 * A, or B?", details on request, aisles, and the wrong turns.
 */
import { TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

beforeEach(async () => {
  world = await createWorld();
  shopper = new TestSession(world);
  await shopper.say('LaunchRequest');
});

describe('search results', () => {
  it('says the count first, then at most three, numbered, with prices', async () => {
    const text = await shopper.text('SearchProductIntent', { query: 'oat milk' });
    expect(text).toMatch(/^I found 3 matches for oat milk\. First, Oatly Oat Milk, 4 dollars and 99 cents\./);
    expect(text).toContain('Second, Silk Oat Yeah Oatmilk, 4 dollars and 59 cents.');
    expect(text).toContain('Third, Planet Oat Extra Creamy Oatmilk, 3 dollars and 99 cents.');
    expect(shopper.replies.at(-1)!.suggestions).toEqual([
      'Oatly Oat Milk',
      'Silk Oat Yeah Oatmilk',
      'Planet Oat Extra Creamy',
    ]);
    expect(shopper.carried.list).toMatchObject({ kind: 'products', position: 0, total: 3 });
  });

  it('pages three at a time with next and previous, and says where the list ends', async () => {
    const first = await shopper.text('BrowseCategoryIntent', { category: 'dairy' });
    expect(first).toMatch(
      /^The dairy aisle has 7 products\. The top 3 are: First, Oatly Oat Milk, .+ Second, Eggland's Best Large Eggs, .+ Third, Planet Oat/,
    );
    const second = await shopper.text('NextIntent');
    expect(second).toMatch(
      /^Fourth, Califia .+ Fifth, Tillamook .+ Sixth, Silk .+ Which one would you like\? Or say 'next' for more\.$/,
    );
    const third = await shopper.text('NextIntent');
    expect(third).toMatch(
      /^Seventh, Chobani Greek Yogurt Plain, 5 dollars and 99 cents, sold out\. Which one would you like\?$/,
    );
    expect(await shopper.text('NextIntent')).toBe("That's all 7. Which one would you like?");
    expect(await shopper.text('PreviousIntent')).toMatch(/^Fourth, /);
    await shopper.say('PreviousIntent');
    expect(await shopper.text('PreviousIntent')).toMatch(
      /^You're at the start of the list\. First, Oatly Oat Milk/,
    );
  });

  it('repeats the page just read', async () => {
    const page = await shopper.text('SearchProductIntent', { query: 'oat milk' });
    expect(await shopper.text('RepeatIntent')).toBe(page);
    expect(shopper.carried.list).toMatchObject({ position: 0 });
  });

  it('reads two close matches with their prices and asks which one, taking the answer by number or word', async () => {
    const question = await shopper.text('SearchProductIntent', { query: 'folgers classic coffee' });
    expect(question).toBe(
      'I found 2 matches for folgers classic coffee. First, Folgers Classic Roast Ground Coffee, 10 dollars and 99 cents. Second, Folgers Classic Decaf Ground Coffee, 10 dollars and 99 cents. Which one would you like?',
    );
    expect(await shopper.text('SelectItemIntent', { itemName: 'decaf' })).toMatch(
      /^Folgers Classic Decaf Ground Coffee, 25\.9 ounces, 10 dollars and 99 cents\. Would you like to add it\?$/,
    );
    await shopper.say('SearchProductIntent', { query: 'folgers classic coffee' });
    expect(await shopper.text('SelectIntent', { ListPosition: { raw: 'first', resolvedId: '1' } })).toMatch(
      /^Folgers Classic Roast/,
    );
  });

  it('offers a single match straight away and adds it on yes', async () => {
    expect(await shopper.text('SearchProductIntent', { query: 'ben and jerrys' })).toBe(
      "I found Ben & Jerry's Chocolate Fudge Brownie, 16 ounces, 5 dollars and 99 cents. Would you like to add it?",
    );
    expect(await shopper.text('YesIntent')).toMatch(/^Added 1 Ben & Jerry's Chocolate Fudge Brownie\./);
    expect(world.carts.peek('anon.alexa.amzn1.ask.account.TESTUSER').lines).toMatchObject([
      { sku: 'ICE-BJ', quantity: 1 },
    ]);
  });

  it('says plainly when nothing matches, and keeps no list', async () => {
    const reply = await shopper.say('SearchProductIntent', { query: 'unicorn steaks' });
    expect(reply.speech.text).toBe(
      "I couldn't find anything for unicorn steaks. Try another name, or an aisle like dairy or bakery.",
    );
    expect(reply.reprompt!.text).toContain('bananas');
    expect(shopper.carried.list).toBeUndefined();
  });

  it('says when the one product found is sold out, and does not offer to add it', async () => {
    const reply = await shopper.say('SearchProductIntent', { query: 'chobani greek yogurt' });
    // The name is said once: the product, then that it is sold out.
    expect(reply.speech.text).toBe(
      "I found Chobani Greek Yogurt Plain, 32 ounces, 5 dollars and 99 cents. Sorry, it's sold out right now. What else would you like?",
    );
    expect(reply.speech.text).not.toContain('add it');
    expect(shopper.carried.pending).toBeUndefined();
  });

  it('asks what to look for when the query is empty', async () => {
    expect(await shopper.text('SearchProductIntent', { query: '' })).toBe('What are you looking for?');
  });
});

describe('choosing from a list', () => {
  beforeEach(async () => {
    await shopper.say('BrowseCategoryIntent', { category: 'dairy' });
  });

  it('takes an ordinal as heard ("second", "2nd") and offers the product', async () => {
    expect(await shopper.text('SelectItemIntent', { position: 'second' })).toMatch(
      /^Eggland's Best Large Eggs, 12 count, 4 dollars and 49 cents\. Would you like to add it\?$/,
    );
    expect(shopper.carried.pending).toMatchObject({ kind: 'add', sku: 'EGGS-LARGE', quantity: 1 });
    expect(await shopper.text('SelectItemIntent', { position: '1st' })).toMatch(/^Oatly Oat Milk, /);
  });

  it('counts small numbers on the page just heard, larger ones from the start', async () => {
    await shopper.say('NextIntent');
    expect(await shopper.text('SelectItemIntent', { position: 'fourth' })).toMatch(
      /^Califia Farms Oat Barista Blend, 32 fluid ounces/,
    );
    expect(await shopper.text('SelectItemIntent', { position: 'second' })).toMatch(
      /^Tillamook Sharp Cheddar/,
    );
    expect(await shopper.text('SelectItemIntent', { position: 'seventh' })).toMatch(
      /^Chobani Greek Yogurt Plain/,
    );
  });

  it('takes a distinctive word ("the Oatly one"), even misheard by a letter', async () => {
    expect(await shopper.text('SelectItemIntent', { brand: 'oatly' })).toMatch(
      /^Oatly Oat Milk, 64 fluid ounces/,
    );
    await shopper.say('BrowseCategoryIntent', { category: 'dairy' });
    expect(await shopper.text('SelectItemIntent', { itemName: 'tilamook' })).toMatch(
      /^Tillamook Sharp Cheddar/,
    );
  });

  it('says a sold-out product is sold out when chosen', async () => {
    await shopper.say('NextIntent');
    await shopper.say('NextIntent');
    const text = await shopper.text('SelectItemIntent', { itemName: 'yogurt' });
    expect(text).toBe(
      "Chobani Greek Yogurt Plain, 32 ounces, 5 dollars and 99 cents. Sorry, it's sold out right now. You can pick another one, or search for something else.",
    );
    expect(shopper.carried.pending).toBeUndefined();
  });

  it('says when a word or a number is not in the list', async () => {
    expect(await shopper.text('SelectItemIntent', { itemName: 'pineapple' })).toBe(
      "I didn't hear pineapple in this list. Say first, second, or third, or say 'next'.",
    );
    expect(await shopper.text('SelectItemIntent', { position: '12th' })).toBe(
      "There's no number 12; this list has 7.",
    );
    expect(await shopper.text('SelectItemIntent', {})).toBe('Which one? Say first, second, or third.');
  });

  it('asks which one when a word fits two', async () => {
    expect(await shopper.text('SelectItemIntent', { itemName: 'oat' })).toMatch(/^Did you mean .+, or .+\?$/);
  });
});

describe('without a list', () => {
  it('"next", "previous" and "the second one" say there is no list', async () => {
    for (const intent of ['NextIntent', 'PreviousIntent', 'SelectItemIntent']) {
      const reply = await shopper.say(intent, { position: 'second' });
      expect(reply.speech.text).toBe(
        "There's no list open right now. Try searching, for example 'find bread'.",
      );
      expect(reply.endSession).toBe(false);
    }
  });
});

describe('the cheapest of something', () => {
  it('reads the matches cheapest first when the shopper asks for the cheapest', async () => {
    const text = await shopper.text('CheapestProductIntent', { query: 'oat milk' });
    const prices = [...text.matchAll(/(\d+) dollars and (\d+) cents/g)].map(
      (m) => Number(m[1]) * 100 + Number(m[2]),
    );
    expect(prices.length).toBeGreaterThanOrEqual(2);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(text).toMatch(/^I found \d+ match/);
  });

  it('asks what to find when nothing was heard after "cheapest"', async () => {
    expect(await shopper.text('CheapestProductIntent')).toBe(await shopper.text('SearchProductIntent'));
  });
});

describe('a price ceiling nothing fits under', () => {
  it('says so, then offers what is just over it, cheapest first', async () => {
    const text = await shopper.text('SearchProductIntent', { query: 'oat milk under 2 dollars' });
    expect(text).toMatch(
      /^I have nothing like that under 2 dollars\. Over that, I have 3 matches, cheapest first\./,
    );
    const prices = [...text.matchAll(/(\d+) dollars and (\d+) cents/g)].map(
      (m) => Number(m[1]) * 100 + Number(m[2]),
    );
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(shopper.carried.list).toMatchObject({ kind: 'products', total: 3 });
  });

  it('lists what fits when something does, without the notice', async () => {
    const text = await shopper.text('SearchProductIntent', { query: 'oat milk under 10 dollars' });
    expect(text).toMatch(/^I found 3 matches for oat milk under 10 dollars\./);
  });
});

describe('a search that finds nothing', () => {
  it('closes the list heard before, so "next" does not page an old search', async () => {
    await shopper.say('SearchProductIntent', { query: 'oat milk' });
    expect(shopper.carried.list).toBeDefined();
    await shopper.say('SearchProductIntent', { query: 'zzyzx' });
    expect(shopper.carried.list).toBeUndefined();
    expect(await shopper.text('NextIntent')).not.toMatch(/Oat|That's all/);
  });
});
