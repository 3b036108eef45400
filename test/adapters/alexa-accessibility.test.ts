/**
 * Accessibility rules of DESIGN.md section 8, checked on real responses in every locale, each on the
 * demo store that serves it: scripted shoppers (one anonymous, one linked) say every intent of the
 * locale's model, in the states where it matters (nothing
 * open, a list open, a product chosen, a cart, a pending checkout), and every response must be
 * well-formed SSML within Alexa's limits, offer at most three products, give every question a
 * reprompt that adds guidance, and say anything a card shows.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { LOCALES } from '../../lambda/conversation/locales/registry';
import { demoStoreServing } from '../../lambda/local/demo/demo-stores';
import { AlexaSession, alexaUserId, type TestSlot } from '../support/alexa-envelopes';
import { readInteractionModel } from '../support/alexa-model';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { responseProblems, wordsOf } from '../support/alexa-ssml';

type Step = readonly [intent: string, slots?: Readonly<Record<string, TestSlot>>];

const id = (value: string, slotId = value): TestSlot => ({ value, id: slotId, name: value });

/** The products and names a store's shoppers ask for in the scripts below. */
interface Words {
  /** A search with more than three matches. */
  readonly many: string;
  readonly cheapest: string;
  /** A product to buy, found by search. */
  readonly buy: string;
  readonly fruit: string;
  readonly detail: string;
  readonly brand: string;
  readonly category: string;
}

const WORDS: Readonly<Record<string, Words>> = {
  us: {
    many: 'milk',
    cheapest: 'paper towels',
    buy: 'coffee',
    fruit: 'bananas',
    detail: 'oat milk',
    brand: 'Silk',
    category: 'dairy',
  },
  uk: {
    many: 'milk',
    cheapest: 'kitchen roll',
    buy: 'tea',
    fruit: 'bananas',
    detail: 'oat drink',
    brand: 'Cravendale',
    category: 'dairy',
  },
  india: {
    many: 'milk',
    cheapest: 'biscuits',
    buy: 'tea',
    fruit: 'onions',
    detail: 'paneer',
    brand: 'Amul',
    category: 'dairy',
  },
};

/** An anonymous shopper browsing, filling and emptying a cart, and asking the store. */
const browsing = (w: Words): readonly Step[] => [
  ['AMAZON.HelpIntent'],
  ['AMAZON.NextIntent'],
  ['AMAZON.YesIntent'],
  ['SearchProductIntent', { query: w.many }],
  ['CheapestProductIntent', { query: w.cheapest }],
  ['SearchProductIntent', { query: w.many }],
  ['AMAZON.HelpIntent'],
  ['AMAZON.NextIntent'],
  ['AMAZON.NextIntent'],
  ['AMAZON.PreviousIntent'],
  ['AMAZON.RepeatIntent'],
  ['SelectItemIntent', { position: '2' }],
  ['ProductDetailsIntent', { detail: id('price') }],
  ['ProductDetailsIntent', { detail: id('size') }],
  ['ProductDetailsIntent', { detail: id('stock') }],
  ['ProductDetailsIntent', { detail: id('delivery') }],
  ['ProductDetailsIntent', { detail: id('description') }],
  ['ProductStockIntent'],
  ['AddToCartIntent', { quantity: '2' }],
  ['AddToCartIntent'],
  ['AddToCartIntent', { quantity: '500' }],
  ['AddToCartIntent', { quantity: '0' }],
  ['BrowseCategoryIntent', { category: id(w.category) }],
  ['SelectItemIntent', { brand: id(w.brand, w.brand.toLowerCase()) }],
  ['AMAZON.SelectIntent', { ListPosition: { value: '1', id: '1' } }],
  ['AddToCartIntent', { product: id(w.fruit), quantity: '6', unit: id('bunch') }],
  ['AddToCartIntent', { product: id('dragon fruit jerky') }],
  ['ReadCartIntent'],
  ['SetQuantityIntent', { product: id(w.fruit), quantity: '3' }],
  ['InCartIntent', { product: id(w.fruit) }],
  ['FewerIntent'],
  ['CartTotalIntent'],
  ['RemoveFromCartIntent'],
  ['ProductDetailsIntent', { product: id(w.detail) }],
  ['EmptyCartIntent'],
  ['AMAZON.NoIntent'],
  ['EmptyCartIntent'],
  ['AMAZON.YesIntent'],
  ['ReadCartIntent'],
  ['CheckoutIntent'],
  ['StoreHoursIntent'],
  ['ReturnPolicyIntent'],
  ['WarrantyIntent'],
  ['PopularProductsIntent'],
  ['SubstitutionPolicyIntent'],
  ['StoreLocationIntent'],
  ['DeliveryInfoIntent'],
  ['PaymentInfoIntent'],
  ['ContactInfoIntent'],
  ['SpeakFasterIntent'],
  ['SpeakSlowerIntent'],
  ['NormalSpeedIntent'],
  ['AMAZON.FallbackIntent'],
  ['AMAZON.StartOverIntent'],
  ['AMAZON.NavigateHomeIntent'],
  ['TalkToPersonIntent'],
  ['DeliveryRequestIntent'],
  ['AddToCartIntent', { product: id(w.buy) }],
  ['CheckoutIntent'],
  ['AMAZON.CancelIntent'],
];

