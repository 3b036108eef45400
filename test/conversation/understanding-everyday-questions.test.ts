/**
 * Everyday questions in words the first samples did not hold, each resolved by the console's
 * stand-in for Alexa against the interaction model and answered by the real skill on DynamoDB Local
 * with the demo store: what the cart costs and holds ("how much have i spent so far", "run through
 * my cart"), taking the last change back ("no i didn't want that"), checking out after a closing
 * word, leaving for later ("i'll come back later"), a product's price, stock and details ("what are the eggs going for", "are you out of
 * eggs"), opening hours, how soon and from what amount the store delivers, what happens when
 * something is out of stock, questions asked in a frame ("can you tell me where my order is"), an order's status
 * ("how long until my order gets here") and last week's order again; and picking, adding and
 * counting in new words ("number two", "yeah i'll take it", "i need 3 of them", "that's too many",
 * "pick up some bananas for me", "i forgot the eggs"); and a need said in place of a product
 * ("something for a headache"), moving through a list ("read the rest", "go back one"), and yes
 * and no in everyday words ("yeah that's fine", "maybe later").
 */
import {
  createSpokenStack,
  type Heard,
  type SpokenSession,
  type SpokenStack,
} from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

let shoppers = 0;
async function shopperAfter(setup: readonly string[]): Promise<SpokenSession> {
  shoppers += 1;
  const shopper = await stack.shopper(`everyday-${shoppers}`);
  for (const words of setup) {
    expect((await shopper.say(words)).intent).not.toBe('AMAZON.FallbackIntent');
  }
  return shopper;
}

/** What a new shopper heard saying the words after the setup, having checked the intent they reached. */
async function reached(setup: readonly string[], words: string, intent: string): Promise<Heard> {
  const heard = await (await shopperAfter(setup)).say(words);
  expect(heard.intent).toBe(intent);
  return heard;
}

/** The cart of the shopper made last, as [sku, quantity] lines. */
const cartNow = () => stack.cart(`everyday-${shoppers}`);

const WITH_BANANAS = ['add bananas'];
const WITH_OAT_MILK = ['find oat milk', 'the first one'];

describe('what the cart costs and holds', () => {
  it.each([
    'how much have i spent so far',
    'how much is this gonna cost me',
    'how much will all this cost me',
    'and how much is that all together',
    "what's my total now",
    'sum it up',
    'what does it all add up to',
    "what's the final total",
    'how much do i have to pay',
  ])('"%s" says the total', async (words) => {
    const heard = await reached(WITH_BANANAS, words, 'CartTotalIntent');
    expect(heard.speech).toMatch(/^Your total so far is 1 dollar and 49 cents for 1 item/);
  });

  it.each([
    'run through my cart',
    'remind me what i have',
    'what did i add so far',
    'check cart',
    "and what's in my cart",
    "what's in my cart now",
    'my cart',
    'pull up my cart',
    'recite my list',
    'what am i buying',
    'is my cart empty',
    "how's my cart looking",
    'cart summary',
  ])('"%s" reads the cart', async (words) => {
    const heard = await reached(WITH_BANANAS, words, 'ReadCartIntent');
    expect(heard.speech).toMatch(/^You have 1 item: 1 Bananas\./);
  });
});

describe('taking back, checking out and leaving', () => {
  it.each([
    "no i didn't want that",
    'forget that last one',
    "wait that's wrong",
    "oops i didn't mean that",
    'put it back the way it was',
  ])('"%s" right after an add takes it back and says so', async (words) => {
    const shopper = await shopperAfter(WITH_BANANAS);
    const heard = await shopper.say(words);
    expect(heard.intent).toBe('UndoIntent');
    expect(heard.speech).toMatch(/^OK, I took Bananas back out\. Your cart is empty now\./);
    expect(await cartNow()).toEqual([]);
  });

  it.each([
    "i'm done let's check out",
    "that's everything let's check out",
    'go ahead and place it',
    "let's get this order going",
    'take my order',
    "that's my order",
    'get it delivered',
    'how do i place an order',
  ])('"%s" starts checkout by asking how the order should come, and places nothing yet', async (words) => {
    const heard = await reached(WITH_BANANAS, words, 'CheckoutIntent');
    expect(heard.speech).toMatch(/^How would you like your order: standard delivery/);
    expect(await cartNow()).toEqual([['PRO-001', 1]]);
  });

  it.each(["i'll come back later", 'let me think about it', 'gotta run'])(
    '"%s" leaves, saying the cart is kept',
    async (words) => {
      const heard = await reached(WITH_BANANAS, words, 'AMAZON.StopIntent');
      expect(heard.speech).toBe('Your 1 item will stay in your cart for next time. Goodbye.');
      expect(heard.ended).toBe(true);
      expect(await cartNow()).toEqual([['PRO-001', 1]]);
    },
  );
});

