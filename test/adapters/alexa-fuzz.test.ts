/**
 * Random and malformed envelopes through the real skill and conversation (DynamoDB Local, demo
 * store): whatever arrives, the skill never throws (except to refuse another skill's request) and
 * always answers with a valid response: well-formed SSML within Alexa's limits, no error text.
 */
import fc from 'fast-check';
import type { ResponseEnvelope } from 'ask-sdk-model';
import {
  buildAlexaSkill,
  SkillIdMismatchError,
  type AlexaSkill,
} from '../../lambda/adapters/alexa/alexa-skill';
import { buildConversation } from '../../lambda/conversation/core';
import { intentRequest, launchRequest, TEST_SKILL_ID, type TestSlot } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { readInteractionModel } from '../support/alexa-model';
import { createAlexaStack, type AlexaStack } from '../support/alexa-stack';
import { responseProblems, wordsOf } from '../support/alexa-ssml';

const { intents, types } = readInteractionModel('en-US').interactionModel.languageModel;
const modelWords = (types ?? []).flatMap((type) => type.values.map((value) => value.name.value));

let stack: AlexaStack;
/** The same conversation behind a skill configured as on the local stack: no skill ID to check. */
let localSkill: AlexaSkill;

beforeAll(async () => {
  stack = await createAlexaStack();
  localSkill = buildAlexaSkill(buildConversation({ ...stack.backend.services, progressDelayMs: 10_000 }), {
    requireSkillId: false,
    log: recordingLog(),
  });
});

afterAll(async () => {
  await stack.drop();
});

/** What must hold for every answer. */
function expectSound(response: ResponseEnvelope): void {
  expect(responseProblems(response)).toEqual([]);
  const { speech, reprompt } = wordsOf(response);
  for (const words of [speech, reprompt]) {
    expect(words).not.toMatch(/\bundefined\b|\[object|\bNaN\b|Error\b|\bat .*\.ts:\d+/);
  }
  if (response.response.shouldEndSession === false) expect(reprompt.length).toBeGreaterThan(0);
}

const nasty = fc.constantFrom(
  '<speak>',
  '</s>',
  'Ben & Jerry',
  '"><audio src="https://example.com/x.mp3"/>',
  '&amp;',
  '0',
  '500',
  '-3',
  '2.5',
  '1e9',
  '９',
  'second',
  '2nd',
  '',
  ' ',
  'x'.repeat(600),
  '🙂 oat milk',
);
const slotValue: fc.Arbitrary<TestSlot> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...modelWords),
  nasty,
  fc.record({ value: fc.constantFrom(...modelWords), id: fc.string({ minLength: 1, maxLength: 20 }) }),
);

const intentWithSlots = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...intents) },
  { weight: 1, arbitrary: fc.record({ name: fc.string({ maxLength: 30 }), slots: fc.constant([]) }) },
);

const structured = fc
  .record({
    intent: intentWithSlots,
    values: fc.array(slotValue, { minLength: 5, maxLength: 5 }),
    keep: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    state: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    newSession: fc.boolean(),
    locale: fc.constantFrom('en-US', 'en-GB', 'de-DE', 'xx', ''),
    token: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    dialogState: fc.constantFrom(undefined, 'STARTED', 'IN_PROGRESS', 'COMPLETED' as const),
    launch: fc.boolean(),
  })
  .map(({ intent, values, keep, state, newSession, locale, token, dialogState, launch }) => {
    const options = {
      userId: 'amzn1.ask.account.FUZZ',
      locale,
      newSession,
      ...(token ? { accessToken: token } : {}),
      attributes: state === undefined ? {} : { state },
    };
    if (launch) return launchRequest(options);
    const slots = Object.fromEntries(
      (intent.slots ?? []).flatMap((slot, at) => (keep[at] ? [[slot.name, values[at]!]] : [])),
    );
    return intentRequest(intent.name, slots, options, dialogState);
  });

const DELETE = Symbol('delete');

/** Every path into a JSON value, parents before children. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...paths(child, [...prefix, key]),
  ]);
}

function mutate(envelope: unknown, changes: readonly [readonly string[], unknown][]): unknown {
  const copy = structuredClone(envelope) as Record<string, unknown>;
  for (const [path, value] of changes) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1))
      parent =
        typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
    if (typeof parent !== 'object' || parent === null) continue;
    const target = parent as Record<string, unknown>;
    if (value === DELETE) delete target[path.at(-1)!];
    else target[path.at(-1)!] = value;
  }
  return copy;
}

const base = intentRequest(
  'AddToCartIntent',
  { product: { value: 'oat milk', id: 'oat-milk' }, quantity: '2' },
  { userId: 'amzn1.ask.account.MUTANT', attributes: { state: { list: [] } } },
);
const mutated = fc
  .array(
    fc.tuple(
      fc.constantFrom(...paths(base)),
      fc.oneof(fc.constant<unknown>(DELETE), fc.jsonValue({ maxDepth: 2 })),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((changes) => mutate(base, changes));

const appIdOf = (event: unknown): unknown =>
  (event as { context?: { System?: { application?: { applicationId?: unknown } } } } | null)?.context?.System
    ?.application?.applicationId;

describe('the Alexa skill under random input', () => {
  it('answers 1,500 random turns of the model (any intent, slot values, state, locale, token) soundly', async () => {
    await fc.assert(
      fc.asyncProperty(structured, async (envelope) => {
        expectSound(await stack.skill.invoke(envelope, {}));
      }),
      { numRuns: 1500 },
    );
    // Every one of them was a turn the conversation answered itself: no adapter apology, no crash.
    expect(stack.log.events('alexa.turn_failed')).toEqual([]);
    expect(stack.log.events('alexa.malformed_request')).toEqual([]);
    expect(stack.backend.logger.events.filter((line) => line.level === 'error')).toEqual([]);
  }, 300_000);

  it('answers 2,000 mutated envelopes soundly, and refuses exactly those that lost the skill ID', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (event) => {
        if (appIdOf(event) !== TEST_SKILL_ID) {
          await expect(stack.skill.invoke(event, {})).rejects.toBeInstanceOf(SkillIdMismatchError);
          return;
        }
        expectSound(await stack.skill.invoke(event, {}));
      }),
      { numRuns: 2000 },
    );
  }, 300_000);

  it('answers 1,500 arbitrary JSON events soundly on the local stack (no skill ID to check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything()), async (event) => {
        expectSound(await localSkill.invoke(event, {}));
      }),
      { numRuns: 1500 },
    );
  }, 300_000);

  it('logged no personal data and no stack while doing so', () => {
    const logged = JSON.stringify(stack.log.lines);
    expect(logged).not.toContain('amzn1.ask.account');
    expect(logged).not.toMatch(/\.ts:\d+/);
  });
});