/** A linked shopper who buys, tracks, cancels, reorders, sets a voice code and is asked for it. */
const buying = (w: Words): readonly Step[] => [
  ['SearchProductIntent', { query: w.buy }],
  ['SelectItemIntent', { position: '1' }],
  ['AddToCartIntent'],
  ['CheckoutIntent'],
  ['ChooseDeliveryIntent', { deliveryOption: id('express') }],
  ['AMAZON.NoIntent'],
  ['CheckoutIntent'],
  ['ChooseDeliveryIntent', { deliveryOption: id('pick up', 'pickup') }],
  ['AMAZON.YesIntent'],
  ['OrderStatusIntent'],
  ['OrderStatusIntent', { orderNumber: '12345678' }],
  ['AddToOrderIntent', { product: id('coffee') }],
  ['ReportProblemIntent', { product: id('coffee'), problem: id('broken') }],
  ['ReturnStatusIntent'],
  ['TalkToPersonIntent'],
  ['ContactPreferenceIntent', { method: id('call'), daypart: id('morning') }],
  ['CancelOrderIntent'],
  ['AMAZON.YesIntent'],
  ['LastOrderIntent'],
  ['RecentOrdersIntent'],
  ['ReorderLastIntent'],
  ['AMAZON.NoIntent'],
  ['OrderUsualIntent'],
  ['AMAZON.NoIntent'],
  ['BuyAgainIntent', { product: id(w.buy) }],
  ['AMAZON.NoIntent'],
  ['SetVoiceCodeIntent', { code: '2468' }],
  ['AMAZON.YesIntent'],
  ['SearchProductIntent', { query: w.cheapest }],
  ['SelectItemIntent', { position: '1' }],
  ['AddToCartIntent', { quantity: '2' }],
  ['CheckoutIntent'],
  ['ChooseDeliveryIntent', { deliveryOption: id('standard') }],
  ['AMAZON.YesIntent'],
  ['VoiceCodeIntent', { code: '1111' }],
  ['VoiceCodeIntent', { code: '2468' }],
  ['AddToCartIntent', { product: id(w.fruit) }],
  ['UndoIntent'],
  ['UndoIntent', { product: w.fruit }],
  ['OrderStatusIntent'],
  ['CancelItIntent'],
  ['AMAZON.NoIntent'],
  ['DoneShoppingIntent'],
  ['MyDataIntent'],
  ['DeleteMyDataIntent'],
  ['AMAZON.NoIntent'],
  ['AMAZON.StopIntent'],
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many of a catalog's products a sentence names (each mention once, longest names first). */
function productCounter(catalogPath: string): (text: string) => number {
  const names = parse<{ name: string }>(readFileSync(catalogPath), { columns: true })
    .map((row) => row.name)
    .sort((a, b) => b.length - a.length);
  const patterns = names.map((name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'g'));
  return (text) => {
    let count = 0;
    for (const pattern of patterns) text = text.replace(pattern, () => ((count += 1), ' '));
    return count;
  };
}

interface Exchange {
  readonly said: string;
  readonly response: ResponseEnvelope;
}

describe.each(Object.keys(LOCALES))('accessibility over real responses in %s', (locale) => {
  const store = demoStoreServing(locale);
  const words = WORDS[store.name]!;
  const productsNamed = productCounter(store.catalogPath);
  let stack: AlexaStack;
  const exchanges: Exchange[] = [];

  async function play(session: AlexaSession, steps: readonly Step[]): Promise<void> {
    exchanges.push({ said: 'LaunchRequest', response: await session.launch() });
    for (const [intent, slots = {}] of steps) {
      exchanges.push({
        said: `${intent} ${JSON.stringify(slots)}`,
        response: await session.say(intent, slots),
      });
    }
  }

  beforeAll(async () => {
    stack = await createAlexaStack(undefined, {}, store);
    await play(new AlexaSession(stack.skill, { userId: alexaUserId(), locale }), browsing(words));
    const token = await stack.devToken('alexa-a11y-buyer');
    const buyer = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken: token, locale });
    await play(buyer, buying(words));
  }, 120_000);

  afterAll(async () => {
    await stack.drop();
  });

  it('exercised every intent of the model', () => {
    const said = new Set(exchanges.map((exchange) => exchange.said.split(' ')[0]));
    const model = readInteractionModel(locale).interactionModel.languageModel.intents.map(
      (intent) => intent.name,
    );
    expect(model.filter((name) => !said.has(name))).toEqual([]);
  });

  it('answers every turn with well-formed SSML under the size limits', () => {
    const bad = exchanges
      .map(({ said, response }) => ({ said, problems: responseProblems(response) }))
      .filter(({ problems }) => problems.length > 0);
    expect(bad).toEqual([]);
    expect(exchanges.every(({ response }) => wordsOf(response).speech.length > 0)).toBe(true);
  });

  it('never offers more than three products in one response', () => {
    const crowded = exchanges
      .map(({ said, response }) => ({
        said,
        named: productsNamed(wordsOf(response).speech),
        speech: wordsOf(response).speech,
      }))
      .filter(({ named }) => named > 3);
    expect(crowded).toEqual([]);
    expect(exchanges.some(({ response }) => productsNamed(wordsOf(response).speech) === 3)).toBe(true);
  });

  it('gives every open question a reprompt that adds guidance instead of repeating it', () => {
    const open = exchanges.filter(({ response }) => response.response.shouldEndSession === false);
    expect(open.length).toBeGreaterThan(60);
    const weak = open
      .map(({ said, response }) => ({ said, ...wordsOf(response) }))
      .filter(
        ({ speech, reprompt }) => reprompt.length === 0 || speech === reprompt || speech.includes(reprompt),
      );
    expect(weak).toEqual([]);
  });

  it('says everything a card shows: an order card repeats a number that was spoken', () => {
    const carded = exchanges.filter(({ response }) => response.response.card?.type === 'Simple');
    expect(carded.length).toBeGreaterThan(0);
    for (const { response } of carded) {
      const title = (response.response.card as { title: string }).title;
      for (const number of title.match(/\d{4,}/g) ?? []) expect(wordsOf(response).speech).toContain(number);
    }
  });

  it('ends only when the shopper leaves, with nothing left to answer', () => {
    const ended = exchanges.filter(({ response }) => response.response.shouldEndSession === true);
    for (const { response } of ended) expect(response.response.reprompt).toBeUndefined();
    expect(ended.map(({ said }) => said.split(' ')[0])).toEqual(
      expect.arrayContaining(['AMAZON.CancelIntent', 'AMAZON.StopIntent']),
    );
  });
});
