/**
 * Test helper: the real Alexa skill over the real conversation and services whose DynamoDB client
 * goes through the fault proxy to DynamoDB Local (demo store loaded), with short timeouts as the
 * functions would have them; and a second, direct view of the same table to check what is stored.
 */
import { buildAlexaSkill, type AlexaSkill } from '../../lambda/adapters/alexa/alexa-skill';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';
import { buildServices, type Services } from '../../lambda/composition-root';
import { readConfig } from '../../lambda/config';
import { buildConversation } from '../../lambda/conversation/core';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { AlexaSession, alexaUserId, TEST_SKILL_ID } from './alexa-envelopes';
import { recordingLog } from './alexa-log';
import { ensureLocalSigningKeysAndSign } from './dev-tokens';
import { createTestTable, type TestTable } from './dynamo';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { MemoryLogger } from './test-services';

/** The skill behind the proxy, the proxy, and the table seen directly. */
export interface FaultStack {
  readonly skill: AlexaSkill;
  readonly proxy: FaultProxy;
  readonly table: TestTable;
  /** The services on the table directly, without faults: what is stored. */
  readonly stored: Services;
  readonly logger: MemoryLogger;
  /** A linked shopper's session, opened. */
  shopper(customerId: string): Promise<AlexaSession>;
  drop(): Promise<void>;
}

/** Per-request timeout of the skill's DynamoDB client (the functions' default is 2 s). */
export const FAULT_TIMEOUT_MS = 500;

/** How the skill's turns and requests are timed (by default the request timeout above, a 6 s deadline). */
export interface FaultTimings {
  readonly requestTimeoutMs?: number;
  readonly turnDeadlineMs?: number;
}

/** Builds the stack; call drop() in afterAll. */
export async function createFaultStack(timings: FaultTimings = {}): Promise<FaultStack> {
  const table = await createTestTable('faults');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const proxy = await startFaultProxy(table.endpoint);
  const env = { TABLE_NAME: table.tableName, SEARCH_REFRESH_SECONDS: '0', SETTINGS_CACHE_SECONDS: '3600' };
  const logger = new MemoryLogger();
  const clients = createDynamoClients({
    region: 'us-east-1',
    endpoint: proxy.endpoint,
    requestTimeoutMs: timings.requestTimeoutMs ?? FAULT_TIMEOUT_MS,
  });
  const services = buildServices(readConfig({ ...env, DYNAMODB_ENDPOINT: proxy.endpoint }), {
    clients,
    logger,
  });
  const stored = buildServices(readConfig({ ...env, DYNAMODB_ENDPOINT: table.endpoint }), {
    clients: table,
    logger,
  });
  const conversation = buildConversation({
    ...services,
    progressDelayMs: 10_000,
    ...(timings.turnDeadlineMs ? { turnDeadlineMs: timings.turnDeadlineMs } : {}),
  });
  const skill = buildAlexaSkill(conversation, {
    skillId: TEST_SKILL_ID,
    requireSkillId: true,
    log: recordingLog(),
  });
  return {
    skill,
    proxy,
    table,
    stored,
    logger,
    async shopper(customerId) {
      const accessToken = await ensureLocalSigningKeysAndSign(table, customerId);
      const session = new AlexaSession(skill, { userId: alexaUserId(), accessToken });
      await session.launch();
      return session;
    },
    async drop() {
      await proxy.close();
      clients.client.destroy();
      await table.drop();
    },
  };
}
