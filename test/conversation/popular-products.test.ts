/**
 * "What are your best sellers", "what do you recommend", "what's popular in dairy": the store's most
 * popular products (an aisle's when one is named), in stock first, read as a list the shopper picks
 * from by voice. Resolved by the console's stand-in for Alexa and answered by the real skill on
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

describe('what sells best', () => {
  it.each(['what are your best sellers', 'what do you recommend', "what's popular right now"])(
    '"%s" reads the most popular products, three at a time, to pick from',
    async (words) => {
      const shopper = await stack.shopper(`popular-${words.length}`);
      const heard = await shopper.say(words);
      expect(heard.intent).toBe('PopularProductsIntent');
      expect(heard.speech).toMatch(/^Here's what sells best\. The top 3 are: First, Corner Market Bananas, /);
      expect(heard.speech).toMatch(/Or say 'next' for more\.$/);
    },
  );

  it('a product picked from the list can be added by voice', async () => {
    const shopper = await stack.shopper('popular-pick');
    await shopper.say('what are your best sellers');
    await shopper.say('add the second one');
    expect(await stack.cart('popular-pick')).toEqual([['DAI-028', 1]]);
  });

  it('"what\'s popular in dairy" reads the dairy aisle, most popular first', async () => {
    const shopper = await stack.shopper('popular-dairy');
    const heard = await shopper.say("what's popular in dairy");
    expect(heard.speech).toMatch(
      /^Here's what sells best in dairy\. The top 3 are: First, Corner Market Large White Eggs, .* Second, Corner Market 2% Reduced Fat Milk/,
    );
  });
});
