/**
 * What production teaches: a turn the skill does not understand is counted as a CloudWatch metric
 * and logged with what was open, through the real Alexa skill, conversation and services on
 * DynamoDB Local, and the metrics adapter that writes the embedded metric format. The shopper's
 * words reach neither.
 */
import { buildAlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { PowertoolsMetrics } from '../../lambda/adapters/system/powertools-metrics';
import { buildConversationFromServices } from '../../lambda/composition-root';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { AlexaSession, alexaUserId, TEST_SKILL_ID } from '../support/alexa-envelopes';
import { recordingLog } from '../support/alexa-log';
import { captureStdout, emfLines, metricNames, type EmfLine } from '../support/emf';
import { createTestServices, type TestServices } from '../support/test-services';

let backend: TestServices;
let session: AlexaSession;
let stdout: ReturnType<typeof captureStdout>;

beforeAll(async () => {
  backend = await createTestServices({ metrics: new PowertoolsMetrics() });
  await loadDemoStore({ doc: backend.table.doc, tableName: backend.table.tableName });
});

afterAll(() => backend.table.drop());

beforeEach(() => {
  const skill = buildAlexaSkill(buildConversationFromServices(backend.services), {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log: recordingLog(),
  });
  session = new AlexaSession(skill, { userId: alexaUserId() });
  stdout = captureStdout();
});

afterEach(() => stdout.restore());

const lines = (): EmfLine[] => emfLines(stdout.lines());
const named = (name: string): EmfLine[] => lines().filter((line) => metricNames(line).includes(name));

it('counts each answered turn, and a fallback with the list that was open', async () => {
  await session.launch();
  await session.say('SearchProductIntent', { query: 'almond milk' });
  expect(named('Turn')).toHaveLength(2);
  expect(named('Fallback')).toHaveLength(0);

  await session.say('AMAZON.FallbackIntent');
  const [fallback] = named('Fallback');
  expect(fallback).toMatchObject({
    Fallback: 1,
    platform: 'alexa',
    heard: 'fallback',
    previousIntent: 'SearchProductIntent',
    openList: 'products',
    productInFocus: 'no',
  });
  expect(named('Turn')).toHaveLength(3);
  const logged = backend.logger.events.filter((entry) => entry.event === 'conversation.fallback');
  expect(logged).toHaveLength(1);
  expect(logged[0]!.fields).toMatchObject({ previousIntent: 'SearchProductIntent', openList: 'products' });
});

it('never writes the shopper’s words, only which slots were filled', async () => {
  await session.launch();
  await session.say('UnknownIntentFromAnOldModel', { product: 'my neighbour jane smith' });
  const [fallback] = named('Fallback');
  expect(fallback).toMatchObject({ heard: 'unknownIntent', slots: 'product:heard' });
  expect(stdout.lines().join('\n')).not.toMatch(/neighbour|jane|smith/i);
  expect(JSON.stringify(backend.logger.events)).not.toMatch(/neighbour|jane|smith/i);
});