describe('a product: its price, stock and details', () => {
  it.each(['what does that cost', 'what is that going for', 'how much does that run'])(
    '"%s" says the price of the product in focus',
    async (words) => {
      const heard = await reached(WITH_OAT_MILK, words, 'ProductDetailsIntent');
      expect(heard.speech).toMatch(/^Oatly Oat Milk Original.* 5 dollars and 99 cents/);
    },
  );

  it.each(['more about that one', 'read me the label', 'what brand', 'where is it from'])(
    '"%s" describes the product in focus and adds nothing',
    async (words) => {
      const heard = await reached(WITH_OAT_MILK, words, 'ProductDetailsIntent');
      expect(heard.speech).toContain('Oatly Oat Milk Original, half gallon');
      expect(heard.speech).toContain('Creamy oat drink made from Swedish oats');
      expect(await cartNow()).toEqual([]);
    },
  );

  it.each(['are you out of eggs', 'did you run out of eggs', 'are eggs sold out'])(
    '"%s" asks which eggs before saying the stock',
    async (words) => {
      const heard = await reached([], words, 'ProductStockIntent');
      expect(heard.speech).toMatch(/^Did you mean Large White Eggs, or Organic Brown Eggs\?$/);
    },
  );
});

describe('the store', () => {
  it.each(['are you open', 'are you guys open right now', 'is the store open'])(
    '"%s" says the opening hours',
    async (words) => {
      const heard = await reached([], words, 'StoreHoursIntent');
      expect(heard.speech).toMatch(/^Today we're open from 7 AM to 10 PM\./);
    },
  );

  it.each([
    'how soon can you get it to me',
    'can it come today',
    'is there a minimum',
    'how late do you deliver',
  ])('"%s" says the delivery options, their prices and the free-delivery amount', async (words) => {
    const heard = await reached([], words, 'DeliveryInfoIntent');
    expect(heard.speech).toMatch(
      /^If you order now, you can have standard delivery for 4 dollars and 99 cents/,
    );
    expect(heard.speech).toContain('free on orders of 35 dollars or more');
  });

  it.each([
    'what happens if something is out of stock',
    'do you guys do substitutions',
    "what if you're out of the oat milk i want",
    'can i tell you not to substitute',
  ])('"%s" reads the store\'s substitution policy', async (words) => {
    const heard = await reached([], words, 'SubstitutionPolicyIntent');
    expect(heard.speech).toMatch(
      /^If something you ordered is out of stock when we pack your order, we pick/,
    );
  });
});

describe('questions asked in a frame', () => {
  it.each([
    ['can you tell me where my order is', 'OrderStatusIntent'],
    ['i was wondering what time you close', 'StoreHoursIntent'],
    ['do you know if you deliver on sundays', 'DeliveryInfoIntent'],
    ["i'd like to know how much my cart comes to", 'CartTotalIntent'],
    ['could you tell me if you take cash', 'PaymentInfoIntent'],
  ])('"%s" reaches %s', async (words, intent) => {
    await reached(WITH_BANANAS, words, intent);
  });
});

describe('reaching the store and paying', () => {
  it.each(['how can i reach you', "what's the store's number"])(
    '"%s" gives the store\'s number',
    async (words) => {
      const heard = await reached([], words, 'ContactInfoIntent');
      expect(heard.speech).toMatch(/^You can call Corner Market at /);
    },
  );

  it.each(['can i pay by card', 'can i use my card'])(
    '"%s" says the shopper pays on delivery and never gives card details by voice',
    async (words) => {
      const heard = await reached([], words, 'PaymentInfoIntent');
      expect(heard.speech).toMatch(/^You pay when your order arrives, or when you pick it up;/);
    },
  );
});

describe('speed and finishing', () => {
  it.each(['can you say that slower', "you're going too quick", 'take it slow'])(
    '"%s" slows the speech down',
    async (words) => {
      const heard = await reached([], words, 'SpeakSlowerIntent');
      expect(heard.speech).toMatch(/^OK, I'll speak more slowly\./);
    },
  );

  it.each(["we're finished", "i think that'll do"])(
    '"%s" with bananas in the cart says the cart and offers checkout',
    async (words) => {
      const heard = await reached(WITH_BANANAS, words, 'DoneShoppingIntent');
      expect(heard.speech).toBe('OK. Your cart has 1 item, 1 dollar and 49 cents. Shall I check out?');
    },
  );
});

describe('orders', () => {
  async function withOrder(): Promise<SpokenSession> {
    const shopper = await shopperAfter(['add bananas', 'check out', 'standard delivery']);
    expect((await shopper.say('yes')).speech).toMatch(/^Your order is placed\./);
    return shopper;
  }

  it.each([
    'how long until my order gets here',
    "what's the status on it",
    'is it on its way yet',
    "where's the driver",
    'what time is it coming',
    'how do i track my order',
  ])('"%s" after placing an order says where that order is', async (words) => {
    const heard = await (await withOrder()).say(words);
    expect(heard.speech).toMatch(/^Order \d+ has been placed\. It's expected tomorrow\./);
  });

  it.each(['can i still cancel', 'i changed my mind cancel my order'])(
    '"%s" asks to confirm cancelling the order just placed',
    async (words) => {
      const heard = await (await withOrder()).say(words);
      expect(heard.intent).toBe('CancelOrderIntent');
      expect(heard.speech).toMatch(
        /^Cancel order \d+ for 6 dollars and 71 cents\? You have \d+ minutes left to cancel\.$/,
      );
    },
  );

  it('"get me what i got last week" offers the last order again', async () => {
    const shopper = await withOrder();
    const heard = await shopper.say('get me what i got last week');
    expect(heard.intent).toBe('ReorderLastIntent');
    expect(heard.speech).toMatch(/Bananas/);
  });
});

describe('picking, adding and counting', () => {
  it.each([
    ['number two', 'Oatly Oat Milk Barista Edition'],
    ['option three', 'Corner Market Oat Milk Unsweetened'],
    ["let's go with number one", 'Oatly Oat Milk Original'],
  ])('"%s" in a list picks that item and offers it, adding nothing', async (words, name) => {
    const heard = await reached(['find oat milk'], words, 'SelectItemIntent');
    expect(heard.speech).toMatch(new RegExp(`^${name}, .* Would you like to add it\\?$`));
    expect(await cartNow()).toEqual([]);
  });

  it('"yeah i\'ll take it" adds the product just offered, "i need 3 of them" and "that\'s too many" change its count', async () => {
    const shopper = await shopperAfter(['find oat milk', 'number two']);
    expect((await shopper.say("yeah i'll take it")).speech).toMatch(/^Added 1 Oat Milk Barista Edition\./);
    expect((await shopper.say('i need 3 of them')).speech).toMatch(
      /^You now have 3 Oat Milk Barista Edition\./,
    );
    expect((await shopper.say("that's too many")).speech).toMatch(
      /^You now have 2 Oat Milk Barista Edition\./,
    );
    expect(await cartNow()).toEqual([['DAI-008', 2]]);
  });

  it('"spaghetti one pack" (the product, then its count and package) adds one spaghetti', async () => {
    const heard = await reached([], 'spaghetti one pack', 'AddToCartIntent');
    expect(heard.speech).toMatch(/^Added 1 Spaghetti\./);
    expect(await cartNow()).toEqual([['PAN-001', 1]]);
  });

  it('"more bananas" from a shopper with no linked account adds bananas; "increase it to four" makes it four', async () => {
    const guest = await stack.guest();
    const more = await guest.say('more bananas');
    expect(more.intent).toBe('BuyAgainIntent');
    expect(more.speech).toMatch(/^Added 1 Bananas\./);
    const four = await guest.say('increase it to four');
    expect(four.intent).toBe('SetQuantityIntent');
    expect(four.speech).toMatch(/^You now have 4 Bananas\./);
  });

  it('"pick up some bananas for me" adds bananas; "i forgot the eggs" asks which eggs', async () => {
    const shopper = await shopperAfter([]);
    expect((await shopper.say('pick up some bananas for me')).speech).toMatch(/^Added 1 Bananas\./);
    const eggs = await shopper.say('i forgot the eggs');
    expect(eggs.intent).toBe('AddToCartIntent');
    expect(eggs.speech).toBe('Did you mean Large White Eggs, or Organic Brown Eggs?');
    expect(await cartNow()).toEqual([['PRO-001', 1]]);
  });
});

describe('a choice made in passing', () => {
  it.each(["whatever's cheapest", 'just give me the cheapest one'])(
    '"%s" in a list offers its cheapest product, adding nothing',
    async (words) => {
      const heard = await reached(['find oat milk'], words, 'CheapestProductIntent');
      expect(heard.speech).toMatch(
        /^I found Corner Market Oat Milk Unsweetened, .*3 dollars and 99 cents\. Would you like to add it\?$/,
      );
      expect(await cartNow()).toEqual([]);
    },
  );

  it.each(['i mean the second one', 'the second one is fine'])(
    '"%s" in a list picks the second item',
    async (words) => {
      const heard = await reached(['find oat milk'], words, 'SelectItemIntent');
      expect(heard.speech).toMatch(/^Oatly Oat Milk Barista Edition, /);
    },
  );

  it('"can you just add bananas" adds them', async () => {
    const heard = await (await shopperAfter([])).say('can you just add bananas');
    expect(heard.speech).toMatch(/^Added 1 Bananas\./);
    expect(await cartNow()).toEqual([['PRO-001', 1]]);
  });
});

describe('asking for a product in more words', () => {
  it.each(['do you happen to have hummus', 'i wonder if you have hummus', 'you got hummus'])(
    '"%s" offers the hummus, adding nothing',
    async (words) => {
      const heard = await reached([], words, 'SearchProductIntent');
      expect(heard.speech).toMatch(/^I found Sabra Hummus Classic, .* Would you like to add it\?$/);
      expect(await cartNow()).toEqual([]);
    },
  );

  it.each(['write down bananas', 'bananas on my list', "i'm gonna need bananas"])(
    '"%s" adds bananas',
    async (words) => {
      const heard = await reached([], words, 'AddToCartIntent');
      expect(heard.speech).toMatch(/^Added 1 Bananas\./);
    },
  );
});

describe('a need said in place of a product', () => {
  it('"something for a headache" lists the pain relievers', async () => {
    const heard = await reached([], 'something for a headache', 'SearchProductIntent');
    expect(heard.speech).toMatch(/^I found 3 matches for headache\. First, Advil Ibuprofen/);
    expect(heard.speech).toContain('Tylenol Acetaminophen Extra Strength');
  });

  it('"i need something for my cold" offers the cold medicine, not cold brew coffee', async () => {
    const heard = await (await shopperAfter([])).say('i need something for my cold');
    expect(heard.speech).toMatch(/^I found Vicks NyQuil Nighttime Cold and Flu Relief, /);
  });
});

describe('moving through a list', () => {
  it('"read the rest" reads the next page, "go back one" the one before, "what were the options again" repeats it', async () => {
    const shopper = await shopperAfter(['find coffee']);
    const rest = await shopper.say('read the rest');
    expect(rest.intent).toBe('AMAZON.NextIntent');
    expect(rest.speech).toMatch(/^Fourth, /);
    const back = await shopper.say('go back one');
    expect(back.intent).toBe('AMAZON.PreviousIntent');
    expect(back.speech).toMatch(/^First, /);
    const again = await shopper.say('what were the options again');
    expect(again.intent).toBe('AMAZON.RepeatIntent');
    expect(again.speech).toBe(back.speech);
  });
});

describe('yes and no in everyday words', () => {
  it.each(["yeah that's fine", 'you bet'])('"%s" to "would you like to add it?" adds it', async (words) => {
    const heard = await reached(WITH_OAT_MILK, words, 'AMAZON.YesIntent');
    expect(heard.speech).toMatch(/^Added 1 Oat Milk Original\./);
    expect(await cartNow()).toEqual([['DAI-007', 1]]);
  });

  it.each(['maybe later', "no that's okay", 'not right now'])(
    '"%s" to "would you like to add it?" adds nothing',
    async (words) => {
      const heard = await reached(WITH_OAT_MILK, words, 'AMAZON.NoIntent');
      expect(heard.speech).not.toMatch(/Added/);
      expect(await cartNow()).toEqual([]);
    },
  );
});
