/**
 * The cart by voice: add with a quantity, "two of those", "another one", "remove that", change the
 * quantity, read it back with the subtotal (three lines at a time), empty it after a yes, and the
 * wrong turns: quantity 0 or 500, a sold-out product, a product that does not exist.
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

it('adds a named product with a quantity, and says the cart total', async () => {
  const reply = await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '3' });
  expect(reply.speech.text).toBe(
    'Added 3 Bananas. Your cart has 3 items, 2 dollars and 7 cents. Anything else?',
  );
  expect(reply.reprompt!.text).toBe("You can add something else, say 'remove that', or say 'check out'.");
  expect(reply.suggestions).toEqual(['Check out', "What's in my cart"]);
  expect(lines()).toEqual([['BANANAS', 3]]);
});

it('"two of those" adds the product in focus; "another one" adds one more', async () => {
  await shopper.say('SearchProductIntent', { query: 'oat milk' });
  await shopper.say('SelectItemIntent', { position: 'first' });
  expect(await shopper.text('AddToCartIntent', { quantity: '2' })).toMatch(
    /^Added 2 Oatly Oat Milk\. Your cart has 2 items, 9 dollars and 98 cents\./,
  );
  expect(await shopper.text('AddToCartIntent')).toMatch(
    /^Added 1 Oatly Oat Milk\. Your cart has 3 items, 14 dollars and 97 cents\./,
  );
  expect(lines()).toEqual([['OAT-OATLY', 3]]);
});

it('"add the second one" from a list, and asks which one when nothing is in focus', async () => {
  await shopper.say('SearchProductIntent', { query: 'oat milk' });
  expect(await shopper.text('AddToCartIntent', { quantity: '2' })).toBe(
    'Which one? Say first, second, or third.',
  );
  expect(await shopper.text('AddToCartIntent', { product: 'silk' })).toMatch(
    /^Added 1 Silk Oat Yeah Oatmilk\./,
  );
  expect(lines()).toEqual([['OAT-SILK', 1]]);
});

it('asks what to add when nothing was named and nothing is in focus', async () => {
  expect(await shopper.text('AddToCartIntent')).toBe(
    "What would you like to add? For example, 'add bananas'.",
  );
});

it('"did you mean A, or B?" on an add, then adds the one chosen with the quantity asked for', async () => {
  expect(await shopper.text('AddToCartIntent', { product: 'folgers classic coffee', quantity: '2' })).toMatch(
    /^Did you mean /,
  );
  expect(await shopper.text('SelectItemIntent', { position: 'second' })).toMatch(
    /^Added 2 Folgers Classic Decaf Ground Coffee\./,
  );
  expect(lines()).toEqual([['COFFEE-FOLGERS-DECAF', 2]]);
  expect(shopper.carried.list).toBeUndefined();
});

it('"remove that" removes the product just added, and "add it" puts it back', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('AddToCartIntent', { product: 'heinz ketchup' });
  expect(await shopper.text('RemoveFromCartIntent')).toBe(
    'Removed Heinz Tomato Ketchup. Your cart has 2 items, 1 dollar and 38 cents. Anything else?',
  );
  expect(lines()).toEqual([['BANANAS', 2]]);
  await shopper.say('AddToCartIntent');
  expect(lines()).toEqual([
    ['BANANAS', 2],
    ['KETCHUP-HEINZ', 1],
  ]);
});

it('removes by name from the cart, says the cart is empty after the last line, and what is not in it', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('SearchProductIntent', { query: 'oat milk' });
  expect(await shopper.text('RemoveFromCartIntent', { product: 'barilla spaghetti' })).toBe(
    "I don't see barilla spaghetti in your cart.",
  );
  expect(await shopper.text('RemoveFromCartIntent', { product: 'the bananas' })).toBe(
    'Removed Bananas. Your cart is empty now. What would you like to find?',
  );
  expect(lines()).toEqual([]);
});

it('changes a quantity, and a quantity of 0 removes the line', async () => {
  await shopper.say('AddToCartIntent', { product: 'barilla spaghetti' });
  expect(await shopper.text('SetQuantityIntent', { quantity: '4' })).toBe(
    'You now have 4 Barilla Spaghetti. Your cart has 4 items, 7 dollars and 16 cents. Anything else?',
  );
  expect(await shopper.text('SetQuantityIntent', { product: 'spaghetti', quantity: '0' })).toMatch(
    /^Removed Barilla Spaghetti\./,
  );
  expect(lines()).toEqual([]);
  expect(await shopper.text('SetQuantityIntent', {})).toBe('How many would you like?');
});

it('refuses a quantity of 0 or 500 with the limits, and changes nothing', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  for (const quantity of ['0', '500', '?']) {
    const reply = await shopper.say('AddToCartIntent', { product: 'bananas', quantity });
    expect(reply.speech.text).toBe('You can have between 1 and 20 of one product. What else would you like?');
    expect(reply.endSession).toBe(false);
  }
  expect(await shopper.text('SetQuantityIntent', { quantity: '500' })).toMatch(
    /^You can have between 1 and 20/,
  );
  expect(lines()).toEqual([['BANANAS', 1]]);
});

it('a sold-out product cannot be added; a product short of stock says how many are left', async () => {
  expect(await shopper.text('AddToCartIntent', { product: 'chobani greek yogurt' })).toBe(
    'Sorry, Chobani Greek Yogurt Plain is sold out right now. What else would you like?',
  );
  expect(await shopper.text('AddToCartIntent', { product: 'tillamook cheddar', quantity: '5' })).toBe(
    'There are only 3 of Tillamook Sharp Cheddar left. What else would you like?',
  );
  expect(lines()).toEqual([]);
});

it('a product that does not exist is one sentence, and the cart is untouched', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  expect(await shopper.text('AddToCartIntent', { product: 'dragon fruit sorbet' })).toBe(
    "I couldn't find anything for dragon fruit sorbet. Try another name, or an aisle like dairy or bakery.",
  );
  expect(lines()).toEqual([['BANANAS', 1]]);
});

it('reads the cart back: the count, three lines, how many more, the subtotal; "next" reads the rest', async () => {
  for (const product of [
    'bananas',
    'barilla spaghetti',
    'heinz ketchup',
    'dawn dish soap',
    'purina cat chow',
  ]) {
    await shopper.say('AddToCartIntent', { product, quantity: product === 'bananas' ? '2' : '1' });
  }
  expect(await shopper.text('ReadCartIntent')).toBe(
    "You have 6 items: 2 Bananas, 1 Barilla Spaghetti, 1 Heinz Tomato Ketchup, and 2 more products. The subtotal is 19 dollars and 44 cents. Say 'next' to hear the rest, or 'check out'.",
  );
  expect(await shopper.text('NextIntent')).toBe(
    "1 Dawn Ultra Dish Soap and 1 Purina Cat Chow. Say 'check out' when you're ready, or keep shopping.",
  );
  expect(await shopper.text('SelectItemIntent', { itemName: 'dish soap' })).toBe(
    "You have 1 Dawn Ultra Dish Soap. You can say 'remove it', or 'make it 3'.",
  );
  expect(await shopper.text('RemoveFromCartIntent')).toMatch(
    /^Removed Dawn Ultra Dish Soap\. Your cart has 5 items/,
  );
});

it('an empty cart says so', async () => {
  expect(await shopper.text('ReadCartIntent')).toBe('Your cart is empty. What would you like to find?');
});

it('empties the cart only after a yes; no keeps it', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  expect(await shopper.text('EmptyCartIntent')).toBe('Remove everything from your cart?');
  expect(await shopper.text('NoIntent')).toBe('OK, I kept your cart as it is. What would you like?');
  expect(lines()).toEqual([['BANANAS', 1]]);
  await shopper.say('EmptyCartIntent');
  expect(await shopper.text('YesIntent')).toBe('Your cart is empty now. What would you like to find?');
  expect(lines()).toEqual([]);
  expect(await shopper.text('YesIntent')).toBe(
    "I wasn't asking a yes or no question just now. What would you like to do?",
  );
});

it('a cart that keeps changing elsewhere is one sentence, and nothing is lost', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  world.carts.failNextSaves = 5;
  expect(await shopper.text('AddToCartIntent', { product: 'heinz ketchup' })).toBe(
    'Your cart changed somewhere else at the same moment. Please say that again.',
  );
  expect(lines()).toEqual([['BANANAS', 1]]);
});
