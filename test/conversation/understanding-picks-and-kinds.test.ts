/**
 * A shopper picking by a word they would use ("the crunchy one", "the salted kind", "the smooth
 * one" for a label that says Creamy), naming a kind of product that is not the one in focus
 * ("butter" after Peanut Butter), saying "never mind" to a question about adding, and speaking of
 * shopping in general ("I need to get some groceries"), and delivery asked about with nothing chosen:
 * each resolved by the console's stand-in for Alexa and answered by the real skill on DynamoDB Local,
 * the cart checked after every turn.
 */
import { createSpokenStack, type SpokenStack } from '../support/spoken-session';

let stack: SpokenStack;

beforeAll(async () => {
  stack = await createSpokenStack();
});

afterAll(async () => {
  await stack.drop();
});

describe('picking from what was just heard by a word', () => {
  it('"which of those is the crunchy one" offers the crunchy peanut butter, adding nothing', async () => {
    const shopper = await stack.shopper('crunchy-one');
    await shopper.say('hi there, do you folks have any peanut butter');
    const heard = await shopper.say('which of those is the crunchy one');
    expect(heard.intent).toBe('SelectItemIntent');
    expect(heard.speech).toMatch(/^Skippy Crunchy Peanut Butter, .* Would you like to add it\?/);
    expect(await stack.cart('crunchy-one')).toEqual([]);
    await shopper.say('ok toss that in my cart');
    expect(await stack.cart('crunchy-one')).toEqual([['PAN-019', 1]]);
  });

  it('"the salted kind" answers "did you mean Salted Butter Sticks or Unsalted Butter?" with the salted one', async () => {
    const shopper = await stack.shopper('salted-kind');
    const asked = await shopper.say('add butter');
    expect(asked.speech).toMatch(/^Did you mean Salted Butter Sticks, or Unsalted Butter\?/);
    await shopper.say('the salted kind');
    expect(await stack.cart('salted-kind')).toEqual([['DAI-018', 1]]);
  });

  it('"oh shoot i meant the smooth one" takes the crunchy one back out and offers the creamy one', async () => {
    const shopper = await stack.shopper('smooth-one');
    await shopper.say('find peanut butter');
    await shopper.say('add the crunchy one');
    expect(await stack.cart('smooth-one')).toEqual([['PAN-019', 1]]);
    const heard = await shopper.say('oh shoot i meant the smooth one');
    expect(heard.speech).toMatch(/^OK, I took Crunchy Peanut Butter back out\. .*Jif Creamy Peanut Butter/);
    expect(await stack.cart('smooth-one')).toEqual([]);
  });
});

describe('a kind of product is not the product in focus', () => {
  it('"and some butter" after hearing about Creamy Peanut Butter looks for butter and adds nothing', async () => {
    const shopper = await stack.shopper('some-butter');
    await shopper.say('find creamy peanut butter');
    const heard = await shopper.say('and some butter');
    expect(heard.speech).not.toMatch(/Added/);
    expect(heard.speech).toMatch(/Salted Butter Sticks/);
    expect(await stack.cart('some-butter')).toEqual([]);
  });

  it('of three peanut butters heard, a bare "butter" picks none of them', async () => {
    const shopper = await stack.shopper('butter-of-three');
    await shopper.say('find peanut butter');
    await shopper.say('add butter');
    expect(await stack.cart('butter-of-three')).toEqual([]);
  });

  it('in the cart, "the milk" is still the milk there', async () => {
    const shopper = await stack.shopper('cart-milk');
    await shopper.say('add oat milk');
    await shopper.say("what's in my cart");
    await shopper.say('remove the milk');
    expect(await stack.cart('cart-milk')).toEqual([]);
  });

  it('"hey i need to get some groceries" asks what to add, with a product in focus untouched', async () => {
    const shopper = await stack.shopper('groceries');
    await shopper.say('find bananas');
    const heard = await shopper.say('hey i need to get some groceries');
    expect(heard.speech).toMatch(/^What would you like to add\?/);
    expect(await stack.cart('groceries')).toEqual([]);
  });

  it('"i need some stuff" asks what to find instead of searching for "some stuff"', async () => {
    const shopper = await stack.shopper('stuff');
    const heard = await shopper.say('i need some stuff');
    expect(heard.speech).toMatch(/^What are you looking for\?/);
    expect(heard.speech).not.toMatch(/stuff/);
    await shopper.say('the first one');
    expect(await stack.cart('stuff')).toEqual([]);
  });
});

