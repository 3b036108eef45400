/**
 * An add by name never puts a weak match in the cart: a search that only partly matches, or only
 * by a synonym, is said as such and offered for a yes; a sound-alike or a sold-out closest product
 * is plainly not sold. Searches count and list only what matches everything said.
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

it('a partial match is offered with its price, and only a yes adds it (with the quantity asked for)', async () => {
  const reply = await shopper.say('AddToCartIntent', { product: 'dragon fruit brownie', quantity: '2' });
  expect(reply.speech.text).toBe(
    "I don't have dragon fruit brownie. I do have Ben & Jerry's Chocolate Fudge Brownie for 5 dollars and 99 cents. Want that?",
  );
  expect(reply.reprompt!.text).toBe('Say yes to add it, or no, and tell me what else to find.');
  expect(lines()).toEqual([]);
  expect(await shopper.text('YesIntent')).toMatch(/^Added 2 Ben & Jerry's Chocolate Fudge Brownie\./);
  expect(lines()).toEqual([['ICE-BJ', 2]]);
});

it('"no" to the offer adds nothing', async () => {
  await shopper.say('AddToCartIntent', { product: 'purina dog chow' });
  expect(shopper.replies.at(-1)!.speech.text).toBe(
    "I don't have purina dog chow. I do have Purina Cat Chow for 8 dollars and 99 cents. Want that?",
  );
  expect(await shopper.text('NoIntent')).toBe("OK, I didn't add it. What else would you like?");
  expect(lines()).toEqual([]);
});

it('a product known only by a synonym of the words is offered, not added', async () => {
  expect(await shopper.text('AddToCartIntent', { product: 'catsup' })).toBe(
    "I didn't find catsup. The closest I have is Heinz Tomato Ketchup, for 3 dollars and 29 cents. Want that?",
  );
  expect(lines()).toEqual([]);
});

it('a sound-alike is not offered, and a sold-out closest product is plainly not sold', async () => {
  // "jerky" only sounds like "Jerry's".
  expect(await shopper.text('AddToCartIntent', { product: 'dragon fruit jerky' })).toBe(
    "I couldn't find anything for dragon fruit jerky. Try another name, or an aisle like dairy or bakery.",
  );
  expect(await shopper.text('AddToCartIntent', { product: 'chobani strawberry yogurt' })).toBe(
    "I don't have chobani strawberry yogurt. What else would you like?",
  );
  expect(lines()).toEqual([]);
});

it('a full match is added straight away; two full matches too close to call are a question', async () => {
  expect(await shopper.text('AddToCartIntent', { product: 'chocolate fudge brownie' })).toMatch(
    /^Added 1 Ben & Jerry's Chocolate Fudge Brownie\./,
  );
  expect(await shopper.text('AddToCartIntent', { product: 'folgers classic coffee' })).toMatch(
    /^Did you mean Folgers Classic Roast Ground Coffee, or Folgers Classic Decaf Ground Coffee\?$/,
  );
});

it('"add three" heard as the product "three" adds three of the product in focus', async () => {
  await shopper.say('SearchProductIntent', { query: 'heinz ketchup' });
  expect(await shopper.text('AddToCartIntent', { product: 'three' })).toMatch(
    /^Added 3 Heinz Tomato Ketchup\./,
  );
  expect(lines()).toEqual([['KETCHUP-HEINZ', 3]]);
});

it('a search counts and reads only what matches everything said, and says when nothing does', async () => {
  const text = await shopper.text('SearchProductIntent', { query: 'tillamook cheddar' });
  expect(text).toBe(
    'I found Tillamook Sharp Cheddar, 8 ounces, 3 dollars and 99 cents. Would you like to add it?',
  );
  expect(await shopper.text('SearchProductIntent', { query: 'oat milk shake' })).toMatch(
    /^I don't have oat milk shake, but 3 products come close\. First, Oatly Oat Milk, /,
  );
  expect(shopper.carried.list).toMatchObject({ kind: 'products', total: 3 });
});

it('a detail asked of a product the store does not have is not answered about another one', async () => {
  expect(
    await shopper.text('ProductDetailsIntent', { product: 'dragon fruit brownie', detail: 'price' }),
  ).toBe(
    "I don't have dragon fruit brownie. I do have Ben & Jerry's Chocolate Fudge Brownie for 5 dollars and 99 cents. Want that?",
  );
});
