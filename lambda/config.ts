/**
 * Reads and validates the environment once, at cold start. Every setting the functions use is here,
 * with its default; a bad value stops the cold start with a message naming the variable.
 */
import * as z from 'zod';
import { DEFAULT_TABLE_NAME } from './adapters/dynamodb/table';
import { NOTIFY_ENV, NotifyConfigError, readNotifyConfig, type NotifyConfig } from './notify-config';

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const schema = z.object({
  TABLE_NAME: optional.default(DEFAULT_TABLE_NAME),
  AWS_REGION: optional.default('us-east-1'),
  DYNAMODB_ENDPOINT: optional.pipe(z.url().optional()),
  DYNAMODB_TIMEOUT_MS: z.coerce.number().int().min(100).max(7000).default(2000),
  /** Every turn answers within this many milliseconds (Alexa waits 8 s). */
  TURN_DEADLINE_MS: z.coerce.number().int().min(500).max(7500).default(6000),
  ALEXA_SKILL_ID: optional,
  GOOGLE_PROJECT_ID: optional,
  COGNITO_USER_POOL_ID: optional,
  COGNITO_CLIENT_ID: optional,
  PAYMENT_MODE: z.enum(['pay_on_delivery', 'merchant_webhook']).default('pay_on_delivery'),
  PAYMENT_WEBHOOK_URL: optional.pipe(z.url().optional()),
  MERCHANT_WEBHOOK_URL: optional.pipe(z.url().optional()),
  MERCHANT_WEBHOOK_SECRET_ARN: optional,
  /** A secret value given directly (local stack); in AWS the ARN above is used instead. */
  MERCHANT_WEBHOOK_SECRET: optional,
  /** The FIFO queue order events are delivered from (the events function). */
  ORDER_EVENTS_QUEUE_URL: optional.pipe(z.url().optional()),
  ...NOTIFY_ENV,
  SEARCH_REFRESH_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  SEARCH_SNAPSHOT_BUCKET: optional.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
      .optional(),
  ),
  SEARCH_SNAPSHOT_KEY: optional.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]{1,512}$/)
      .optional(),
  ),
  SEARCH_SNAPSHOT_DIR: optional,
  SEARCH_SNAPSHOT_GRACE_SECONDS: z.coerce.number().int().min(0).max(86400).default(120),
  SETTINGS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** CloudWatch's rule for a custom namespace: these characters, and not under AWS/. */
  POWERTOOLS_METRICS_NAMESPACE: optional.pipe(
    z
      .string()
      .regex(/^(?!AWS\/)[A-Za-z0-9._/#:-]{1,255}$/)
      .optional(),
  ),
});

/** The S3 key of the search index snapshot unless SEARCH_SNAPSHOT_KEY says otherwise. */
export const DEFAULT_SNAPSHOT_KEY = 'search-index/catalog.snapshot';

/** Where local mode keeps the search index snapshot, relative to the working directory. */
export const LOCAL_SNAPSHOT_DIR = '.local/search-index';

/** The validated settings of a function. */
export interface Config extends NotifyConfig {
  readonly tableName: string;
  readonly region: string;
  /** Set for DynamoDB Local; unset in AWS. */
  readonly dynamodbEndpoint?: string;
  readonly dynamodbTimeoutMs: number;
  /** Every turn answers within this many milliseconds. */
  readonly turnDeadlineMs: number;
  /** True when the data lives on a loopback DynamoDB (the local stack): dev tokens are accepted. */
  readonly local: boolean;
  readonly alexaSkillId?: string;
  readonly googleProjectId?: string;
  readonly cognito?: { readonly userPoolId: string; readonly clientId: string };
  readonly payment:
    | { readonly mode: 'pay_on_delivery' }
    | {
        readonly mode: 'merchant_webhook';
        readonly url: string;
        /** Signs every call: the secret itself (local stack), or its Secrets Manager ARN. */
        readonly secret?: string;
        readonly secretArn?: string;
      };
  readonly merchantWebhook?: { readonly url: string; readonly secretArn?: string; readonly secret?: string };
  /** The queue order events are delivered from. */
  readonly orderEventsQueueUrl?: string;
  readonly searchRefreshSeconds: number;
  /**
   * Where the search index snapshot is kept: an S3 object in AWS, a file in a folder locally (by
   * default .local/search-index in local mode); unset, every container builds its own index.
   */
  readonly searchSnapshots?: { readonly bucket: string; readonly key: string } | { readonly dir: string };
  /** Seconds a container waits for the snapshot of a newer catalog version before building it itself. */
  readonly searchSnapshotGraceSeconds: number;
  readonly settingsCacheSeconds: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The CloudWatch namespace of the conversation's metrics; unset uses the default. */
  readonly metricsNamespace?: string;
}

