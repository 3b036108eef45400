/**
 * The Google adapter's two mappings on their own: webhook request -> Turn (intents, system events,
 * parameters, identity, sign-in return) and Reply -> response parts within Google's limits (speech
 * bytes, chat-bubble text, chips, SSML Google speaks, scenes, session params, state size).
 */
import { readRequest, slotsOf } from '../../lambda/adapters/google/request-to-turn';
import {
  MAX_STATE_BYTES,
  renderReply,
  type RenderContext,
} from '../../lambda/adapters/google/reply-to-response';
import { chipsFor, isSpeakableSsml, speechFor } from '../../lambda/adapters/google/prompt-limits';
import type { Reply } from '../../lambda/conversation/turn';
import { googleFixture } from '../support/google-requests';

const newId = () => 'google-new-shopper-1';

function turnOf(body: unknown) {
  const reading = readRequest(body, newId);
  if (reading.kind === 'malformed') throw new Error('malformed');
  return reading;
}

describe('request -> Turn', () => {
  it('maps the invocation to LaunchRequest in a new session, with a new shopper id', () => {
    const reading = turnOf(googleFixture('main-invocation'));
    expect(reading.turn).toMatchObject({
      platform: 'google',
      intent: 'LaunchRequest',
      isNewSession: true,
      locale: 'en-US',
      platformUserId: 'google-new-shopper-1',
      device: { hasScreen: true },
    });
    expect(reading.shopper).toEqual({ id: 'google-new-shopper-1', isNew: true, persistent: true });
  });

  it('reads parameters under the Alexa slot names: numbers as digits, entity keys as resolved ids', () => {
    expect(
      slotsOf({
        quantity: { original: 'two', resolved: 2 },
        category: { original: 'the fridge', resolved: 'dairy' },
        deliveryOption: { original: 'same day', resolved: 'express' },
        query: { original: 'Pink Lady apples', resolved: 'Pink Lady apples' },
        position: { original: '2nd', resolved: 'second' },
        bad: 'not an object',
        long: { original: 'x'.repeat(600), resolved: 'x' },
      }),
    ).toEqual({
      quantity: { raw: '2' },
      category: { raw: 'the fridge', resolvedId: 'dairy', resolvedName: 'dairy' },
      deliveryOption: { raw: 'same day', resolvedId: 'express', resolvedName: 'express' },
      query: { raw: 'Pink Lady apples' },
      position: { raw: '2nd', resolvedId: 'second', resolvedName: 'second' },
    });
    const polluted = slotsOf(JSON.parse('{"__proto__": {"original": "x", "resolved": "x"}}'));
    expect(Object.keys(polluted)).toEqual([]);
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
  });

  it.each([
    ['actions.intent.NO_MATCH_1', 'turn', 'FallbackIntent'],
    ['actions.intent.NO_MATCH_FINAL', 'turn', 'StopIntent'],
    ['actions.intent.NO_INPUT_FINAL', 'turn', 'StopIntent'],
    ['actions.intent.CANCEL', 'turn', 'CancelIntent'],
    ['actions.intent.NO_INPUT_1', 'reprompt', 'HelpIntent'],
    ['actions.intent.SOMETHING_NEW', 'turn', 'FallbackIntent'],
    ['Bad Name!', 'turn', 'FallbackIntent'],
    ['HelpIntent', 'turn', 'HelpIntent'],
  ])('maps %s to a %s of %s', (name, kind, intent) => {
    const body = googleFixture('custom-intent');
    body.intent = { name, params: {}, query: '' };
    const reading = turnOf(body);
    expect(reading.kind).toBe(kind);
    expect(reading.turn.intent).toBe(intent);
  });

  it('keeps the stored shopper, the session state and the linked token; a guest keeps the id in the session', () => {
    const reading = turnOf(googleFixture('custom-intent'));
    expect(reading.turn.platformUserId).toBe('google-fixture-shopper-0002');
    expect(reading.turn.state).toEqual({});
    expect(reading.shopper.isNew).toBe(false);
    const guest = turnOf(googleFixture('no-input'));
    expect(guest.shopper).toEqual({ id: 'google-fixture-shopper-0004', isNew: false, persistent: false });
    expect(guest.turn.device.hasScreen).toBe(false);
  });

  it('replays the saved turn when coming back from sign-in, with the token', () => {
    const reading = turnOf(googleFixture('sign-in-linked'));
    expect(reading.fromSignIn).toBe(true);
    expect(reading.turn.intent).toBe('CheckoutIntent');
    expect(reading.turn.accessToken).toBe('REPLACED_BY_THE_TEST');
    const lost = googleFixture('sign-in-linked');
    delete lost.session.params.signIn;
    expect(turnOf(lost).turn.intent).toBe('HelpIntent');
  });

  it('calls a body without a session malformed', () => {
    expect(readRequest({ intent: { name: 'HelpIntent' } }, newId).kind).toBe('malformed');
    expect(readRequest(null, newId).kind).toBe('malformed');
  });
});

