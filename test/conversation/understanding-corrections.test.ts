/**
 * Corrections as shoppers say them right after a change, and requests wrapped in the polite,
 * indirect and first-person words people put around them: each resolved by the console's stand-in
 * for Alexa against the interaction model and answered by the real skill on DynamoDB Local.
 */
import { createSpokenStack, type Heard, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

/** A new shopper, named after the group and what is said, says the setup lines and then the words. */
async function sayAfter(
  group: string,
  setup: readonly string[],
  words: string,
): Promise<Heard & { id: string }> {
  const id = `${group}-${words.replace(/\W+/g, '-')}`;
  const shopper = await stack.shopper(id);
  for (const line of setup) await shopper.say(line);
  return { ...(await shopper.say(words)), id };
}

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

describe('"cancel" right after a change', () => {
  it('"cancel that" after an add takes the product back out, says so and keeps the session open', async () => {
    const shopper = await stack.shopper('cancel-that');
    await shopper.say('find eggs');
    await shopper.say('add the first one');
    expect(await stack.cart('cancel-that')).toEqual([['DAI-028', 1]]);
    const heard = await shopper.say('cancel that');
    expect(heard.intent).toBe('AMAZON.CancelIntent');
    expect(heard.speech).toMatch(/^OK, I took Large White Eggs back out\. Your cart is empty now\./);
    expect(heard.ended).toBe(false);
    expect(await stack.cart('cancel-that')).toEqual([]);
    const again = await shopper.say('cancel');
    expect(again.ended).toBe(true);
  });

  it('"cancel" after a cart question, with nothing just changed, ends the session and keeps the cart', async () => {
    const shopper = await stack.shopper('cancel-later');
    await shopper.say('add bananas');
    await shopper.say("what's in my cart");
    const heard = await shopper.say('cancel');
    expect(heard.ended).toBe(true);
    expect(heard.speech).toMatch(/stay in your cart/);
    expect(await stack.cart('cancel-later')).toEqual([['PRO-001', 1]]);
  });
});

describe('a correction that picks from the list still open', () => {
  it('"i said the first one" after taking the second back offers the first and adds nothing', async () => {
    const shopper = await stack.shopper('said-first');
    await shopper.say('find peanut butter');
    await shopper.say('add the second one');
    await shopper.say("no that's not what i wanted");
    expect(await stack.cart('said-first')).toEqual([]);
    const heard = await shopper.say('i said the first one');
    expect(heard.intent).toBe('UndoIntent');
    expect(heard.speech).toMatch(/^I found Jif Creamy Peanut Butter.*Would you like to add it\?/);
    expect(await stack.cart('said-first')).toEqual([]);
    await shopper.say('yes');
    expect(await stack.cart('said-first')).toEqual([['PAN-018', 1]]);
  });
});

describe('something to do, heard where a product goes', () => {
  it.each(["i'd like to change something", 'i want to check something'])(
    '"%s" says what was not understood and the help, and offers no product',
    async (words) => {
      const heard = await sayAfter('action', [], words);
      expect(heard.speech).toMatch(
        /^Sorry, I didn't understand "to (change|check) something"\. You can say /,
      );
      expect(heard.speech).not.toMatch(/Want that\?|Did you mean/);
      expect(await stack.cart(heard.id)).toEqual([]);
    },
  );
});

describe('a count corrected while "did you mean A or B?" is open', () => {
  it('"no i said two" after "add three apples" asks again for two, and the pick adds two', async () => {
    const shopper = await stack.shopper('count-while-asked');
    await shopper.say('add three apples');
    const heard = await shopper.say('no i said two');
    expect(heard.speech).toMatch(/^OK, 2\. Did you mean Gala Apples, or Honeycrisp Apples\?/);
    expect(await stack.cart('count-while-asked')).toEqual([]);
    expect((await shopper.say('the gala ones')).speech).toMatch(/^Added 2 Gala Apples\./);
  });
});

describe('"no, the other one" after picking one of two', () => {
  it.each(['no i meant the other one', 'no the other ones', 'i wanted the other one'])(
    '"%s" takes the pick back out and adds the other of the two, as many',
    async (words) => {
      const heard = await sayAfter('other', ['add two apples', 'the honeycrisp ones'], words);
      expect(heard.intent).toBe('UndoIntent');
      expect(heard.speech).toMatch(/^OK, I took Honeycrisp Apples back out\. Added 2 Gala Apples\./);
      const lines = await stack.cart(heard.id);
      expect(lines).toHaveLength(1);
      expect(lines[0]?.[1]).toBe(2);
    },
  );

  it('"undo" afterwards takes the other back out too, leaving the cart empty', async () => {
    const shopper = await stack.shopper('other-undo');
    await shopper.say('add milk');
    await shopper.say('whole milk');
    expect((await shopper.say('no i meant the other one')).speech).toMatch(/Added 1 2% Reduced Fat Milk\./);
    expect((await shopper.say('undo')).speech).toMatch(/^OK, I took 2% Reduced Fat Milk back out\./);
    expect(await stack.cart('other-undo')).toEqual([]);
  });
});

describe('requests in the words around them', () => {
  it.each([
    ['can you read me my shopping cart', 'ReadCartIntent', /^You have 1 item: 1 Bananas/],
    ['i need to know if you deliver', 'DeliveryInfoIntent', /deliver/i],
    ['could you please confirm if you do pickup', 'DeliveryInfoIntent', /deliver|pick/i],
    ['i wanna get some eggs', 'AddToCartIntent', /Eggs/],
  ])('"%s" reaches %s', async (utterance, intent, reply) => {
    const heard = await sayAfter('around', ['add bananas'], utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.speech).toMatch(reply);
  });

  it('"from my cart remove the bananas" removes the bananas and nothing else', async () => {
    const shopper = await stack.shopper('from-my-cart');
    await shopper.say('add bananas');
    await shopper.say('add cheerios');
    const heard = await shopper.say('from my cart remove the bananas');
    expect(heard.intent).toBe('RemoveFromCartIntent');
    expect(await stack.cart('from-my-cart')).toEqual([['BRK-003', 1]]);
  });

  it('"give me everything that\'s in my cart" reads the cart rather than adding Everything Bagels', async () => {
    const shopper = await stack.shopper('everything-in-cart');
    await shopper.say('add bananas');
    const heard = await shopper.say("give me everything that's in my cart");
    expect(heard.intent).toBe('ReadCartIntent');
    expect(await stack.cart('everything-in-cart')).toEqual([['PRO-001', 1]]);
  });
});

describe('about the list just heard', () => {
  it.each([
    ['anything cheaper', 'CheapestProductIntent', /^I found Almond Breeze Unsweetened Almond Milk/],
    ['what was the second one', 'SelectItemIntent', /Silk Vanilla Almond Milk/],
    ['read me the list again', 'AMAZON.RepeatIntent', /^I found 2 matches for almond milk/],
    ['are these organic', 'ProductDetailsIntent', /^Which one\?/],
  ])('"%s" reaches %s about the open list', async (utterance, intent, reply) => {
    const heard = await sayAfter('list', ['do you have almond milk'], utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.speech).toMatch(reply);
  });

  it('"wait no just one" after adding three sets the line to one', async () => {
    const shopper = await stack.shopper('just-one');
    await shopper.say('add three bananas');
    expect(await stack.cart('just-one')).toEqual([['PRO-001', 3]]);
    const heard = await shopper.say('wait no just one');
    expect(heard.intent).toBe('SetQuantityIntent');
    expect(await stack.cart('just-one')).toEqual([['PRO-001', 1]]);
  });

  it('"just one is fine" after adding three, with no delivery question open, is a count and no delivery option', async () => {
    const shopper = await stack.shopper('one-is-fine');
    await shopper.say('add three bananas');
    const heard = await shopper.say('just one is fine');
    expect(heard.speech).toMatch(/^You now have 1 Bananas\./);
    expect(await stack.cart('one-is-fine')).toEqual([['PRO-001', 1]]);
  });
});

describe('store questions and goodbyes in everyday words', () => {
  it.each([
    ["can i get a refund if it's bad", 'ReturnPolicyIntent', /return/],
    ["what's your return policy on produce", 'ReturnPolicyIntent', /return/],
  ])('"%s" reaches %s and adds nothing', async (utterance, intent, reply) => {
    const heard = await sayAfter('store', [], utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.speech).toMatch(reply);
    expect(await stack.cart(heard.id)).toEqual([]);
  });

  it('"that\'s all for today thank you" closes the shopping with the cart read', async () => {
    const shopper = await stack.shopper('thank-you');
    await shopper.say('add bananas');
    const heard = await shopper.say("that's all for today thank you");
    expect(heard.intent).toBe('DoneShoppingIntent');
    expect(heard.speech).toMatch(/Your cart has 1 item/);
  });
});

describe('the order and the cart named in passing', () => {
  it('"the cheapest one" after "did you mean A or B?" picks the cheaper of the two, not the whole store', async () => {
    const shopper = await stack.shopper('cheaper-of-two');
    expect((await shopper.say('and a gallon of milk')).speech).toMatch(/^Did you mean/);
    const heard = await shopper.say('the cheapest one');
    expect(heard.intent).toBe('CheapestProductIntent');
    expect(heard.speech).toMatch(/^I found Corner Market 2% Reduced Fat Milk.*Would you like to add it\?/);
    expect(await stack.cart('cheaper-of-two')).toEqual([]);
  });

  it('"add some bananas to that order" is about the order, and the cart is left alone', async () => {
    const shopper = await stack.shopper('to-that-order');
    const heard = await shopper.say('add some bananas to that order');
    expect(heard.intent).toBe('AddToOrderIntent');
    expect(await stack.cart('to-that-order')).toEqual([]);
  });

  it.each([
    ["what's my total come to", 'CartTotalIntent', /21 dollars and 98 cents|total/],
    ['i want to talk to somebody about my order', 'TalkToPersonIntent', /get back to you/],
    ['can i still change it', 'AddToOrderIntent', /any orders yet/],
  ])('"%s" reaches %s', async (utterance, intent, reply) => {
    const heard = await sayAfter('passing', ['add bananas'], utterance);
    expect(heard.intent).toBe(intent);
    expect(heard.speech).toMatch(reply);
  });
});

describe('words that only fit an open slot', () => {
  it('"what are the ingredients in the third one" is a question about the third product, not a way to call back', async () => {
    const shopper = await stack.shopper('ingredients-third');
    await shopper.say('what kind of bread do you have');
    const heard = await shopper.say('what are the ingredients in the third one');
    expect(heard.intent).toBe('ProductDetailsIntent');
    expect(heard.speech).toMatch(/^Gluten free sandwich bread\./);
  });

  it('words naming no way back and no time of day, said as a call-back answer, are not taken as "call me"', async () => {
    const shopper = await stack.shopper('not-a-way-back');
    expect((await shopper.say('i want to talk to a person')).speech).toMatch(
      /call you, or send you a message/,
    );
    const heard = await shopper.say('a purple monkey in the attic');
    expect(heard.intent).toBe('ContactPreferenceIntent');
    expect(heard.speech).toMatch(/^Sorry/);
    expect((await shopper.say('call me in the evening')).speech).toMatch(/call you in the evening/);
  });

  it('"how many slices are in it" asks about the bread in focus instead of searching for slices', async () => {
    const shopper = await stack.shopper('slices');
    await shopper.say('what kind of bread do you have');
    await shopper.say('the third one');
    const heard = await shopper.say('how many slices are in it');
    expect(heard.speech).toMatch(/Canyon Bakehouse/);
  });

  it('"hi there" is answered with what the shop can do', async () => {
    const shopper = await stack.shopper('hi-there');
    const heard = await shopper.say('hi there');
    expect(heard.intent).toBe('AMAZON.HelpIntent');
    expect(heard.speech).toMatch(/You can say/);
  });
});

describe('choosing and asking in a list of two', () => {
  it('"which one\'s the best deal" offers the cheaper, and "i\'ll get the bounty" adds the one named', async () => {
    const shopper = await stack.shopper('best-deal');
    await shopper.say('can you find me some paper towels');
    const deal = await shopper.say("which one's the best deal");
    expect(deal.intent).toBe('CheapestProductIntent');
    expect(deal.speech).toMatch(/^I found Corner Market Paper Towels/);
    const heard = await shopper.say("i'll get the bounty");
    expect(heard.intent).toBe('AddToCartIntent');
    expect(heard.speech).toMatch(/^Added 1 Select-A-Size Paper Towels/);
  });

  it('"my last order was missing the eggs" reports missing eggs rather than looking for a product "last order"', async () => {
    const shopper = await stack.shopper('missing-eggs');
    const heard = await shopper.say('my last order was missing the eggs');
    expect(heard.intent).toBe('ReportProblemIntent');
    expect(heard.speech).toMatch(/eggs/);
    expect(heard.speech).not.toMatch(/last order in your/);
  });

  it('"i don\'t want it delivered i\'ll pick it up" chooses pickup, with nothing removed from the cart', async () => {
    const shopper = await stack.shopper('pick-up-instead');
    await shopper.say('add bananas');
    const heard = await shopper.say("i don't want it delivered i'll pick it up");
    expect(heard.intent).toBe('ChooseDeliveryIntent');
    expect(heard.speech).toMatch(/Store pickup/);
    expect(await stack.cart('pick-up-instead')).toEqual([['PRO-001', 1]]);
  });
});

describe('last time, times of day and the speed of speech in everyday words', () => {
  it.each([
    ['can i get the same stuff as last time', 'ReorderLastIntent'],
    ['just the milk from last time', 'BuyAgainIntent'],
    ['how much was my last order', 'LastOrderIntent'],
    ['can you tell me my order number', 'LastOrderIntent'],
    ['whoa whoa slow down', 'SpeakSlowerIntent'],
    ["you're going way too fast for me", 'SpeakSlowerIntent'],
    ['you can go back to normal now', 'NormalSpeedIntent'],
  ])('"%s" reaches %s and nothing enters the cart', async (utterance, intent) => {
    const heard = await sayAfter('everyday', [], utterance);
    expect(heard.intent).toBe(intent);
    expect(await stack.cart(heard.id)).toEqual([]);
  });

  it('"in the afternoon works", answering how to be reached, records the afternoon', async () => {
    const shopper = await stack.shopper('afternoon-works');
    await shopper.say('can someone call me back');
    const heard = await shopper.say('in the afternoon works');
    expect(heard.intent).toBe('ContactPreferenceIntent');
    expect(heard.speech).toMatch(/ticket number is .*in the afternoon/);
  });
});

describe('what the shopper does not want', () => {
  it('"do you have any cereal without sugar" lists cereals and never offers sugar', async () => {
    const shopper = await stack.shopper('without-sugar');
    const heard = await shopper.say('do you have any cereal without sugar');
    expect(heard.intent).toBe('SearchProductIntent');
    expect(heard.speech).toMatch(/Cheerios/);
    expect(heard.speech).not.toMatch(/Sugar/);
  });
});

describe('moving on through a list', () => {
  it('"what else is there" reads the next page, and "how about toilet paper" searches for it', async () => {
    const shopper = await stack.shopper('what-else');
    await shopper.say('find bread');
    const next = await shopper.say('what else is there');
    expect(next.intent).toBe('AMAZON.NextIntent');
    expect(next.speech).toMatch(/^Fourth,/);
    const other = await shopper.say('how about toilet paper');
    expect(other.intent).toBe('SearchProductIntent');
    expect(other.speech).toMatch(/matches for toilet paper/);
  });
});

describe('one product heard, and requests after a word of thanks', () => {
  it('"how much is the first one" after a search that found one product is about that product', async () => {
    const shopper = await stack.shopper('only-one-first');
    expect((await shopper.say('hey can you help me find some dish soap')).speech).toMatch(/^I found Dawn/);
    const heard = await shopper.say('how much is the first one');
    expect(heard.speech).toMatch(/^Dawn Ultra Dish Soap Original costs 3 dollars and 99 cents/);
    expect((await shopper.say('what size is the second one')).speech).toMatch(/no list open/);
  });

  it('"can you also throw in some sponges" adds the sponges, and "perfect let\'s check out" checks out', async () => {
    const shopper = await stack.shopper('also-sponges');
    const added = await shopper.say('can you also throw in some sponges');
    expect(added.intent).toBe('AddToCartIntent');
    expect(added.speech).toMatch(/^Added 1 Non-Scratch Sponges/);
    const checkout = await shopper.say("perfect let's check out");
    expect(checkout.intent).toBe('CheckoutIntent');
    expect(checkout.speech).toMatch(/^How would you like your order/);
  });
});

describe('a correction that is only a count, or answers an open question', () => {
  it.each(['no i said two', 'i said two not three'])(
    '"%s" right after "Added 1 Bananas" makes it two bananas',
    async (words) => {
      const heard = await sayAfter('count-fix', ['add bananas'], words);
      expect(heard.intent).toBe('UndoIntent');
      expect(heard.speech).toMatch(/^You now have 2 Bananas\./);
      expect(await stack.cart(heard.id)).toEqual([['PRO-001', 2]]);
    },
  );

  it('"no i meant the honeycrisp" answers "did you mean Gala or Honeycrisp?" with the count asked, keeping what came before', async () => {
    const heard = await sayAfter(
      'meant-choice',
      ['add bananas', 'add 3 apples'],
      'no i meant the honeycrisp',
    );
    expect(heard.speech).toMatch(/^Added 3 Honeycrisp Apples\./);
    expect((await stack.cart(heard.id)).sort()).toEqual([
      ['PRO-001', 1],
      ['PRO-004', 3],
    ]);
  });

  it('"undo" while "did you mean" is open undoes the last change and closes the question', async () => {
    const shopper = await stack.shopper('undo-choice');
    await shopper.say('add bananas');
    await shopper.say('add 3 apples');
    expect((await shopper.say('undo')).speech).toMatch(/^OK, I took Bananas back out\./);
    expect((await shopper.say('the first one')).speech).toMatch(/^There's no list open/);
    expect(await stack.cart('undo-choice')).toEqual([]);
  });
});

describe('crossing off and forgetting', () => {
  it('"cross off the eggs" removes the eggs; "delete it all" asks before emptying, and "no" keeps the cart', async () => {
    const shopper = await stack.shopper('cross-off');
    await shopper.say('add bananas');
    await shopper.say('add large white eggs');
    expect((await shopper.say('cross off the eggs')).speech).toMatch(/^Removed Large White Eggs\./);
    const all = await shopper.say('delete it all');
    expect(all.speech).toBe('Remove everything from your cart?');
    await shopper.say('no');
    expect(await stack.cart('cross-off')).toEqual([['PRO-001', 1]]);
    expect((await shopper.say('forget my cart')).speech).toBe('Remove everything from your cart?');
  });
});
