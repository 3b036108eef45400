/**
 * The Alexa skill around the turns: session end and exception reports, out-of-session events,
 * Alexa-managed dialogs, skill ID verification, malformed envelopes, a failing conversation, and
 * progressive responses sent to a local stand-in for Alexa's directive service.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildAlexaSkill,
  MissingSkillIdError,
  SkillIdMismatchError,
  type AlexaSkillOptions,
} from '../../lambda/adapters/alexa/alexa-skill';
import type { Conversation } from '../../lambda/conversation/core';
import type { Reply, Turn } from '../../lambda/conversation/turn';
import { intentRequest, launchRequest, TEST_SKILL_ID } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { responseProblems, wordsOf } from '../support/alexa-ssml';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/alexa', `${name}.json`), 'utf8'));

const answer: Reply = {
  speech: { ssml: 'Here you go.', text: 'Here you go.' },
  reprompt: { ssml: 'Say help to hear more.', text: 'Say help to hear more.' },
  endSession: false,
  suggestions: [],
  state: { step: 1 },
};

function setup(
  handle: (turn: Turn) => Promise<Reply> = () => Promise.resolve(answer),
  options: Partial<AlexaSkillOptions> = {},
) {
  const turns: Turn[] = [];
  const log = recordingLog();
  const conversation: Conversation = { handleTurn: (turn) => (turns.push(turn), handle(turn)) };
  const skill = buildAlexaSkill(conversation, {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log,
    ...options,
  });
  return { skill, turns, log };
}

describe('requests that are not turns', () => {
  it('logs a SessionEndedRequest with its reason and answers with an empty response', async () => {
    const { skill, turns, log } = setup();
    const response = await skill.invoke(fixture('session-ended'), {});
    expect(response.response).toEqual({});
    expect(turns).toEqual([]);
    expect(log.events('alexa.session_ended')).toEqual([
      {
        level: 'info',
        event: 'alexa.session_ended',
        fields: { reason: 'EXCEEDED_MAX_REPROMPTS', error: undefined },
      },
    ]);
  });

  it('logs System.ExceptionEncountered and says nothing', async () => {
    const { skill, turns, log } = setup();
    const response = await skill.invoke(fixture('exception-encountered'), {});
    expect(response.response.outputSpeech).toBeUndefined();
    expect(turns).toEqual([]);
    expect(log.events('alexa.exception_encountered')[0]?.fields).toEqual({ error: 'INVALID_RESPONSE' });
  });

  it('answers an out-of-session event with an empty response, without the conversation', async () => {
    const { skill, turns, log } = setup();
    const response = await skill.invoke(fixture('skill-disabled-event'), {});
    expect(response.response).toEqual({});
    expect(turns).toEqual([]);
    expect(log.events('alexa.request_ignored')[0]?.fields).toEqual({
      requestType: 'AlexaSkillEvent.SkillDisabled',
    });
  });

  it('hands an Alexa-managed dialog (the voice-code digits) back to Alexa until it is complete', async () => {
    const { skill, turns } = setup();
    const response = await skill.invoke(fixture('dialog-started-set-voice-code'), {});
    expect(response.response.directives).toEqual([{ type: 'Dialog.Delegate' }]);
    expect(turns).toEqual([]);
    await skill.invoke(intentRequest('SetVoiceCodeIntent', { code: '4821' }, {}, 'COMPLETED'), {});
    expect(turns[0]?.slots).toEqual({ code: { raw: '4821' } });
  });
});

describe('skill ID verification', () => {
  it('refuses a request for another skill, and logs the mismatch without the user', async () => {
    const { skill, turns, log } = setup();
    const foreign = launchRequest({ skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555' });
    await expect(skill.invoke(foreign, {})).rejects.toBeInstanceOf(SkillIdMismatchError);
    expect(turns).toEqual([]);
    const [line] = log.events('alexa.skill_id_mismatch');
    expect(line?.fields).toEqual({
      expected: TEST_SKILL_ID,
      received: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
    });
    expect(JSON.stringify(log.lines)).not.toContain('amzn1.ask.account');
  });

  it('refuses a request that names no skill at all', async () => {
    const { skill } = setup();
    await expect(skill.invoke({ request: { type: 'LaunchRequest' } }, {})).rejects.toBeInstanceOf(
      SkillIdMismatchError,
    );
  });

  it('refuses every request without a skill ID when one is required (AWS), and answers without one locally', async () => {
    const refusing = setup(undefined, { skillId: undefined, requireSkillId: true });
    await expect(
      refusing.skill.invoke(launchRequest({ skillId: 'amzn1.ask.skill.any' }), {}),
    ).rejects.toBeInstanceOf(MissingSkillIdError);
    expect(refusing.turns).toHaveLength(0);
    const { skill, turns } = setup(undefined, { skillId: undefined, requireSkillId: false });
    await skill.invoke(launchRequest({ skillId: 'amzn1.ask.skill.any' }), {});
    expect(turns).toHaveLength(1);
  });
});

describe('failures never reach Alexa as errors', () => {
  it('answers a malformed envelope with a short, valid apology', async () => {
    const { skill, turns, log } = setup(undefined, { skillId: undefined, requireSkillId: false });
    for (const event of [
      null,
      42,
      'launch',
      {},
      { request: 'LaunchRequest' },
      { request: { type: 'LaunchRequest' } },
    ]) {
      const response = await skill.invoke(event, {});
      expect(responseProblems(response)).toEqual([]);
      expect(wordsOf(response).speech).toMatch(/^Sorry/);
      expect(response.response.shouldEndSession).toBe(false);
    }
    expect(turns).toEqual([]);
    expect(log.events('alexa.malformed_request').length).toBe(6);
  });

  it('keeps the session and its state when the conversation fails', async () => {
    const { skill, log } = setup(() => Promise.reject(new TypeError('boom with a shopper name in it')));
    const response = await skill.invoke(
      intentRequest('ReadCartIntent', {}, { attributes: { state: { cart: 'kept' } } }),
      {},
    );
    expect(responseProblems(response)).toEqual([]);
    expect(response.response.shouldEndSession).toBe(false);
    expect(wordsOf(response).reprompt.length).toBeGreaterThan(0);
    expect(response.sessionAttributes).toEqual({ state: { cart: 'kept' } });
    expect(log.events('alexa.turn_failed')[0]?.fields).toEqual({
      requestType: 'IntentRequest',
      error: 'TypeError',
    });
    expect(JSON.stringify(log.lines)).not.toContain('shopper name');
  });
});

describe('progressive responses', () => {
  let server: Server;
  let endpoint: string;
  const received: { headers: IncomingMessage['headers']; body: unknown; path?: string }[] = [];
  let hang = false;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body: JSON.parse(body) as unknown, path: request.url });
        if (!hang) response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const allowLocal = { isAllowedEndpoint: (url: URL) => url.hostname === '127.0.0.1', timeoutMs: 200 };

  it('sends VoicePlayer.Speak with the request id and the API token while the turn works', async () => {
    received.length = 0;
    const { skill } = setup(
      async (turn) => (await turn.progress?.('One moment while I look for oat milk.'), answer),
      {
        progress: allowLocal,
      },
    );
    const request = intentRequest(
      'SearchProductIntent',
      { query: 'oat milk' },
      { apiEndpoint: endpoint, apiAccessToken: 'api-token-1' },
    );
    const response = await skill.invoke(request, {});
    expect(wordsOf(response).speech).toBe('Here you go.');
    expect(received).toHaveLength(1);
    expect(received[0]?.path).toBe('/v1/directives');
    expect(received[0]?.headers.authorization).toBe('Bearer api-token-1');
    expect(received[0]?.body).toEqual({
      header: { requestId: (request.request as { requestId: string }).requestId },
      directive: {
        type: 'VoicePlayer.Speak',
        speech: '<speak>One moment while I look for oat milk.</speak>',
      },
    });
  });

  it('gives up on a directive service that does not answer, and the turn still completes', async () => {
    hang = true;
    const { skill, log } = setup(async (turn) => (await turn.progress?.('One moment.'), answer), {
      progress: allowLocal,
    });
    const response = await skill.invoke(intentRequest('CheckoutIntent', {}, { apiEndpoint: endpoint }), {});
    hang = false;
    expect(wordsOf(response).speech).toBe('Here you go.');
    expect(log.events('alexa.progress_failed')[0]?.fields.reason).toBe('TimeoutError');
  });

  it('never sends the API token anywhere but Alexa', async () => {
    const { skill, turns } = setup();
    await skill.invoke(intentRequest('CheckoutIntent', {}, { apiEndpoint: endpoint }), {});
    await skill.invoke(
      intentRequest('CheckoutIntent', {}, { apiEndpoint: 'https://api.amazonalexa.com.evil.example' }),
      {},
    );
    await skill.invoke(
      intentRequest('CheckoutIntent', {}, { apiEndpoint: 'https://api.eu.amazonalexa.com' }),
      {},
    );
    expect(turns.map((turn) => typeof turn.progress)).toEqual(['undefined', 'undefined', 'function']);
  });
});
