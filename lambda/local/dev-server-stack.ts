/**
 * The product in one process, built the way the Lambda handlers build it: config read from the
 * environment (with the local DynamoDB endpoint, table and skill id), the services of the
 * composition root, the Alexa skill and the Google action their handlers build, and the merchant API. Used by
 * `npm start`, `npm run talk` and the dev server tests.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { buildAlexaSkill, type AlexaSkill } from '../adapters/alexa/alexa-skill';
import { isAlexaApiEndpoint } from '../adapters/alexa/progressive-response';
import { buildGoogleAction, type GoogleAction } from '../adapters/google/google-action';
import { createSignatureVerifier } from '../adapters/google/signature-verifier';
import { buildMerchantApi } from '../adapters/merchant-api/merchant-api';
import {
  alexaSkillEvents,
  buildConversationFromServices,
  buildServices,
  type Services,
} from '../composition-root';
import { readConfig, type Config } from '../config';
import type { Logger } from '../domain/ports';

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
}

/** The in-process product. */
export interface LocalStack {
  readonly config: Config;
  readonly services: Services;
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
  const services = buildServices(config, { logger: options.logger });
  const conversation = buildConversationFromServices(services);
  const extra = options.progressEndpoints ?? [];
  const alexa = buildAlexaSkill(conversation, {
    skillId: config.alexaSkillId,
    requireSkillId: !config.local,
    log: options.logger,
    skillEvents: alexaSkillEvents(services),
    progress: {
      isAllowedEndpoint: (url) => isAlexaApiEndpoint(url) || extra.some((allowed) => allowed(url)),
    },
  });
  const google = buildGoogleAction(conversation, {
    log: options.logger,
    ...(config.googleProjectId
      ? { verifier: createSignatureVerifier({ projectId: config.googleProjectId }) }
      : {}),
  });
  return {
    config,
    services,
    skillId,
    alexa,
    google,
    merchantApi: buildMerchantApi(services),
    close: () => services.clients.client.destroy(),
  };
}
