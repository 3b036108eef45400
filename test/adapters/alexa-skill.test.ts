/**
 * The real Alexa skill over the real conversation and services, on DynamoDB Local with the demo
 * store: request envelopes in, response JSON out (speech, reprompt, shouldEndSession, cards,
 * directives, session attributes), and what the turns left in the table.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import {
  AlexaSession,
  alexaUserId,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
} from '../support/alexa-envelopes';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { responseProblems, wordsOf } from '../support/alexa-ssml';
import { storedStock } from '../support/commerce-fixtures';

let stack: AlexaStack;

beforeAll(async () => {
  stack = await createAlexaStack();
});

afterAll(async () => {
  await stack.drop();
});

const ssmlOf = (response: ResponseEnvelope): string =>
  (response.response.outputSpeech as { ssml: string }).ssml;

function expectValid(response: ResponseEnvelope): void {
  expect(responseProblems(response)).toEqual([]);
}

describe('the Alexa skill on the demo store', () => {
  it('greets a new shopper, keeps the microphone open and starts the dialog state', async () => {
    const response = await stack.skill.invoke(launchRequest({ userId: alexaUserId() }), {});
    expectValid(response);
    const { speech, reprompt } = wordsOf(response);
    expect(speech).toMatch(/^Welcome to Corner Market\./);
    expect(reprompt.length).toBeGreaterThan(0);
    expect(reprompt).not.toBe(speech);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.response.card).toBeUndefined();
    expect(Object.keys(response.sessionAttributes ?? {})).toEqual(['state']);
  });

  it('searches, pages, selects by ordinal and adds two, carrying the list in the session', async () => {
    const session = new AlexaSession(stack.skill, { userId: alexaUserId() });
    await session.launch();
    const found = await session.say('SearchProductIntent', { query: 'oat milk' });
    expectValid(found);
    expect(wordsOf(found).speech).toMatch(
      /^I found \d+ matches for oat milk\. The top 3 are: First, Oatly Oat Milk/,
    );
    expect(found.sessionAttributes?.state).toBeDefined();

    const more = await session.say('AMAZON.NextIntent');
    expect(wordsOf(more).speech).toMatch(/^Fourth, /);
    const back = await session.say('AMAZON.PreviousIntent');
    expect(wordsOf(back).speech).toContain('First, Oatly Oat Milk Original');

    const chosen = await session.say('SelectItemIntent', { position: '1' });
    expect(wordsOf(chosen).speech).toMatch(/^Oatly Oat Milk Original/);
    const added = await session.say('AddToCartIntent', { quantity: '2' });
    expectValid(added);
    expect(wordsOf(added).speech).toMatch(
      /^Added 2 Oat Milk Original\. Your cart has 2 items, 11 dollars and 98 cents\./,
    );

    const cart = await session.say('ReadCartIntent');
    expect(wordsOf(cart).speech).toContain('2 Oat Milk Original');
    expect(cart.response.shouldEndSession).toBe(false);
  });

  it('asks an unlinked shopper to link the account at checkout, with a LinkAccount card', async () => {
    const session = new AlexaSession(stack.skill, { userId: alexaUserId() });
    await session.launch();
    await session.say('AddToCartIntent', {
      product: { value: 'oat milk', id: 'oat-milk', name: 'oat milk' },
    });
    const response = await session.say('CheckoutIntent');
    expectValid(response);
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
    // The shopper hears where the link card went, in Alexa's words.
    expect(wordsOf(response).speech).toMatch(
      /link your account with the store.+sent a card to your Alexa app/i,
    );
  });

  it('places an order for a linked account (dev token): read-back, explicit yes, card, stock taken', async () => {
    const token = await stack.devToken('alexa-buyer-1');
    const session = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken: token });
    const stockBefore = await storedStock(stack.backend.table, 'DAI-007');
    await session.launch();
    await session.say('SearchProductIntent', { query: 'oat milk' });
    const ambiguous = await session.say('SelectItemIntent', {
      brand: { value: 'oatly', id: 'oatly', name: 'Oatly' },
    });
    expect(wordsOf(ambiguous).speech).toBe('Did you mean Oat Milk Original, or Oat Milk Barista Edition?');
    await session.say('SelectItemIntent', { position: '1' });
    await session.say('AddToCartIntent', { quantity: '3' });
    const delivery = await session.say('CheckoutIntent');
    expect(wordsOf(delivery).speech).toMatch(/standard delivery.*express same-day delivery.*store pickup/);
    const readBack = await session.say('ChooseDeliveryIntent', {
      deliveryOption: { value: 'pick up', id: 'pickup', name: 'pickup' },
    });
    expectValid(readBack);
    expect(wordsOf(readBack).speech).toMatch(
      /^Your order from Corner Market Groceries: 3 Oat Milk Original\..*Shall I place the order\?$/,
    );
    expect(wordsOf(readBack).reprompt).toMatch(/^Say yes to place the order/);
    expect(await storedStock(stack.backend.table, 'DAI-007')).toBe(stockBefore);

    const placed = await session.say('AMAZON.YesIntent');
    expectValid(placed);
    expect(wordsOf(placed).speech).toMatch(/^Your order is placed\. Your order number is \d{8}/);
    expect(placed.response.card).toMatchObject({
      type: 'Simple',
      title: expect.stringMatching(/^Order \d{8}$/) as unknown,
    });
    expect(await storedStock(stack.backend.table, 'DAI-007')).toBe(stockBefore! - 3);

    const status = await session.say('OrderStatusIntent');
    const orderNumber = /Order (\d{8})/.exec((placed.response.card as { title: string }).title)![1]!;
    expect(wordsOf(status).speech).toContain(orderNumber);
  });

  it('speaks slower from the next response on, with SSML prosody', async () => {
    const token = await stack.devToken('alexa-slow-1');
    const session = new AlexaSession(stack.skill, { userId: alexaUserId(), accessToken: token });
    await session.launch();
    await session.say('SpeakSlowerIntent');
    const after = await session.say('StoreHoursIntent');
    expectValid(after);
    expect(ssmlOf(after)).toMatch(/^<speak><prosody rate="\d+%">.*<\/prosody><\/speak>$/);
  });

  it('ends the session on stop, and answers SessionEndedRequest with an empty response', async () => {
    const session = new AlexaSession(stack.skill, { userId: alexaUserId() });
    await session.launch();
    const stop = await session.say('AMAZON.StopIntent');
    expectValid(stop);
    expect(stop.response.shouldEndSession).toBe(true);
    expect(stop.response.reprompt).toBeUndefined();
    const ended = await stack.skill.invoke(sessionEndedRequest('USER_INITIATED'), {});
    expect(ended.response).toEqual({});
  });

  it('lets Alexa collect the voice-code digits, then sets the code for the linked shopper', async () => {
    const token = await stack.devToken('alexa-code-1');
    const options = { userId: alexaUserId(), accessToken: token };
    const started = await stack.skill.invoke(intentRequest('SetVoiceCodeIntent', {}, options, 'STARTED'), {});
    expect(started.response.directives).toEqual([{ type: 'Dialog.Delegate' }]);
    const heard = await stack.skill.invoke(
      intentRequest('SetVoiceCodeIntent', { code: '4821' }, options, 'COMPLETED'),
      {},
    );
    expectValid(heard);
    expect(wordsOf(heard).speech).toMatch(/\?$/);
    const attributes = heard.sessionAttributes as Record<string, unknown>;
    const done = await stack.skill.invoke(
      intentRequest('AMAZON.YesIntent', {}, { ...options, attributes }),
      {},
    );
    expectValid(done);
    expect(wordsOf(done).speech).toMatch(/^Your voice code is set\./);
    const gate = await stack.backend.services.customers.purchaseGate('alexa-code-1');
    expect(gate.voiceCodeRequired).toBe(true);
  });

  it('logs nothing personal while serving these turns', () => {
    const logged = JSON.stringify([stack.log.lines, stack.backend.logger.events]);
    expect(logged).not.toContain('amzn1.ask.account');
    expect(logged).not.toContain('4821');
    expect(stack.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
