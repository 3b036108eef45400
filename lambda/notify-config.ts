/**
 * The settings of what happens after the order: the idle time of carts, Alexa's order updates
 * (API host, stage, Login with Amazon token URL and the skill's client credentials) and where
 * idle-cart checks are scheduled. Part of config.ts's one validation of the environment.
 */
import * as z from 'zod';

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The environment variables, as config.ts's schema takes them. */
export const NOTIFY_ENV = {
  /** A cart untouched this long is left behind: a cart.abandoned event, and said on the next launch. */
  CART_IDLE_HOURS: z.coerce.number().min(0.01).max(720).default(24),
  /** Alexa's API host for proactive events, and the stage sent to (development while testing). */
  ALEXA_API_URL: optional.pipe(z.url().optional()),
  ALEXA_EVENTS_STAGE: z.enum(['live', 'development']).default('live'),
  /** Login with Amazon's token endpoint, and the skill's client credentials (the secret, or its ARN). */
  ALEXA_TOKEN_URL: optional.pipe(z.url().optional()),
  ALEXA_CLIENT_ID: optional,
  ALEXA_CLIENT_SECRET: optional,
  ALEXA_CLIENT_SECRET_ARN: optional,
  /** EventBridge Scheduler: the group idle-cart checks go in, their role, their target (default: this function). */
  IDLE_CHECK_SCHEDULE_GROUP: optional,
  IDLE_CHECK_TARGET_ARN: optional,
  IDLE_CHECK_ROLE_ARN: optional,
};

/** The parsed variables. */
export type NotifyEnv = z.infer<z.ZodObject<typeof NOTIFY_ENV>>;

/** The validated settings. */
export interface NotifyConfig {
  /** Minutes a cart stays untouched before it is left behind. */
  readonly cartIdleMinutes: number;
  /** Order updates through Alexa's Proactive Events API; unset sends none. */
  readonly proactiveEvents?: {
    readonly apiUrl: string;
    readonly stage: 'live' | 'development';
    readonly tokenUrl: string;
    readonly clientId: string;
    readonly clientSecret?: string;
    readonly clientSecretArn?: string;
  };
  /** Where idle-cart checks are scheduled (EventBridge Scheduler); unset in the local stack. */
  readonly idleCheckSchedule?: {
    readonly group: string;
    readonly roleArn: string;
    readonly targetArn?: string;
  };
}

/** A bad combination of these variables; the message names them. */
export class NotifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotifyConfigError';
  }
}

/** Alexa's client credentials with the API hosts, or undefined when no client id is set. */
function proactiveEventsOf(e: NotifyEnv): NotifyConfig['proactiveEvents'] {
  if (!e.ALEXA_CLIENT_ID) return undefined;
  if (!e.ALEXA_CLIENT_SECRET && !e.ALEXA_CLIENT_SECRET_ARN) {
    throw new NotifyConfigError(
      'invalid environment: ALEXA_CLIENT_ID needs ALEXA_CLIENT_SECRET or ALEXA_CLIENT_SECRET_ARN',
    );
  }
  return {
    apiUrl: e.ALEXA_API_URL ?? 'https://api.amazonalexa.com',
    stage: e.ALEXA_EVENTS_STAGE,
    tokenUrl: e.ALEXA_TOKEN_URL ?? 'https://api.amazon.com/auth/o2/token',
    clientId: e.ALEXA_CLIENT_ID,
    ...(e.ALEXA_CLIENT_SECRET ? { clientSecret: e.ALEXA_CLIENT_SECRET } : {}),
    ...(e.ALEXA_CLIENT_SECRET_ARN ? { clientSecretArn: e.ALEXA_CLIENT_SECRET_ARN } : {}),
  };
}

/** The settings from the parsed environment. */
export function readNotifyConfig(e: NotifyEnv): NotifyConfig {
  return {
    cartIdleMinutes: Math.round(e.CART_IDLE_HOURS * 60),
    proactiveEvents: proactiveEventsOf(e),
    idleCheckSchedule:
      e.IDLE_CHECK_SCHEDULE_GROUP && e.IDLE_CHECK_ROLE_ARN
        ? {
            group: e.IDLE_CHECK_SCHEDULE_GROUP,
            roleArn: e.IDLE_CHECK_ROLE_ARN,
            ...(e.IDLE_CHECK_TARGET_ARN ? { targetArn: e.IDLE_CHECK_TARGET_ARN } : {}),
          }
        : undefined,
  };
}
