/**
 * The real @assistant/conversation app over the real conversation and services, on DynamoDB Local
 * with the demo store: webhook JSON in (intent params, session params, scenes), webhook JSON out
 * (prompts, chips, session params, scene transitions, end of conversation), and what the turns left
 * in the table. The same flows as the Alexa skill, with the same sentences.
 */
import { storedStock } from '../support/commerce-fixtures';
import {
  asResponse,
  chips,
  googleFixture,
  GoogleSession,
  spoken,
  type GoogleResponse,
} from '../support/google-requests';
import { createGoogleStack, type GoogleStack } from '../support/google-stack';

let stack: GoogleStack;

beforeAll(async () => {
  stack = await createGoogleStack();
});

afterAll(async () => {
  await stack.drop();
});

const params = (response: GoogleResponse): Record<string, unknown> => response.body.session?.params ?? {};
const nextScene = (response: GoogleResponse): string | undefined => response.body.scene?.next?.name;

function expectValid(response: GoogleResponse): void {
  expect(response.status).toBe(200);
  const simple = response.body.prompt?.firstSimple;
  expect(simple?.speech).toMatch(/^<speak>.+<\/speak>$/s);
  expect(simple?.text.length).toBeGreaterThan(0);
  expect(simple!.text.length).toBeLessThanOrEqual(640);
  expect(chips(response).length).toBeLessThanOrEqual(8);
  for (const chip of chips(response)) expect(chip.length).toBeLessThanOrEqual(25);
}