/** Thrown when the environment is invalid; the message names each bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}

/** The after-order settings, their errors as ConfigError like every other. */
function notifyConfigOf(e: Parameters<typeof readNotifyConfig>[0]): NotifyConfig {
  try {
    return readNotifyConfig(e);
  } catch (error) {
    throw error instanceof NotifyConfigError ? new ConfigError(error.message) : error;
  }
}

/** Validates the environment and returns the settings. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const local = e.DYNAMODB_ENDPOINT !== undefined && isLoopback(e.DYNAMODB_ENDPOINT);
  if ((e.COGNITO_USER_POOL_ID === undefined) !== (e.COGNITO_CLIENT_ID === undefined)) {
    throw new ConfigError('invalid environment: COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID go together');
  }
  if (e.PAYMENT_MODE === 'merchant_webhook' && !e.PAYMENT_WEBHOOK_URL) {
    throw new ConfigError('invalid environment: PAYMENT_MODE=merchant_webhook needs PAYMENT_WEBHOOK_URL');
  }
  // An unsigned charge is refused by a merchant who checks, and open to anyone who does not.
  if (e.PAYMENT_MODE === 'merchant_webhook' && !e.MERCHANT_WEBHOOK_SECRET && !e.MERCHANT_WEBHOOK_SECRET_ARN) {
    throw new ConfigError(
      'invalid environment: PAYMENT_MODE=merchant_webhook needs MERCHANT_WEBHOOK_SECRET or MERCHANT_WEBHOOK_SECRET_ARN to sign with',
    );
  }
  return {
    tableName: e.TABLE_NAME,
    region: e.AWS_REGION,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    dynamodbTimeoutMs: e.DYNAMODB_TIMEOUT_MS,
    turnDeadlineMs: e.TURN_DEADLINE_MS,
    local,
    alexaSkillId: e.ALEXA_SKILL_ID,
    googleProjectId: e.GOOGLE_PROJECT_ID,
    cognito:
      e.COGNITO_USER_POOL_ID && e.COGNITO_CLIENT_ID
        ? { userPoolId: e.COGNITO_USER_POOL_ID, clientId: e.COGNITO_CLIENT_ID }
        : undefined,
    payment:
      e.PAYMENT_MODE === 'merchant_webhook' && e.PAYMENT_WEBHOOK_URL
        ? {
            mode: 'merchant_webhook',
            url: e.PAYMENT_WEBHOOK_URL,
            ...(e.MERCHANT_WEBHOOK_SECRET ? { secret: e.MERCHANT_WEBHOOK_SECRET } : {}),
            ...(e.MERCHANT_WEBHOOK_SECRET_ARN ? { secretArn: e.MERCHANT_WEBHOOK_SECRET_ARN } : {}),
          }
        : { mode: 'pay_on_delivery' },
    merchantWebhook: e.MERCHANT_WEBHOOK_URL
      ? {
          url: e.MERCHANT_WEBHOOK_URL,
          secretArn: e.MERCHANT_WEBHOOK_SECRET_ARN,
          secret: e.MERCHANT_WEBHOOK_SECRET,
        }
      : undefined,
    orderEventsQueueUrl: e.ORDER_EVENTS_QUEUE_URL,
    ...notifyConfigOf(e),
    searchRefreshSeconds: e.SEARCH_REFRESH_SECONDS,
    searchSnapshots: e.SEARCH_SNAPSHOT_BUCKET
      ? { bucket: e.SEARCH_SNAPSHOT_BUCKET, key: e.SEARCH_SNAPSHOT_KEY ?? DEFAULT_SNAPSHOT_KEY }
      : e.SEARCH_SNAPSHOT_DIR || local
        ? { dir: e.SEARCH_SNAPSHOT_DIR ?? LOCAL_SNAPSHOT_DIR }
        : undefined,
    searchSnapshotGraceSeconds: e.SEARCH_SNAPSHOT_GRACE_SECONDS,
    settingsCacheSeconds: e.SETTINGS_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
    metricsNamespace: e.POWERTOOLS_METRICS_NAMESPACE,
  };
}
