/**
 * The Alexa Lambda entry as Lambda loads it: configured from the environment at module load, two
 * parameters, answering from the local data; in AWS (no local DynamoDB) it refuses every request
 * without ALEXA_SKILL_ID.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { alexaUserId, launchRequest, TEST_SKILL_ID } from '../support/alexa-envelopes';
import { wordsOf, responseProblems } from '../support/alexa-ssml';
import { createTestTable, type TestTable } from '../support/dynamo';

type Handler = (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope>;

const VARIABLES = [
  'DYNAMODB_ENDPOINT',
  'TABLE_NAME',
  'ALEXA_SKILL_ID',
  'LOG_LEVEL',
  'COGNITO_USER_POOL_ID',
  'COGNITO_CLIENT_ID',
];

/** Loads a fresh copy of the handler module with exactly these variables set. */
async function loadHandler(env: Record<string, string>): Promise<Handler> {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  try {
    let handler: Handler | undefined;
    await jest.isolateModulesAsync(async () => {
      ({ handler } = await import('../../lambda/handlers/alexa'));
    });
    return handler!;
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const lambdaContext = { functionName: 'alexa', awsRequestId: 'test' } as Context;

describe('handlers/alexa.ts', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('alexa-handler');
    await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  });

  afterAll(async () => {
    await table.drop();
  });

  it('answers a LaunchRequest from the local data, through a two-parameter handler', async () => {
    const handler = await loadHandler({
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      LOG_LEVEL: 'silent',
    });
    expect(handler.length).toBe(2);
    const response = await handler(launchRequest({ userId: alexaUserId() }), lambdaContext);
    expect(responseProblems(response)).toEqual([]);
    expect(wordsOf(response).speech).toMatch(/^Welcome to Corner Market\./);
  });

  it('refuses a request for another skill', async () => {
    const handler = await loadHandler({
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      ALEXA_SKILL_ID: TEST_SKILL_ID,
      LOG_LEVEL: 'silent',
    });
    const foreign = launchRequest({ skillId: 'amzn1.ask.skill.99999999-0000-0000-0000-000000000000' });
    await expect(handler(foreign, lambdaContext)).rejects.toThrow('the request is for another skill');
  });

  it('loads in AWS without ALEXA_SKILL_ID but refuses every request', async () => {
    const handler = await loadHandler({ TABLE_NAME: table.tableName, LOG_LEVEL: 'silent' });
    expect(handler.length).toBe(2);
    await expect(handler(launchRequest({ userId: alexaUserId() }), lambdaContext)).rejects.toThrow(
      /ALEXA_SKILL_ID is not set/,
    );
  });

  it('starts without ALEXA_SKILL_ID on the local stack', async () => {
    const handler = await loadHandler({
      DYNAMODB_ENDPOINT: table.endpoint,
      TABLE_NAME: table.tableName,
      LOG_LEVEL: 'silent',
    });
    const response = await handler(
      launchRequest({ userId: alexaUserId(), skillId: 'amzn1.ask.skill.local' }),
      lambdaContext,
    );
    expect(wordsOf(response).speech).toMatch(/^Welcome to Corner Market\./);
  });
});
