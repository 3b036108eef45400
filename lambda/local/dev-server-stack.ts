/**
 * The product in one process, wired the way the Lambda handlers wire it (platforms/): config read
 * from the environment (with the local DynamoDB endpoint, table and skill id), the services of the
 * composition root on clients this stack owns, the Alexa skill, the Google action and the merchant
 * API. Used by `npm start`, `npm run talk` and the dev server tests.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { AlexaSkill } from '../adapters/alexa/alexa-skill';
import type { DynamoClients } from '../adapters/dynamodb/client';
import type { GoogleAction } from '../adapters/google/google-action';
import { buildMerchantApi } from '../adapters/merchant-api/merchant-api';
import { buildServices, dynamoClientsFor, type ServiceOverrides, type Services } from '../composition-root';
import { readConfig, type Config } from '../config';
import type { Logger } from '../domain/ports';
import { wireAlexaSkill } from '../platforms/alexa';
import { wireGoogleAction } from '../platforms/google';

/** The skill id the local stack answers when ALEXA_SKILL_ID is not set; the console's envelopes carry it. */
export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/** Where the local stack's data is and how it logs. */
export interface LocalStackOptions {
  readonly endpoint: string;
  readonly tableName: string;
  /** The skill id to answer; default ALEXA_SKILL_ID from the environment, else LOCAL_SKILL_ID. */
  readonly skillId?: string;
  readonly logger: Logger;
  /** Other directive endpoints progressive responses may go to (the console's). */
  readonly progressEndpoints?: readonly ((url: URL) => boolean)[];
  /** The environment to read the rest of the settings from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A stopped clock and counted ids, for a transcript that reads the same on every run. */
  readonly fixed?: Pick<ServiceOverrides, 'clock' | 'ids'>;
}

/** The in-process product. */
export interface LocalStack {
  readonly config: Config;
  readonly services: Services;
  /** The DynamoDB clients the services run on (the stack's own). */
  readonly clients: DynamoClients;
  readonly skillId: string;
  readonly alexa: AlexaSkill;
  /** The Google action the Google handler builds (signatures checked when GOOGLE_PROJECT_ID is set). */
  readonly google: GoogleAction;
  readonly merchantApi: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  /** Releases the DynamoDB client's sockets. */
  close(): void;
}

/** Builds the stack; throws a ConfigError naming the variable when the environment is invalid. */
export function buildLocalStack(options: LocalStackOptions): LocalStack {
  const env = options.env ?? process.env;
  const skillId = options.skillId ?? (env.ALEXA_SKILL_ID?.trim() || LOCAL_SKILL_ID);
  const config = readConfig({
    ...env,
    DYNAMODB_ENDPOINT: options.endpoint,
    TABLE_NAME: options.tableName,
    ALEXA_SKILL_ID: skillId,
  });
  const clients = dynamoClientsFor(config);
  const services = buildServices(config, { ...options.fixed, logger: options.logger, clients });
  return {
    config,
    services,
    clients,
    skillId,
    alexa: wireAlexaSkill(config, services, { progressEndpoints: options.progressEndpoints ?? [] }),
    google: wireGoogleAction(config, services),
    merchantApi: buildMerchantApi(services),
    close: () => clients.client.destroy(),
  };
}
