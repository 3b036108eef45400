/**
 * The MCP server's own settings, read and validated once at cold start beside config.ts: which
 * Cognito app clients assistants call with (the shopper tier's authorization-code clients and the
 * service tier's client-credentials clients), the scope a service token must carry, and the hosted
 * sign-in domain the authorization-server metadata points at.
 */
import * as z from 'zod';
import { ASSISTANT_SERVICE_SCOPE } from './adapters/identity/local-token';
import { ConfigError } from './config';

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );

const schema = z.object({
  ASSISTANT_CLIENT_IDS: list,
  ASSISTANT_SERVICE_CLIENT_IDS: list,
  ASSISTANT_SERVICE_SCOPE: z
    .string()
    .trim()
    .regex(/^[\w.:/-]+$/)
    .default(ASSISTANT_SERVICE_SCOPE),
  COGNITO_DOMAIN_URL: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.url({ protocol: /^https$/ }).optional())
    .optional(),
});

/** The MCP server's settings. */
export interface AssistantConfig {
  /** App clients whose authorization-code tokens act for a shopper. */
  readonly shopperClientIds: readonly string[];
  /** App clients whose client-credentials tokens may browse (the Alexa+ service tier). */
  readonly serviceClientIds: readonly string[];
  readonly serviceScope: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`, for the authorization-server metadata. */
  readonly hostedDomainUrl?: string;
}

/** Validates the MCP server's environment. */
export function readAssistantConfig(env: Readonly<Record<string, string | undefined>>): AssistantConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    shopperClientIds: e.ASSISTANT_CLIENT_IDS,
    serviceClientIds: e.ASSISTANT_SERVICE_CLIENT_IDS,
    serviceScope: e.ASSISTANT_SERVICE_SCOPE,
    ...(e.COGNITO_DOMAIN_URL ? { hostedDomainUrl: e.COGNITO_DOMAIN_URL } : {}),
  };
}
