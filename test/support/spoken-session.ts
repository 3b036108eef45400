/**
 * Test helper: a shopper who speaks. Each utterance is resolved against the en-US interaction model
 * by the voice console's stand-in for Alexa, sent as an IntentRequest to the real Alexa skill over
 * the real conversation and services on DynamoDB Local with the demo store, and heard back as text.
 * The conversation counts its metrics into `counted`.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildAlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { buildConversation } from '../../lambda/conversation/core';
import type { ConversationEvent, MetricDimensions } from '../../lambda/domain/metrics-port';
import { loadInteractionModel } from '../../lambda/local/console/interaction-model';
import { buildUtteranceMatcher } from '../../lambda/local/console/utterance-matcher';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { AlexaSession, alexaUserId, TEST_SKILL_ID, type TestSlot } from './alexa-envelopes';
import { recordingLog } from './alexa-log';
import { responseProblems, wordsOf } from './alexa-ssml';
import { ensureLocalSigningKeysAndSign } from './dev-tokens';
import { createTestServices, type TestServices } from './test-services';

/** One counted metric event. */
export interface Counted {
  readonly event: ConversationEvent;
  readonly dimensions: MetricDimensions;
}

/** What one spoken turn reached and what was heard. */
export interface Heard {
  readonly intent: string;
  readonly speech: string;
  readonly reprompt: string;
  readonly ended: boolean;
}

/** The skill on DynamoDB Local, the services behind it, and the metrics it counted. */
export interface SpokenStack {
  readonly backend: TestServices;
  readonly counted: Counted[];
  /** A linked shopper, after "open voice shop". */
  shopper(customerId: string): Promise<SpokenSession>;
  /** A shopper whose account is not linked, after "open voice shop". */
  guest(): Promise<SpokenSession>;
  /** The cart's lines as [sku, quantity]. */
  cart(customerId: string): Promise<[string, number][]>;
  drop(): Promise<void>;
}

const matcher = buildUtteranceMatcher(loadInteractionModel('en-US'));

/** A session that speaks through the interaction model. */
export class SpokenSession {
  constructor(private readonly session: AlexaSession) {}

  /** Says the words; returns the intent they reached and what was heard back. */
  async say(utterance: string): Promise<Heard> {
    const resolved = matcher.resolve(utterance);
    const slots: Record<string, TestSlot> = {};
    for (const s of resolved.slots) {
      const r = s.resolution;
      slots[s.name] =
        r?.status === 'ER_SUCCESS_MATCH'
          ? { value: s.value, id: r.id, name: r.name }
          : r?.status === 'ER_SUCCESS_NO_MATCH'
            ? { value: s.value, noMatch: true }
            : s.value;
    }
    const response: ResponseEnvelope = await this.session.say(resolved.intent, slots);
    expect(responseProblems(response)).toEqual([]);
    const { speech, reprompt } = wordsOf(response);
    return { intent: resolved.intent, speech, reprompt, ended: response.response.shouldEndSession === true };
  }
}

/** Builds the stack; call drop() in afterAll. */
export async function createSpokenStack(): Promise<SpokenStack> {
  const backend = await createTestServices({}, '2026-11-23T15:00:00.000Z');
  const { table } = backend;
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const counted: Counted[] = [];
  const metrics = {
    count: (event: ConversationEvent, dimensions: MetricDimensions) =>
      void counted.push({ event, dimensions }),
  };
  const conversation = buildConversation({ ...backend.services, metrics, progressDelayMs: 10_000 });
  const skill = buildAlexaSkill(conversation, {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log: recordingLog(),
  });
  return {
    backend,
    counted,
    async shopper(customerId) {
      const accessToken = await ensureLocalSigningKeysAndSign(table, customerId);
      const session = new AlexaSession(skill, { userId: alexaUserId(), accessToken });
      await session.launch();
      return new SpokenSession(session);
    },
    async guest() {
      const session = new AlexaSession(skill, { userId: alexaUserId() });
      await session.launch();
      return new SpokenSession(session);
    },
    async cart(customerId) {
      const view = await backend.services.cart.read(customerId);
      return view.cart.lines.map((l) => [l.sku, l.quantity]);
    },
    drop: () => table.drop(),
  };
}
