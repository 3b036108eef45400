/**
 * The Alexa adapter's two mappings, driven through the real ask-sdk-core skill with a tiny inline
 * conversation that records the Turn it gets and answers with a chosen Reply: request -> Turn
 * (canonical intents, slots and entity resolution, user, token, locale, screen, state) and
 * Reply -> response (SSML, reprompt, shouldEndSession, cards, session attributes, limits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildAlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import type { Reply, Turn } from '../../lambda/conversation/turn';
import { intentRequest, launchRequest, TEST_SKILL_ID } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { responseProblems, spokenText, wordsOf } from '../support/alexa-ssml';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/alexa', `${name}.json`), 'utf8'));

const say = (text: string) => ({ ssml: text, text });

function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    speech: say('I found 3 oat milks. The first is Oatly, 3 dollars.'),
    reprompt: say('Say the first one, or next to hear more.'),
    endSession: false,
    suggestions: [],
    state: { list: ['a', 'b'] },
    ...overrides,
  };
}

function recordingSkill(answer: Reply = reply()) {
  const turns: Turn[] = [];
  const log = recordingLog();
  const skill = buildAlexaSkill(
    { handleTurn: (turn) => (turns.push(turn), Promise.resolve(answer)) },
    { skillId: TEST_SKILL_ID, requireSkillId: true, log },
  );
  return { skill, turns, log };
}

describe('Alexa request -> Turn', () => {
  it('maps a LaunchRequest fixture: new session, user, locale, no token, no screen', async () => {
    const { skill, turns } = recordingSkill();
    await skill.invoke(fixture('launch-request'), {});
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({
      platform: 'alexa',
      intent: 'LaunchRequest',
      slots: {},
      locale: 'en-US',
      platformUserId: 'amzn1.ask.account.FIXTURELAUNCHUSER0001',
      isNewSession: true,
      device: { hasScreen: false },
      state: undefined,
    });
    expect(turns[0]!.accessToken).toBeUndefined();
    expect(typeof turns[0]!.progress).toBe('function');
  });

  it('maps an IntentRequest fixture: slots with and without a resolution, token, screen and state', async () => {
    const { skill, turns } = recordingSkill();
    await skill.invoke(fixture('intent-add-to-cart-resolved'), {});
    expect(turns[0]).toMatchObject({
      intent: 'AddToCartIntent',
      accessToken: 'fixture-linked-token',
      isNewSession: false,
      device: { hasScreen: true },
      state: { fixture: 'carried' },
    });
    // Slots without a value (unit, size) are left out; a NO_MATCH slot keeps only what was heard.
    expect(turns[0]!.slots).toEqual({
      product: { raw: 'oatmilk', resolvedId: 'oat-milk', resolvedName: 'oat milk' },
      quantity: { raw: '2' },
      brand: { raw: 'oat leaf' },
    });
  });

  it('drops the AMAZON. prefix of built-in intents and keeps their slots', async () => {
    const { skill, turns } = recordingSkill();
    await skill.invoke(intentRequest('AMAZON.YesIntent'), {});
    await skill.invoke(intentRequest('AMAZON.SelectIntent', { ListPosition: { value: '2', id: '2' } }), {});
    expect(turns.map((turn) => turn.intent)).toEqual(['YesIntent', 'SelectIntent']);
    expect(turns[1]!.slots).toEqual({ ListPosition: { raw: '2', resolvedId: '2', resolvedName: '2' } });
  });

  it('turns an unknown in-session request into FallbackIntent, keeping the state and the screen', async () => {
    const { skill, turns } = recordingSkill();
    const response = await skill.invoke(fixture('display-element-selected'), {});
    expect(turns[0]).toMatchObject({
      intent: 'FallbackIntent',
      state: { fixture: 'list-open' },
      device: { hasScreen: true },
    });
    expect(responseProblems(response)).toEqual([]);
  });

  it('falls back to en-US for a malformed locale', async () => {
    const { skill, turns } = recordingSkill();
    await skill.invoke(launchRequest({ locale: 'english please' }), {});
    expect(turns[0]!.locale).toBe('en-US');
  });
});

describe('Reply -> Alexa response', () => {
  it('wraps speech and reprompt in <speak>, keeps the session open and carries the state', async () => {
    const { skill } = recordingSkill(
      reply({ speech: say('Tea &amp; coffee are in aisle <break time="300ms"/> five.') }),
    );
    const response = await skill.invoke(launchRequest(), {});
    expect(response.response).toEqual({
      outputSpeech: {
        type: 'SSML',
        ssml: '<speak>Tea &amp; coffee are in aisle <break time="300ms"/> five.</speak>',
      },
      reprompt: {
        outputSpeech: { type: 'SSML', ssml: '<speak>Say the first one, or next to hear more.</speak>' },
      },
      shouldEndSession: false,
    });
    expect(response.sessionAttributes).toEqual({ state: { list: ['a', 'b'] } });
    expect(responseProblems(response)).toEqual([]);
  });

  it('ends the session without a reprompt when the reply says so', async () => {
    const { skill } = recordingSkill(reply({ endSession: true, speech: say('Goodbye.') }));
    const { response } = await skill.invoke(intentRequest('AMAZON.StopIntent'), {});
    expect(response.shouldEndSession).toBe(true);
    expect(response.reprompt).toBeUndefined();
    expect(response.outputSpeech).toEqual({ type: 'SSML', ssml: '<speak>Goodbye.</speak>' });
  });

  it('shows a Simple card when the reply has one, and a LinkAccount card when linking is needed', async () => {
    const carded = recordingSkill(
      reply({ card: { title: 'Order 48213907', text: 'Arrives Tuesday. Total $12.40.' } }),
    );
    const linking = recordingSkill(reply({ linkAccount: true, card: { title: 'ignored', text: 'ignored' } }));
    expect((await carded.skill.invoke(launchRequest(), {})).response.card).toEqual({
      type: 'Simple',
      title: 'Order 48213907',
      content: 'Arrives Tuesday. Total $12.40.',
    });
    expect((await linking.skill.invoke(launchRequest(), {})).response.card).toEqual({ type: 'LinkAccount' });
  });

  it('trims speech over 8,000 characters at a sentence, never inside a tag, and stays well formed', async () => {
    const sentence = '<s>Oatly oat milk, <prosody rate="90%">three dollars</prosody>.</s> ';
    const long = `<p>${sentence.repeat(400)}</p>`;
    const { skill } = recordingSkill(reply({ speech: say(long), reprompt: say(long) }));
    const response = await skill.invoke(launchRequest(), {});
    expect(responseProblems(response)).toEqual([]);
    const ssml = (response.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml.length).toBeLessThanOrEqual(8000);
    expect(ssml.length).toBeGreaterThan(4000);
    expect(ssml.endsWith('</s></p></speak>')).toBe(true);
    expect(spokenText(ssml).endsWith('three dollars.')).toBe(true);
  });

  it('keeps the whole response under 24 KB: the card, then the reprompt and speech give way before the state', async () => {
    const words = 'Paper towels, twelve rolls, eleven dollars. '.repeat(300);
    const big = reply({
      speech: say(words),
      reprompt: say(words),
      card: { title: 'Cart', text: words },
      state: { page: 2 },
    });
    const { skill } = recordingSkill(big);
    const response: ResponseEnvelope = await skill.invoke(launchRequest(), {});
    expect(responseProblems(response)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(response))).toBeLessThanOrEqual(24 * 1024);
    expect(response.sessionAttributes).toEqual({ state: { page: 2 } });
    expect(wordsOf(response).speech.endsWith('dollars.')).toBe(true);
  });

  it('drops an oversized state rather than exceed the limit, and logs it', async () => {
    const { skill, log } = recordingSkill(reply({ state: { blob: 'x'.repeat(30_000) } }));
    const response = await skill.invoke(launchRequest(), {});
    expect(responseProblems(response)).toEqual([]);
    expect(response.sessionAttributes).toEqual({});
    expect(log.events('alexa.state_dropped')).toHaveLength(1);
  });

  it('escapes a reply whose SSML is not well formed instead of sending it', async () => {
    const { skill } = recordingSkill(reply({ speech: say('Ben & Jerry <3 '.repeat(1000)) }));
    const response = await skill.invoke(launchRequest(), {});
    expect(responseProblems(response)).toEqual([]);
    expect(wordsOf(response).speech.startsWith('Ben & Jerry <3')).toBe(true);
  });
});
