/**
 * What the Alexa benchmarks stand on: the real skill (ask-sdk-core adapter, conversation core,
 * services) over DynamoDB Local with the demo store, deeply restocked, a meter on the DynamoDB client,
 * and shoppers who talk to it one turn at a time the way Alexa does (session attributes carried from
 * each response to the next request, a linked account's token on every request).
 */
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients, type DynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import type { AlexaSkill } from '../lambda/adapters/alexa/alexa-skill';
import { buildServices } from '../lambda/composition-root';
import { readConfig } from '../lambda/config';
import { issueDevToken } from '../lambda/local/dev-token-signer';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { loadDemoStore } from '../lambda/local/load-demo-store';
import { wireAlexaSkill } from '../lambda/platforms/alexa';
import { attachMeter, type DynamoMeter, type MeterReading } from './dynamo-meter';

const SKILL_ID = 'amzn1.ask.skill.00000000-bench-4000-8000-000000000000';

/** A slot as Alexa sends it: the words heard and, when entity resolution matched, the id. */
export interface BenchSlot {
  readonly value: string;
  readonly id?: string;
}

/** One measured turn: what it cost and what Alexa would have said. */
export interface MeasuredTurn {
  readonly ms: number;
  readonly reading: MeterReading;
  readonly speech: string;
}

/** The running skill and its table. */
export interface AlexaBench {
  readonly skill: AlexaSkill;
  readonly clients: DynamoClients;
  readonly table: string;
  readonly meter: DynamoMeter;
  /** A shopper with a linked account (a token for `customer` on every request). */
  shopper(customer: string): Promise<BenchShopper>;
  stop(): Promise<void>;
}

/** One Alexa user talking to the skill. */
export interface BenchShopper {
  /** Sends one turn (a new session after `endSession()` or at first) and measures it. */
  say(intent: string, slots?: Record<string, BenchSlot>): Promise<MeasuredTurn>;
  /** The next turn opens a new session. */
  endSession(): void;
}

function slotsOf(slots: Record<string, BenchSlot>): Record<string, unknown> {
  const resolution = (slot: BenchSlot) =>
    slot.id
      ? {
          resolutions: {
            resolutionsPerAuthority: [
              {
                status: { code: 'ER_SUCCESS_MATCH' },
                values: [{ value: { id: slot.id, name: slot.value } }],
              },
            ],
          },
        }
      : {};
  return Object.fromEntries(
    Object.entries(slots).map(([name, slot]) => [name, { name, value: slot.value, ...resolution(slot) }]),
  );
}

function envelope(intent: string, slots: Record<string, BenchSlot>, session: SessionSoFar): unknown {
  const application = { applicationId: SKILL_ID };
  const user = { userId: session.userId, accessToken: session.token };
  const requestId = `bench-${session.userId}-${session.turns}`;
  return {
    version: '1.0',
    session: {
      new: session.turns === 0,
      sessionId: `bench-${session.userId}-${session.number}`,
      application,
      user,
      attributes: session.attributes,
    },
    context: {
      System: {
        application,
        user,
        device: { supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request:
      intent === 'LaunchRequest'
        ? { type: 'LaunchRequest', requestId, locale: 'en-US' }
        : {
            type: 'IntentRequest',
            requestId,
            locale: 'en-US',
            intent: { name: intent, slots: slotsOf(slots) },
          },
  };
}

interface SessionSoFar {
  readonly userId: string;
  readonly token: string;
  number: number;
  turns: number;
  attributes: unknown;
}

function newSession(session: SessionSoFar): void {
  session.number += 1;
  session.turns = 0;
  session.attributes = {};
}

/** Stocks every product deeply, so that many sessions never sell out what they buy. */
async function restock(clients: DynamoClients, table: string): Promise<void> {
  const { Items = [] } = await clients.doc.send(
    new ScanCommand({
      TableName: table,
      FilterExpression: 'sk = :sk',
      ExpressionAttributeValues: { ':sk': 'PRODUCT' },
    }),
  );
  for (const item of Items) {
    await clients.doc.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: item.pk as string, sk: 'PRODUCT' },
        UpdateExpression: 'SET stock = :stock',
        ExpressionAttributeValues: { ':stock': 1_000_000 },
      }),
    );
  }
}

/** Starts DynamoDB Local, loads the demo store into `table` and wires the skill as the handler does. */
export async function startAlexaBench(table: string): Promise<AlexaBench> {
  const db = await startDynamoDbLocal();
  const clients = createDynamoClients({ region: 'us-east-1', endpoint: db.endpoint });
  await ensureTable(clients.client, table);
  await loadDemoStore({ doc: clients.doc, tableName: table });
  await restock(clients, table);
  const config = readConfig({
    DYNAMODB_ENDPOINT: db.endpoint,
    TABLE_NAME: table,
    LOG_LEVEL: 'silent',
    ALEXA_SKILL_ID: SKILL_ID,
  });
  const skill = wireAlexaSkill(config, buildServices(config, { clients }));
  const meter = attachMeter(clients.client);
  return {
    skill,
    clients,
    table,
    meter,
    shopper: async (customer) => {
      const token = await issueDevToken(clients.doc, table, customer);
      const session: SessionSoFar = {
        userId: `amzn1.ask.account.${customer}`,
        token,
        number: 0,
        turns: 0,
        attributes: {},
      };
      return {
        say: async (intent, slots = {}) => {
          const request = envelope(intent, slots, session);
          meter.reset();
          const started = performance.now();
          const response = await skill.invoke(request, {});
          const elapsed = performance.now() - started;
          const reading = meter.read();
          session.turns += 1;
          session.attributes = response.sessionAttributes ?? {};
          const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
          if (response.response.shouldEndSession) newSession(session);
          return { ms: elapsed, reading, speech: ssml.replace(/<[^>]+>/g, '') };
        },
        endSession: () => newSession(session),
      };
    },
    stop: async () => {
      clients.client.destroy();
      await db.stop();
    },
  };
}
