/**
 * What the shopper hears about the question still open: "which one" counts the choices heard, a
 * "did you mean" question closes when the shopper turns to something else, help's reprompt is the
 * open question's own guidance, hearing the cart before saying yes keeps the order waiting, and a
 * reorder declined does not talk about the cart.
 */
import { linkedSession, TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;
let shopper: TestSession;

beforeEach(async () => {
  world = await createWorld();
  shopper = linkedSession(world);
  await shopper.say('LaunchRequest');
});

it('"which one" offers as many numbers as there are choices', async () => {
  await shopper.say('AddToCartIntent', { product: 'folgers classic coffee' });
  const reply = await shopper.say('YesIntent');
  expect(reply.speech.text).toBe('Which one? Say first or second.');
  expect(reply.reprompt!.text).toBe("Say 'the first one' or 'the second one', or say a word from its name.");
  await shopper.say('SearchProductIntent', { query: 'oat milk' });
  expect(await shopper.text('ProductDetailsIntent', { detail: 'price' })).toBe(
    'Which one? Say first, second, or third.',
  );
});

it('a "did you mean" question the shopper moved on from is closed', async () => {
  await shopper.say('AddToCartIntent', { product: 'folgers classic coffee' });
  await shopper.say('StoreHoursIntent');
  expect(shopper.carried.list).toBeUndefined();
  expect(await shopper.text('YesIntent')).toBe(
    "I wasn't asking a yes or no question just now. What would you like to do?",
  );
  expect(await shopper.text('HelpIntent')).toMatch(/^You can say 'find oat milk'/);
});

it('"yes" after hearing the cart is not taken as choosing a line', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('ReadCartIntent');
  expect(await shopper.text('YesIntent')).toBe(
    "I wasn't asking a yes or no question just now. What would you like to do?",
  );
  expect(await shopper.text('NextIntent')).toBe(
    "That's everything in your cart. Say 'check out' when you're ready, or keep shopping.",
  );
});

it('hearing the cart while the order waits for a yes keeps it waiting, and the yes places it', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas', quantity: '2' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  const cart = await shopper.say('ReadCartIntent');
  expect(cart.speech.text).toBe(
    'You have 2 items: 2 Bananas. The subtotal is 1 dollar and 38 cents. Shall I place the order?',
  );
  expect(cart.reprompt!.text).toMatch(/^Say yes to place the order for /);
  expect(shopper.carried.pending).toMatchObject({ kind: 'order', stage: 'confirm' });
  expect(await shopper.text('YesIntent')).toMatch(/^Your order is placed\./);
  expect(world.orders.all()).toHaveLength(1);
});

it('help after another answer still reprompts with the open list’s or question’s guidance', async () => {
  await shopper.say('SearchProductIntent', { query: 'oat milk' });
  await shopper.say('SpeakSlowerIntent');
  const help = await shopper.say('HelpIntent');
  expect(help.speech.text).toMatch(/^You're in a list of 3 products\./);
  expect(help.reprompt!.text).toBe("Say 'the first one', or a word from its name, like 'the Oatly one'.");
  await shopper.say('SelectItemIntent', { position: 'first' });
  expect((await shopper.say('HelpIntent')).reprompt!.text).toBe(
    "Say 'add it', or 'add two', or ask 'when would it arrive'.",
  );
});

it('"remove that" said again names what is no longer in the cart', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('AddToCartIntent', { product: 'heinz ketchup' });
  await shopper.say('RemoveFromCartIntent');
  expect(await shopper.text('RemoveFromCartIntent')).toBe("I don't see Heinz Tomato Ketchup in your cart.");
  expect(world.carts.peek('cust-1').lines.map((l) => l.sku)).toEqual(['BANANAS']);
});

it('a sold-out product asked about with no list open is not followed by "pick another one"', async () => {
  expect(await shopper.text('ProductDetailsIntent', { product: 'chobani greek yogurt' })).toBe(
    "Chobani Greek Yogurt Plain, 32 ounces, 5 dollars and 99 cents. Chobani Greek Yogurt Plain, 32 oz. Sorry, it's sold out right now. What else would you like?",
  );
});

it('help repeats the open question’s guidance as its reprompt', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('CheckoutIntent');
  const help = await shopper.say('HelpIntent');
  expect(help.reprompt!.text).toBe('Say Standard delivery, Express delivery, or Store pickup.');
  await shopper.say('EmptyCartIntent');
  const yesNo = await shopper.say('HelpIntent');
  expect(yesNo.speech.text).toBe('Say yes to empty your cart, or no to keep it.');
  expect(yesNo.reprompt!.text).toBe("Say 'help' again to hear this, or 'stop' to leave.");
});

it('a declined reorder does not talk about the cart', async () => {
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  await shopper.say('YesIntent');
  await shopper.say('ReorderLastIntent');
  expect(await shopper.text('NoIntent')).toBe("OK, I haven't placed it. What else would you like?");
});

it('the list reprompt gives an example word from the page just heard', async () => {
  const guest = new TestSession(world, { userId: 'guest' });
  const reply = await guest.say('SearchProductIntent', { query: 'coffee' });
  expect(reply.speech.text).toMatch(
    /^I found 3 matches for coffee\. First, Café Bustelo Espresso Ground Coffee, /,
  );
  expect(reply.reprompt!.text).toBe(
    "Say 'the first one', or a word from its name, like 'the Café Bustelo one'.",
  );
  expect(await guest.text('SelectItemIntent', { brand: 'bustelo' })).toMatch(
    /^Café Bustelo Espresso Ground Coffee, /,
  );
  await guest.say('BrowseCategoryIntent', { category: 'dairy' });
  expect(guest.replies.at(-1)!.reprompt!.text).toBe(
    "Say 'the first one', a word from its name like 'the Oatly one', or 'next' to hear more.",
  );
});

describe('names in lists', () => {
  const milk = (sku: string, brand: string, size: string, cents: number) => ({
    sku,
    name: 'Whole Milk',
    brand,
    category: 'dairy',
    size,
    synonyms: [],
    price: { amount: cents, currency: 'USD' },
    stock: 10,
    popularity: 50,
  });

  it('say the brand when the name does not, so two alike stay distinct and "the Horizon one" is heard', async () => {
    const milky = await createWorld({
      products: [
        milk('MILK-HZ', 'Horizon Organic', 'half gallon', 549),
        milk('MILK-CM', 'Corner Market', '1 gallon', 439),
      ],
    });
    const guest = new TestSession(milky, { userId: 'guest' });
    const reply = await guest.say('SearchProductIntent', { query: 'whole milk' });
    expect(reply.speech.text).toBe(
      'I found 2 matches for whole milk. First, Horizon Organic Whole Milk, half gallon, 5 dollars and 49 cents. Second, Corner Market Whole Milk, 1 gallon, 4 dollars and 39 cents. Which one would you like?',
    );
    expect(await guest.text('HelpIntent')).toMatch(/^You're in a list of 2 products\./);
    expect(await guest.text('SelectItemIntent', { brand: 'horizon' })).toMatch(
      /^Horizon Organic Whole Milk, half gallon, 5 dollars and 49 cents\./,
    );
  });

  it('help for a "did you mean" question says how to answer it, not how to page a list', async () => {
    await shopper.say('AddToCartIntent', { product: 'folgers classic coffee' });
    expect(await shopper.text('HelpIntent')).toBe(
      "Say 'the first one' or 'the second one', or say a word from its name.",
    );
  });
});