describe('the Google action on the demo store', () => {
  it('greets on the main invocation, moves to the Shopping scene and keeps state, reprompt and shopper', async () => {
    const session = new GoogleSession(stack.action);
    const response = await session.launch();
    expectValid(response);
    expect(spoken(response)).toMatch(/^Welcome to Corner Market\./);
    expect(nextScene(response)).toBe('Shopping');
    const kept = params(response);
    expect(kept.state).toBeDefined();
    expect(kept.reprompt).toMatchObject({ speech: expect.stringMatching(/^<speak>/) as unknown });
    expect(kept.shopper).toMatch(/^google-/);
    // A verified user keeps the shopper id in user storage, so the cart waits for the next visit.
    expect(response.body.user?.params?.shopperId).toBe(kept.shopper);
  });

  it('searches, pages, selects by ordinal and adds two, carrying the list in session params', async () => {
    const session = new GoogleSession(stack.action);
    await session.launch();
    const found = await session.say('SearchProductIntent', { query: 'oat milk' });
    expectValid(found);
    expect(spoken(found)).toMatch(/^I found \d+ matches for oat milk\. The top 3 are: First, Oatly Oat Milk/);
    expect(chips(found).length).toBeGreaterThan(0);
    expect(nextScene(found)).toBeUndefined();

    const more = await session.say('NextIntent');
    expect(spoken(more)).toMatch(/^Fourth, /);
    const back = await session.say('PreviousIntent');
    expect(spoken(back)).toContain('First, Oatly Oat Milk Original');

    const chosen = await session.say('SelectItemIntent', {
      position: { original: 'first', resolved: 'first' },
    });
    expect(spoken(chosen)).toMatch(/^Oatly Oat Milk Original/);
    const added = await session.say('AddToCartIntent', { quantity: { original: 'two', resolved: 2 } });
    expectValid(added);
    expect(spoken(added)).toMatch(
      /^Added 2 Oat Milk Original\. Your cart has 2 items, 11 dollars and 98 cents\./,
    );

    const cart = await session.say('ReadCartIntent');
    expect(spoken(cart)).toContain('2 Oat Milk Original');
    expect(session.ended).toBe(false);
  });

  it('sends an unlinked shopper to the sign-in scene at checkout, remembering the checkout', async () => {
    const session = new GoogleSession(stack.action);
    await session.launch();
    await session.say('AddToCartIntent', { product: { original: 'oat milk', resolved: 'oat-milk' } });
    const response = await session.say('CheckoutIntent');
    expectValid(response);
    expect(spoken(response)).toMatch(/link your account/i);
    // Google signs the shopper in right here: no card is promised.
    expect(spoken(response)).not.toMatch(/card/i);
    expect(nextScene(response)).toBe('SignIn');
    expect(params(response).signIn).toEqual({ intent: 'CheckoutIntent', slots: {} });
    expect(chips(response)).toEqual([]);

    // Declined: the same sentence as on Alexa, and the conversation ends there (no second sign-in).
    const declined = await session.signInOutcome('REJECTED');
    expect(spoken(declined)).toMatch(/link your account/i);
    expect(nextScene(declined)).toBe('actions.scene.END_CONVERSATION');
    expect(params(declined).AccountLinkingSlot).toBeNull();
  });

  it('checks out after sign-in with the linked token: read-back, explicit yes, stock taken', async () => {
    const session = new GoogleSession(stack.action);
    const stockBefore = await storedStock(stack.backend.table, 'DAI-007');
    await session.launch();
    await session.say('SearchProductIntent', { query: 'oat milk' });
    await session.say('SelectItemIntent', { position: 'first' });
    await session.say('AddToCartIntent', { quantity: 3 });
    const toSignIn = await session.say('CheckoutIntent');
    expect(nextScene(toSignIn)).toBe('SignIn');

    session.link(await stack.devToken('google-buyer-1'));
    const delivery = await session.signInOutcome('LINKED');
    expectValid(delivery);
    expect(spoken(delivery)).toMatch(/standard delivery.*express same-day delivery.*store pickup/);
    expect(nextScene(delivery)).toBe('Shopping');
    expect(params(delivery).signIn).toBeNull();

    const readBack = await session.say('ChooseDeliveryIntent', {
      deliveryOption: { original: 'pick up', resolved: 'pickup' },
    });
    expectValid(readBack);
    expect(spoken(readBack)).toMatch(
      /^Your order from Corner Market Groceries: 3 Oat Milk Original\..*Shall I place the order\?$/,
    );
    expect((params(readBack).reprompt as { text: string }).text).toMatch(/^Say yes to place the order/);
    expect(chips(readBack)).toEqual(expect.arrayContaining(['Yes', 'No']));
    expect(await storedStock(stack.backend.table, 'DAI-007')).toBe(stockBefore);

    const placed = await session.say('YesIntent');
    expectValid(placed);
    expect(spoken(placed)).toMatch(/^Your order is placed\. Your order number is \d{8}/);
    expect(placed.body.prompt?.content?.card?.title).toMatch(/^Order \d{8}$/);
    expect(await storedStock(stack.backend.table, 'DAI-007')).toBe(stockBefore! - 3);
  });

  it('takes the linked token from an Authorization header too, without writing it to user storage', async () => {
    const token = await stack.devToken('google-buyer-2');
    const session = new GoogleSession(stack.action, { headers: { authorization: `Bearer ${token}` } });
    await session.launch();
    await session.say('AddToCartIntent', { product: { original: 'bananas', resolved: 'bananas' } });
    const checkout = await session.say('CheckoutIntent');
    expectValid(checkout);
    expect(nextScene(checkout)).toBeUndefined();
    expect(spoken(checkout)).toMatch(/standard delivery/);
    expect(JSON.stringify(checkout.body)).not.toContain(token);
  });

  it('sets a voice code from the digits Google heard, after an explicit yes', async () => {
    const session = new GoogleSession(stack.action);
    session.link(await stack.devToken('google-code-1'));
    await session.launch();
    const asked = await session.say('SetVoiceCodeIntent', {
      code: { original: '4 8 2 1', resolved: '4821' },
    });
    expectValid(asked);
    expect(spoken(asked)).toMatch(/\?$/);
    const done = await session.say('YesIntent');
    expect(spoken(done)).toMatch(/^Your voice code is set\./);
    const gate = await stack.backend.services.customers.purchaseGate('google-code-1');
    expect(gate.voiceCodeRequired).toBe(true);
  });

  it('speaks slower from the next response on, with SSML prosody Google speaks', async () => {
    const session = new GoogleSession(stack.action);
    session.link(await stack.devToken('google-slow-1'));
    await session.launch();
    await session.say('SpeakSlowerIntent');
    const after = await session.say('StoreHoursIntent');
    expectValid(after);
    expect(after.body.prompt?.firstSimple?.speech).toMatch(
      /^<speak><prosody rate="\d+%">.*<\/prosody><\/speak>$/s,
    );
  });

  it('answers help where the shopper is, and ends the conversation on stop', async () => {
    const session = new GoogleSession(stack.action);
    await session.launch();
    const help = await session.say('HelpIntent');
    expectValid(help);
    expect(spoken(help).length).toBeGreaterThan(20);
    expect(session.ended).toBe(false);
    const stop = await session.say('StopIntent');
    expectValid(stop);
    expect(nextScene(stop)).toBe('actions.scene.END_CONVERSATION');
    expect(chips(stop)).toEqual([]);
    expect(params(stop).state).toBeNull();
    expect(params(stop).reprompt).toBeNull();
  });

  it('says the reprompt when the shopper says nothing, and treats no match as the fallback', async () => {
    const quiet = await stack.action.handle(googleFixture('no-input'), {});
    expect(quiet.status).toBe(200);
    expect(spoken({ status: 200, body: quiet.body as GoogleResponse['body'] })).toBe(
      'You can say add it, or ask for something else.',
    );

    const session = new GoogleSession(stack.action);
    const hello = await session.launch();
    const silence = await session.say('actions.intent.NO_INPUT_1');
    expect(silence.body.prompt?.firstSimple).toEqual(params(hello).reprompt);
    const unmatched = await session.say('actions.intent.NO_MATCH_1');
    expectValid(unmatched);
    expect(session.ended).toBe(false);
    const cancelled = await session.say('actions.intent.CANCEL');
    expect(nextScene(cancelled)).toBe('actions.scene.END_CONVERSATION');
  });

  it('reads the fixtures: the number from its resolved value, kept through a question to the add', async () => {
    const response = await stack.action.handle(googleFixture('custom-intent'), {});
    const body = response.body as GoogleResponse['body'];
    expect(response.status).toBe(200);
    expect(spoken({ status: 200, body })).toBe(
      'Did you mean Oat Milk Original, or Oat Milk Barista Edition?',
    );
    expect(chips({ status: 200, body })).toEqual(['Oat Milk Original', 'Oat Milk Barista Edition']);
    expect(body.session?.params?.shopper).toBe('google-fixture-shopper-0002');
    // The shopper id came from user storage: nothing is written back there.
    expect(body.user).toBeUndefined();

    const answer = googleFixture('custom-intent');
    answer.intent = {
      name: 'SelectItemIntent',
      params: { position: { original: 'first', resolved: 'first' } },
      query: 'the first',
    };
    answer.session.params = body.session!.params!;
    const added = asResponse(await stack.action.handle(answer, {}));
    expect(spoken(added)).toMatch(/^Added 2 Oat Milk Original\./);
  });

  it('answers a malformed body, an unknown handler and a body that is not JSON with a valid prompt', async () => {
    for (const body of [undefined, 'not json', [], { handler: { name: 'turn' } }, { session: 'x' }]) {
      const response = await stack.action.handle(body, {});
      expect(response.status).toBe(200);
      expect(spoken({ status: 200, body: response.body as GoogleResponse['body'] })).toMatch(
        /^Sorry, something went wrong on my side/,
      );
    }
    const other = googleFixture('custom-intent');
    other.handler = { name: 'some_other_handler' };
    const answered = await stack.action.handle(other, {});
    expect(spoken({ status: 200, body: answered.body as GoogleResponse['body'] })).toMatch(/^Did you mean /);
    const handlers = stack.log.events('google.unknown_handler').map((line) => line.fields.handler);
    expect(handlers).toContain('some_other_handler');
    expect(stack.log.events('google.malformed_request').length).toBeGreaterThanOrEqual(5);
  });

  it('logs nothing personal while serving these turns', () => {
    const logged = JSON.stringify([stack.log.lines, stack.backend.logger.events]);
    expect(logged).not.toContain('google-fixture-shopper');
    expect(logged).not.toContain('eyJ');
    expect(logged).not.toContain('4821');
    expect(stack.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
