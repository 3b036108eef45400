/**
 * Test helper: the real Alexa skill over the real conversation and services, on a fresh DynamoDB
 * Local table loaded with a demo store (the US one unless named), with a clock the test controls, a recording log, and
 * linked-account tokens made by `npm run dev:token` itself.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import {
  buildAlexaSkill,
  type AlexaSkill,
  type AlexaSkillOptions,
} from '../../lambda/adapters/alexa/alexa-skill';
import { buildConversation } from '../../lambda/conversation/core';
import type { DemoStore } from '../../lambda/local/demo/demo-stores';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { TEST_SKILL_ID } from './alexa-envelopes';
import { recordingLog, type RecordingLog } from './alexa-log';
import { createTestServices, type TestServices } from './test-services';

/** The skill and what stands behind it. */
export interface AlexaStack {
  readonly skill: AlexaSkill;
  readonly backend: TestServices;
  /** What the adapter logged. */
  readonly log: RecordingLog;
  /** A linked-account access token for `customerId`, printed by `npm run dev:token`. */
  devToken(customerId: string): Promise<string>;
  drop(): Promise<void>;
}

const root = resolve(__dirname, '../..');

/**
 * Builds the stack; call drop() in afterAll. Monday 10:00 in New York unless `start` says otherwise;
 * `env` overrides the services' configuration (as createTestServices takes it).
 */
export async function createAlexaStack(
  start = '2026-11-23T15:00:00.000Z',
  env: Readonly<Record<string, string>> = {},
  store?: DemoStore,
  skillOptions: Pick<AlexaSkillOptions, 'reminders'> = {},
): Promise<AlexaStack> {
  const backend = await createTestServices({}, start, env);
  const { table } = backend;
  await loadDemoStore({ doc: table.doc, tableName: table.tableName, ...(store ? { store } : {}) });
  const log = recordingLog();
  const skill = buildAlexaSkill(buildConversation({ ...backend.services, progressDelayMs: 10_000 }), {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log,
    ...skillOptions,
  });
  const cliEnv = { ...process.env, DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName };
  return {
    skill,
    backend,
    log,
    devToken: (customerId) =>
      new Promise((done, fail) => {
        execFile(
          'npx',
          ['tsx', 'lambda/local/dev-token.ts', customerId],
          { cwd: root, env: cliEnv, timeout: 60_000 },
          (error, stdout) =>
            error
              ? fail(new Error(`dev:token failed: ${error.message}`))
              : done(stdout.trim().split('\n').pop() ?? ''),
        );
      }),
    drop: () => table.drop(),
  };
}