const reply = (overrides: Partial<Reply> = {}): Reply => ({
  speech: { ssml: 'Hello <break time="300ms"/> there.', text: 'Hello there.' },
  reprompt: { ssml: 'Say help.', text: 'Say help.' },
  endSession: false,
  suggestions: [],
  state: { list: 1 },
  ...overrides,
});

const context: RenderContext = {
  intent: 'CheckoutIntent',
  slots: { product: { raw: 'milk' } },
  scene: 'Shopping',
  fromSignIn: false,
  hasScreen: true,
  shopperId: 'google-s-1',
};

describe('Reply -> response', () => {
  it('wraps speakable SSML, keeps the reprompt and the state in the session, and stays in the scene', () => {
    const rendered = renderReply(reply(), context);
    expect(rendered.prompt).toEqual({
      speech: '<speak>Hello <break time="300ms"/> there.</speak>',
      text: 'Hello there.',
    });
    expect(rendered.nextScene).toBeUndefined();
    expect(rendered.sessionParams).toEqual({
      state: { list: 1 },
      reprompt: { speech: '<speak>Say help.</speak>', text: 'Say help.' },
      shopper: 'google-s-1',
      signIn: null,
      AccountLinkingSlot: null,
    });
  });

  it('speaks the plain words instead of SSML Google does not speak, keeping the speech rate', () => {
    expect(isSpeakableSsml('<amazon:effect name="whispered">hi</amazon:effect>')).toBe(false);
    expect(isSpeakableSsml('Tom & Jerry')).toBe(false);
    expect(speechFor('<amazon:effect name="whispered">Tom &amp; Jerry</amazon:effect>', 'Tom & Jerry')).toBe(
      '<speak>Tom &amp; Jerry</speak>',
    );
    expect(speechFor('<prosody rate="80%"><w>x</w> Done.</prosody>', 'x Done.')).toBe(
      '<speak><prosody rate="80%">x Done.</prosody></speak>',
    );
  });

  it('cuts long speech to 5,000 bytes and the text to 640 characters after whole sentences', () => {
    const sentence = 'This is one sentence about oat milk. ';
    const long = sentence.repeat(200).trim();
    const rendered = renderReply(reply({ speech: { ssml: long, text: long } }), context);
    expect(Buffer.byteLength(rendered.prompt.speech)).toBeLessThanOrEqual(5000);
    expect(rendered.prompt.speech).toMatch(/^<speak>(This is one sentence about oat milk\. ?)+<\/speak>$/);
    expect(rendered.prompt.text.length).toBeLessThanOrEqual(640);
    expect(rendered.prompt.text.endsWith('oat milk.')).toBe(true);
  });

  it('makes at most 8 unique chips of at most 25 characters, cut at a word', () => {
    const labels = [
      'Oat Milk Original',
      'oat milk original',
      'Organic Whole Milk Half Gallon Jug',
      '',
      ...'abcdefghij',
    ];
    const made = chipsFor(labels);
    expect(made).toEqual(['Oat Milk Original', 'Organic Whole Milk Half', 'a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('goes to sign-in once, saving the turn; back from sign-in it ends, as on Alexa', () => {
    const link = reply({ linkAccount: true, endSession: true, suggestions: ['Yes'] });
    const first = renderReply(link, context);
    expect(first.nextScene).toBe('SignIn');
    expect(first.suggestions).toEqual([]);
    expect(first.sessionParams.signIn).toEqual({
      intent: 'CheckoutIntent',
      slots: { product: { raw: 'milk' } },
    });
    const again = renderReply(link, { ...context, scene: 'SignIn', fromSignIn: true });
    expect(again.nextScene).toBe('actions.scene.END_CONVERSATION');
  });

  it('ends with no reprompt, chips or state; returns to Shopping from another scene', () => {
    const ended = renderReply(reply({ endSession: true, suggestions: ['Yes'] }), context);
    expect(ended).toMatchObject({ nextScene: 'actions.scene.END_CONVERSATION', suggestions: [] });
    expect(ended.sessionParams).toMatchObject({ state: null, reprompt: null });
    expect(renderReply(reply(), { ...context, scene: 'actions.scene.START_CONVERSATION' }).nextScene).toBe(
      'Shopping',
    );
  });

  it('shows the card on screens only, and drops a state too large to carry', () => {
    const card = { title: 'Order 12345678', text: 'Thank you.' };
    expect(renderReply(reply({ card }), context).card).toEqual(card);
    expect(renderReply(reply({ card }), { ...context, hasScreen: false }).card).toBeUndefined();
    const huge = renderReply(reply({ state: { blob: 'x'.repeat(MAX_STATE_BYTES) } }), context);
    expect(huge.stateDropped).toBe(true);
    expect(huge.sessionParams.state).toBeNull();
  });
});
