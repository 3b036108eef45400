/**
 * The voice console's utterance resolution against the real en-US interaction model: samples with
 * slots, numbers in words and digits, ordinals, four-digit codes, synonyms resolved to ids (and
 * words kept with ER_SUCCESS_NO_MATCH), search queries, built-in intents, ties, and the fallback;
 * then each rule that keeps the console a faithful stand-in for Alexa, on its own.
 */
import { loadInteractionModel } from '../../lambda/local/console/interaction-model';
import { parseInvocation } from '../../lambda/local/console/invocation';
import { buildUtteranceMatcher, type Resolution } from '../../lambda/local/console/utterance-matcher';

const model = loadInteractionModel('en-US');
const matcher = buildUtteranceMatcher(model);

/** The resolution as intent + { slot: value or value→id or value→NO_MATCH }. */
function heard(utterance: string): { intent: string; slots: Record<string, string> } {
  const resolution: Resolution = matcher.resolve(utterance);
  const slots: Record<string, string> = {};
  for (const slot of resolution.slots) {
    const er = slot.resolution;
    slots[slot.name] =
      er?.status === 'ER_SUCCESS_MATCH'
        ? `${slot.value}→${er.id}`
        : er
          ? `${slot.value}→NO_MATCH`
          : slot.value;
  }
  return { intent: resolution.intent, slots };
}

