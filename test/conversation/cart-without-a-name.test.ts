/**
 * "Make it three" and "remove that" with no product named: the product just talked about (added,
 * selected), else the only line in the cart; with several lines, a question naming them, answered
 * by number or by a word; an empty cart says so.
 */
import { TestSession } from './support/session';
import { createWorld, type World } from './support/world';

const CART_OWNER = 'anon.alexa.amzn1.ask.account.TESTUSER';
let world: World;
let shopper: TestSession;

const lines = () => world.carts.peek(CART_OWNER).lines.map((l) => [l.sku, l.quantity]);

beforeEach(async () => {
  world = await createWorld();
  shopper = new TestSession(world);
  await shopper.say('LaunchRequest');
});

it('"make it three" right after hearing a one-line cart changes that line', async () => {
  await shopper.say('AddToCartIntent', { product: 'barilla spaghetti' });
  await shopper.say('ReadCartIntent');
  expect(await shopper.text('SetQuantityIntent', { quantity: '3' })).toBe(
    'You now have 3 Barilla Spaghetti. Your cart has 3 items, 5 dollars and 37 cents. Anything else?',
  );
  expect(lines()).toEqual([['PASTA-BARILLA', 3]]);
});

it('with several lines it asks which one, by name, and the answer sets that line', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('AddToCartIntent', { product: 'heinz ketchup' });
  await shopper.say('AddToCartIntent', { product: 'barilla spaghetti' });
  await shopper.say('ReadCartIntent');
  const reply = await shopper.say('SetQuantityIntent', { quantity: '3' });
  expect(reply.speech.text).toBe(
    'Which item should be 3: Bananas, Heinz Tomato Ketchup, or Barilla Spaghetti?',
  );
  expect(reply.reprompt!.text).toBe("Say 'the first one' or 'the second one', or say a word from its name.");
  expect(await shopper.text('SelectItemIntent', { position: 'second' })).toMatch(
    /^You now have 3 Heinz Tomato Ketchup\. Your cart has 5 items/,
  );
  expect(lines()).toEqual([
    ['BANANAS', 1],
    ['KETCHUP-HEINZ', 3],
    ['PASTA-BARILLA', 1],
  ]);
  await shopper.say('ReadCartIntent');
  await shopper.say('SetQuantityIntent', { quantity: '2' });
  expect(await shopper.text('SelectItemIntent', { itemName: 'spaghetti' })).toMatch(
    /^You now have 2 Barilla Spaghetti\./,
  );
  expect(lines()).toContainEqual(['PASTA-BARILLA', 2]);
});

it('after an add it means the product just added, even with a cart list open', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('ReadCartIntent');
  await shopper.say('AddToCartIntent', { product: 'heinz ketchup' });
  expect(await shopper.text('SetQuantityIntent', { quantity: '4' })).toMatch(
    /^You now have 4 Heinz Tomato Ketchup\./,
  );
  expect(lines()).toEqual([
    ['BANANAS', 1],
    ['KETCHUP-HEINZ', 4],
  ]);
});

it('names two lines by example when there are more than three', async () => {
  for (const product of ['bananas', 'heinz ketchup', 'barilla spaghetti', 'dawn dish soap'])
    await shopper.say('AddToCartIntent', { product });
  await shopper.say('StartOverIntent');
  expect(await shopper.text('SetQuantityIntent', { quantity: '5' })).toBe(
    'Which item should be 5? Say its name, like Bananas or Heinz Tomato Ketchup.',
  );
  expect(await shopper.text('SelectItemIntent', { itemName: 'dish soap' })).toMatch(
    /^You now have 5 Dawn Ultra Dish Soap\./,
  );
});

it('"remove that" with several lines and nothing in focus asks which one', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('AddToCartIntent', { product: 'heinz ketchup' });
  await shopper.say('ReadCartIntent');
  expect(await shopper.text('RemoveFromCartIntent')).toBe(
    'Which item should I remove: Bananas or Heinz Tomato Ketchup?',
  );
  expect(await shopper.text('SelectItemIntent', { itemName: 'bananas' })).toMatch(/^Removed Bananas\./);
  expect(lines()).toEqual([['KETCHUP-HEINZ', 1]]);
});

it('a named line that matches two is asked about, and the answer changes the quantity (never removes)', async () => {
  await shopper.say('AddToCartIntent', { product: 'folgers classic roast' });
  await shopper.say('AddToCartIntent', { product: 'folgers classic decaf' });
  await shopper.say('StartOverIntent');
  expect(await shopper.text('SetQuantityIntent', { product: 'folgers', quantity: '2' })).toBe(
    'Did you mean Folgers Classic Roast Ground Coffee, or Folgers Classic Decaf Ground Coffee?',
  );
  expect(await shopper.text('SelectItemIntent', { position: 'first' })).toMatch(
    /^You now have 2 Folgers Classic Roast Ground Coffee\./,
  );
  expect(lines()).toEqual([
    ['COFFEE-FOLGERS-ROAST', 2],
    ['COFFEE-FOLGERS-DECAF', 1],
  ]);
});

it('an empty cart says so instead of asking what to remove', async () => {
  expect(await shopper.text('SetQuantityIntent', { quantity: '3' })).toBe(
    'Your cart is empty. What would you like to find?',
  );
  expect(await shopper.text('RemoveFromCartIntent')).toBe('Your cart is empty. What would you like to find?');
});