describe('"never mind" to a question about adding', () => {
  it('drops "did you mean A or B?": nothing added, the session goes on, and "yes" then adds nothing', async () => {
    const shopper = await stack.shopper('never-mind-choice');
    await shopper.say('add butter');
    const heard = await shopper.say('never mind');
    expect(heard.speech).toMatch(/^OK, I didn't add it\. What else would you like\?/);
    expect(heard.ended).toBe(false);
    await shopper.say('the first one');
    expect(await stack.cart('never-mind-choice')).toEqual([]);
  });

  it('drops "would you like to add it?" the same way', async () => {
    const shopper = await stack.shopper('never-mind-add');
    expect((await shopper.say('find creamy peanut butter')).speech).toMatch(/Would you like to add it\?/);
    const heard = await shopper.say('never mind');
    expect(heard.speech).toMatch(/^OK, I didn't add it\./);
    expect(heard.ended).toBe(false);
    await shopper.say('yes');
    expect(await stack.cart('never-mind-add')).toEqual([]);
  });

  it('"forget about the eggs" to "did you mean" about eggs drops the question, removing nothing', async () => {
    const shopper = await stack.shopper('forget-eggs');
    await shopper.say('add bananas');
    expect((await shopper.say('put a dozen eggs on there')).speech).toMatch(/^Did you mean Large White Eggs/);
    const heard = await shopper.say('forget about the eggs');
    expect(heard.speech).toMatch(/^OK, I didn't add it\./);
    expect(await stack.cart('forget-eggs')).toEqual([['PRO-001', 1]]);
  });

  it('with those eggs already in the cart, "remove the eggs" still removes them', async () => {
    const shopper = await stack.shopper('remove-eggs-asked');
    await shopper.say('add large white eggs');
    await shopper.say('add eggs');
    await shopper.say('remove the eggs');
    expect(await stack.cart('remove-eggs-asked')).toEqual([]);
  });

  it('with no question open, "cancel" still ends the session', async () => {
    const shopper = await stack.shopper('cancel-leaves');
    await shopper.say('what time do you close');
    expect((await shopper.say('cancel')).ended).toBe(true);
  });
});

describe('delivery asked about, not chosen', () => {
  it('"when could it come" with nothing in focus tells when an order would come', async () => {
    const shopper = await stack.shopper('when-could-it-come');
    const heard = await shopper.say('when could it come');
    expect(heard.speech).toMatch(/^If you order now, you can have standard delivery/);
    expect(heard.ended).toBe(false);
  });

  it('a long question that holds "free" starts no checkout and leaves the cart as it was', async () => {
    const shopper = await stack.shopper('free-question');
    await shopper.say('add bananas');
    const heard = await shopper.say('what do i have to buy to get free delivery');
    expect(heard.intent).toBe('ChooseDeliveryIntent');
    expect(heard.speech).toMatch(/^I don't know that delivery option\. You can choose /);
    expect(heard.speech).not.toMatch(/link your account|Shall I place/);
    expect(await stack.cart('free-question')).toEqual([['PRO-001', 1]]);
  });
});

describe('a product said alone, as the answer to "what would you like?"', () => {
  it('"bananas" after the welcome adds bananas, and "some cheese" after "anything else?" asks which', async () => {
    const shopper = await stack.shopper('said-alone');
    const added = await shopper.say('bananas');
    expect(added.speech).toMatch(/^Added 1 Bananas\./);
    const asked = await shopper.say('some cheese');
    expect(asked.speech).toMatch(/\?/);
    expect(await stack.cart('said-alone')).toEqual([['PRO-001', 1]]);
  });

  it('"a dozen" with nothing in focus asks what to add, and adds nothing', async () => {
    const shopper = await stack.shopper('a-dozen');
    const heard = await shopper.say('a dozen');
    expect(heard.speech).toMatch(/^What would you like to add\?/);
    expect(await stack.cart('a-dozen')).toEqual([]);
  });
});

describe('repairs a shopper makes by ear', () => {
  it('"no not that one" to "did you mean A or B?" keeps the question open for the one meant', async () => {
    const shopper = await stack.shopper('not-that-one');
    await shopper.say('i want milk');
    const heard = await shopper.say('no not that one');
    expect(heard.speech).toMatch(/^Say 'the first one' or 'the second one'/);
    await shopper.say('the whole milk');
    expect(await stack.cart('not-that-one')).toEqual([['DAI-001', 1]]);
  });

  it('"how much was it" about what was just added answers without offering to add another', async () => {
    const shopper = await stack.shopper('price-of-added');
    await shopper.say('add bananas');
    const heard = await shopper.say('how much was it');
    expect(heard.speech).toMatch(/1 dollar and 49 cents\. What else would you like\?$/);
    await shopper.say('ok yes');
    expect(await stack.cart('price-of-added')).toEqual([['PRO-001', 1]]);
  });
});