describe('utterance resolution', () => {
  it.each([
    ['do you have oat milk', 'SearchProductIntent', { query: 'oat milk' }],
    ['find organic gluten free bread', 'SearchProductIntent', { query: 'organic gluten free bread' }],
    ['um do you have eggs please', 'SearchProductIntent', { query: 'eggs' }],
    ['kindly find some bread', 'SearchProductIntent', { query: 'some bread' }],
    ['add two oat milk', 'AddToCartIntent', { quantity: '2', product: 'oat milk→oat-milk' }],
    [
      'add twenty one bananas to my cart',
      'AddToCartIntent',
      { quantity: '21', product: 'bananas→bananas', cartName: 'cart→cart' },
    ],
    ['add 3 oatmilk', 'AddToCartIntent', { quantity: '3', product: 'oatmilk→oat-milk' }],
    ['add a gallon of milk', 'AddToCartIntent', { unit: 'gallon→gallon', product: 'milk→milk' }],
    ['add unicorn dust', 'AddToCartIntent', { product: 'unicorn dust→NO_MATCH' }],
    ["i'll take three", 'AddToCartIntent', { quantity: '3' }],
    ['change the milk to two', 'SetQuantityIntent', { product: 'milk→milk', quantity: '2' }],
    ['make it a hundred and five', 'SetQuantityIntent', { quantity: '105' }],
    ['the second one', 'SelectItemIntent', { position: '2' }],
    ['second', 'SelectItemIntent', { position: '2' }],
    ['the 3rd one', 'SelectItemIntent', { position: '3' }],
    ['the oatly one', 'SelectItemIntent', { brand: 'oatly→oatly' }],
    ["what's in my cart", 'ReadCartIntent', { cartName: 'cart→cart' }],
    ['whats in my cart', 'ReadCartIntent', { cartName: 'cart→cart' }],
    ['what is in my cart', 'ReadCartIntent', { cartName: 'cart→cart' }],
    [
      'how much is the oatmilk',
      'ProductDetailsIntent',
      { detail: 'much→price', product: 'oatmilk→oat-milk' },
    ],
    ['when would it arrive', 'ProductDetailsIntent', { detail: 'arrive→delivery' }],
    ['cheapest paper towels', 'CheapestProductIntent', { query: 'paper towels' }],
    ['browse fruit and veg', 'BrowseCategoryIntent', { category: 'fruit and veg→produce' }],
    ["what's in the dairy aisle", 'BrowseCategoryIntent', { category: 'dairy→dairy' }],
    ['next day', 'ChooseDeliveryIntent', { deliveryOption: 'next day→standard' }],
    ['store pickup', 'ChooseDeliveryIntent', { deliveryOption: 'store pickup→pickup' }],
    ['pick it up', 'ChooseDeliveryIntent', { deliveryOption: 'pick it up→pickup' }],
    ['1234', 'VoiceCodeIntent', { code: '1234' }],
    ['one two three four', 'VoiceCodeIntent', { code: '1234' }],
    ['my code is nineteen eighty four', 'VoiceCodeIntent', { code: '1984' }],
    ['track order one hundred and five', 'OrderStatusIntent', { orderNumber: '105' }],
    ['buy coffee again', 'BuyAgainIntent', { product: 'coffee→coffee' }],
    ['cancel my order', 'CancelOrderIntent', {}],
    ["i'm done", 'CheckoutIntent', {}],
  ])('"%s" is %s %j', (utterance, intent, slots) => {
    expect(heard(utterance)).toEqual({ intent, slots });
  });

  it.each([
    ['help', 'AMAZON.HelpIntent'],
    ['what can i say', 'AMAZON.HelpIntent'],
    ['alexa help', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['yes please', 'AMAZON.YesIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
  ])('"%s" reaches the built-in %s', (utterance, intent) => {
    expect(heard(utterance)).toEqual({ intent, slots: {} });
  });

  it('breaks ties by the words the sample explains: a resolved number and product beat a free capture', () => {
    expect(matcher.resolve('add two oat milk').sample).toBe('add {quantity} {product}');
    expect(matcher.resolve('yes please').intent).toBe('AMAZON.YesIntent');
    expect(matcher.resolve('next').intent).toBe('AMAZON.NextIntent');
  });

  it('sends what matches nothing to the fallback, as Alexa does', () => {
    for (const utterance of ['blah blah', 'tell me a joke', 'purple', 'uh', 'what a day']) {
      expect(matcher.resolve(utterance)).toEqual({ intent: 'AMAZON.FallbackIntent', slots: [] });
    }
  });

  it('takes a product said alone, as the answer to "what would you like?", only when it is a listed one', () => {
    expect(heard('bananas')).toEqual({ intent: 'AddToCartIntent', slots: { product: 'bananas→bananas' } });
    expect(heard('some cheese').intent).toBe('AddToCartIntent');
    expect(heard('purple').intent).toBe('AMAZON.FallbackIntent');
  });

  it('never fills a slot-only sample with words its type does not know', () => {
    expect(heard('purple').intent).not.toBe('ChooseDeliveryIntent');
    expect(heard('twelve').intent).not.toBe('VoiceCodeIntent');
  });

  it('recognises opening the skill and one-shot requests by its invocation name', () => {
    expect(parseInvocation('open voice shop', model.invocationName)).toEqual({ kind: 'launch' });
    expect(parseInvocation('Alexa, launch voice shop', model.invocationName)).toEqual({ kind: 'launch' });
    expect(parseInvocation('ask voice shop to find oat milk', model.invocationName)).toEqual({
      kind: 'one-shot',
      request: 'find oat milk',
    });
    expect(parseInvocation("ask voice shop what's in my cart", model.invocationName)).toEqual({
      kind: 'one-shot',
      request: "what's in my cart",
    });
    expect(parseInvocation('open the fridge', model.invocationName)).toBeUndefined();
  });
});

describe("the stand-in's rules (what Alexa would plausibly send, no more)", () => {
  it('custom slot types are open: any words fill them, kept with ER_SUCCESS_NO_MATCH', () => {
    expect(heard('the weather in paris')).toEqual({
      intent: 'SelectItemIntent',
      slots: { itemName: 'weather in paris→NO_MATCH' },
    });
    expect(heard('tell me about the second one')).toEqual({
      intent: 'ProductDetailsIntent',
      slots: { product: 'second one→NO_MATCH' },
    });
  });

  it('a listed value or synonym resolves to its id only as listed: no plural of our own making', () => {
    expect(heard('add oat drink').slots).toEqual({ product: 'oat drink→oat-milk' });
    expect(heard('add two oatmilks').slots).toEqual({ quantity: '2', product: 'oatmilks→NO_MATCH' });
  });

  it('the sample that matches the most words literally wins, listed slot values counting as literal', () => {
    expect(matcher.resolve('add a gallon of milk').sample).toBe('add a {unit} of {product}');
    expect(matcher.resolve('pick it up').sample).toBe('{deliveryOption}');
    expect(matcher.resolve('add the oatly one').sample).toBe('add the {brand} one');
  });

  it('breaks a tie in literal words by the slots resolved', () => {
    expect(heard('the second one')).toEqual({ intent: 'SelectItemIntent', slots: { position: '2' } });
  });

  it("lets one intent's carrier phrase take words meant for another when no sample of that one fits", () => {
    expect(heard('show me my receipt')).toEqual({
      intent: 'ReadCartIntent',
      slots: { cartName: 'receipt→NO_MATCH' },
    });
  });

  it('fills a sample that is only a custom slot with listed values only', () => {
    expect(heard('oatly')).toEqual({ intent: 'SelectItemIntent', slots: { brand: 'oatly→oatly' } });
    expect(heard('express')).toEqual({
      intent: 'ChooseDeliveryIntent',
      slots: { deliveryOption: 'express→express' },
    });
    expect(heard('cheddar biscuits').intent).toBe('AMAZON.FallbackIntent');
  });

  it('fills AMAZON.NUMBER, AMAZON.Ordinal and AMAZON.FOUR_DIGIT_NUMBER only with what they name, as digits', () => {
    expect(heard('give me three')).toEqual({ intent: 'AddToCartIntent', slots: { quantity: '3' } });
    expect(heard('add a couple bottles').slots).not.toHaveProperty('quantity');
    expect(heard('add three more')).toEqual({ intent: 'AddToCartIntent', slots: { quantity: '3' } });
    expect(heard('the last one').slots).not.toHaveProperty('position');
    // "number two" is a pick by its number (a NUMBER slot), never an ordinal heard in "two".
    expect(heard('number two')).toEqual({ intent: 'SelectItemIntent', slots: { listNumber: '2' } });
    expect(heard('my code is twelve').intent).not.toBe('VoiceCodeIntent');
    expect(heard('my code is one two three four')).toEqual({
      intent: 'VoiceCodeIntent',
      slots: { code: '1234' },
    });
  });

  it('looks past hesitations, and past words that only fill when reading without them fits better', () => {
    expect(heard('uh, add it')).toEqual({ intent: 'AddToCartIntent', slots: {} });
    expect(heard('ok add it')).toEqual({ intent: 'AddToCartIntent', slots: {} });
    expect(heard('add, um, two eggs').slots).toEqual({ quantity: '2', product: 'eggs→eggs' });
    expect(heard('actually make that two')).toEqual({
      intent: 'SetQuantityIntent',
      slots: { quantity: '2' },
    });
    expect(heard('so what time do you close')).toEqual({ intent: 'StoreHoursIntent', slots: {} });
    expect(heard("well, what's in my cart")).toEqual({
      intent: 'ReadCartIntent',
      slots: { cartName: 'cart→cart' },
    });
    expect(heard('ok')).toEqual({ intent: 'AMAZON.YesIntent', slots: {} });
    expect(heard('yes please')).toEqual({ intent: 'AMAZON.YesIntent', slots: {} });
  });

  it('looks past a polite frame around a request, its words counted as understood', () => {
    expect(heard('would you connect me with customer support').intent).toBe('TalkToPersonIntent');
    expect(heard('go ahead and find band aids')).toEqual({
      intent: 'SearchProductIntent',
      slots: { query: 'band aids' },
    });
    // Counted as understood, the frame outweighs a carrier phrase that would swallow the rest.
    expect(heard('i need you to stop').intent).toBe('AMAZON.StopIntent');
    expect(heard('i wanna read back my cart').intent).toBe('ReadCartIntent');
    expect(heard('put bananas in my cart if you can')).toEqual({
      intent: 'AddToCartIntent',
      slots: { product: 'bananas→bananas', cartName: 'cart→cart' },
    });
    // A sample that holds the frame itself still wins whole.
    expect(heard('can you deliver today').intent).toBe('DeliveryInfoIntent');
    // With nothing after it that fits, the frame alone is not understood.
    expect(heard('could you do the thing').intent).toBe('AMAZON.FallbackIntent');
  });

  it('looks past a frame before a question in its embedded order, only where a question word follows', () => {
    expect(heard('can you tell me where my order is').intent).toBe('OrderStatusIntent');
    expect(heard('i was wondering what time you close').intent).toBe('StoreHoursIntent');
    expect(heard('do you know if you deliver on sundays').intent).toBe('DeliveryInfoIntent');
    expect(heard("i'd like to know how much my cart comes to").intent).toBe('CartTotalIntent');
    expect(heard('wondering if you have tortillas')).toEqual({
      intent: 'SearchProductIntent',
      slots: { query: 'tortillas' },
    });
    // Without a question word after it, "tell me" frames nothing: "a joke" is not a product.
    expect(heard('tell me a joke').intent).toBe('AMAZON.FallbackIntent');
    // "quick question" only opens the question that follows.
    expect(heard('quick question, do you take cash').intent).toBe('PaymentInfoIntent');
  });

  it('looks past openers before a request and tags after it, only where the request is', () => {
    expect(heard("alright, i'm all done here")).toEqual({ intent: 'DoneShoppingIntent', slots: {} });
    expect(heard('hi there, what time do you close')).toEqual({ intent: 'StoreHoursIntent', slots: {} });
    // A complaint said first only opens the request after it.
    expect(heard("this isn't working, where's my order").intent).toBe('OrderStatusIntent');
    expect(heard("you're not listening, add two bananas").slots).toEqual({
      quantity: '2',
      product: 'bananas→bananas',
    });
    expect(heard('oops, remove the eggs')).toEqual({
      intent: 'RemoveFromCartIntent',
      slots: { product: 'eggs→eggs' },
    });
    expect(heard('and add two bananas').slots).toEqual({ quantity: '2', product: 'bananas→bananas' });
    expect(heard('how much is my cart right now')).toEqual({
      intent: 'CartTotalIntent',
      slots: { cartName: 'cart→cart' },
    });
    expect(heard("what's the damage so far")).toEqual({ intent: 'CartTotalIntent', slots: {} });
    // Inside the request the same words stay: a product, a sample's own words.
    expect(heard('add cool whip').slots.product).toBe('cool whip→NO_MATCH');
    expect(heard('no wait undo that')).toEqual({ intent: 'UndoIntent', slots: {} });
    expect(heard("that's it, go ahead and check out")).toEqual({ intent: 'CheckoutIntent', slots: {} });
    expect(heard('yeah get me the first one').intent).toBe('AddToCartIntent');
    expect(heard('first thing, add some milk').slots).toEqual({ product: 'milk→milk' });
    expect(heard("good morning, what's in my cart")).toEqual({
      intent: 'ReadCartIntent',
      slots: { cartName: 'cart→cart' },
    });
    expect(heard("thank you that's all")).toEqual({ intent: 'DoneShoppingIntent', slots: {} });
    expect(heard("that'll be all for today thank you")).toEqual({ intent: 'DoneShoppingIntent', slots: {} });
    expect(heard('what is the total i think').intent).toBe('CartTotalIntent');
    expect(heard('now can i check out').intent).toBe('CheckoutIntent');
    expect(heard('whoa, wrong item').intent).toBe('UndoIntent');
    // The longest opener is cut whole: "i'm done shopping", not "i'm done" leaving "shopping".
    expect(heard("i'm done shopping, let's pay").intent).toBe('CheckoutIntent');
    expect(heard('throw some eggs on my order too').intent).toBe('AddToOrderIntent');
    // An opener that can also start the request is tried both ways.
    expect(heard("perfect, that's everything for now")).toEqual({ intent: 'DoneShoppingIntent', slots: {} });
    // Said alone, an opener is what it is.
    expect(heard('yeah')).toEqual({ intent: 'AMAZON.YesIntent', slots: {} });
    expect(heard("that's it").intent).toBe('DoneShoppingIntent');
    expect(heard('hello')).toEqual({ intent: 'AMAZON.HelpIntent', slots: {} });
    // With nothing left that fits, it is still not understood.
    expect(heard('what do you have here').intent).toBe('AMAZON.FallbackIntent');
  });
});
