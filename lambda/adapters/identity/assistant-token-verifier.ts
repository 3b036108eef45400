/**
 * Verifies the bearer tokens AI assistants send to the MCP server, with `aws-jwt-verify`, and tells
 * the two tiers apart (Alexa+'s two-tier model):
 *
 * - a service token (OAuth client credentials: its `sub` is its own `client_id`, and it carries the
 *   service scope) lets an assistant discover the tools and browse the store;
 * - a shopper's token (authorization code with PKCE: `sub` is the customer) also reaches that
 *   shopper's cart and orders, and nobody else's.
 *
 * In AWS the tokens come from the stack's Cognito pool, from the assistant app clients only; on the
 * local stack from `npm run dev:token` (`--service` for a service token), checked against the local key
 * set in the table.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { localJwtCheck, requireExpiry, verifiedPayload } from './jwt-checks';
import {
  ASSISTANT_SERVICE_SCOPE,
  isValidCustomerId,
  LOCAL_SERVICE_CLIENT_ID,
  LOCAL_TOKEN_AUDIENCE,
} from './local-token';

/** Who a valid assistant token speaks for. */
export type AssistantIdentity =
  | { readonly kind: 'shopper'; readonly customerId: string; readonly clientId: string }
  | { readonly kind: 'service'; readonly clientId: string };

/** Which app clients may call, per tier, and the scope a service token must carry. */
export interface AssistantClients {
  readonly shopperClientIds: readonly string[];
  readonly serviceClientIds: readonly string[];
  readonly serviceScope: string;
}

/** Where the tokens come from. */
export type AssistantTokenVerifierConfig =
  | ({
      readonly mode: 'cognito';
      readonly userPoolId: string;
      /** The pool's JWKS, when known in advance: saves the download on the first token. */
      readonly jwks?: Jwks;
    } & AssistantClients)
  | { readonly mode: 'local'; readonly doc: DynamoDBDocumentClient; readonly tableName: string };

/** Verifies a bearer token; undefined for anything not valid for this server. */
export interface AssistantTokenVerifier {
  /** Rejects only with VerificationUnavailableError (the keys could not be loaded). */
  verify(token: string): Promise<AssistantIdentity | undefined>;
}

/** The local stack's clients: dev tokens for shoppers, `dev:token --service` for the service tier. */
export const LOCAL_ASSISTANT_CLIENTS: AssistantClients = {
  shopperClientIds: [LOCAL_TOKEN_AUDIENCE],
  serviceClientIds: [LOCAL_SERVICE_CLIENT_ID],
  serviceScope: ASSISTANT_SERVICE_SCOPE,
};

/** The tier of a verified payload, or undefined when its client or scope does not fit it. */
export function identityOf(
  payload: JwtPayload | undefined,
  clients: AssistantClients,
): AssistantIdentity | undefined {
  const clientId = payload?.client_id;
  if (!payload || typeof clientId !== 'string') return undefined;
  if (payload.sub === clientId) {
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    return clients.serviceClientIds.includes(clientId) && scopes.includes(clients.serviceScope)
      ? { kind: 'service', clientId }
      : undefined;
  }
  return clients.shopperClientIds.includes(clientId) && isValidCustomerId(payload.sub)
    ? { kind: 'shopper', customerId: payload.sub, clientId }
    : undefined;
}

function cognitoVerifier(
  config: Extract<AssistantTokenVerifierConfig, { mode: 'cognito' }>,
): AssistantTokenVerifier {
  const clientIds = [...config.shopperClientIds, ...config.serviceClientIds];
  if (clientIds.length === 0) return { verify: () => Promise.resolve(undefined) };
  const verifier = CognitoJwtVerifier.create({
    userPoolId: config.userPoolId,
    tokenUse: 'access',
    clientId: clientIds,
    customJwtCheck: requireExpiry,
  });
  if (config.jwks) verifier.cacheJwks(config.jwks);
  return {
    verify: async (token) => identityOf(await verifiedPayload(token, (t) => verifier.verify(t)), config),
  };
}

/** The verifier for the chosen mode. It logs nothing. */
export function createAssistantTokenVerifier(config: AssistantTokenVerifierConfig): AssistantTokenVerifier {
  if (config.mode === 'cognito') return cognitoVerifier(config);
  const check = localJwtCheck(config.doc, config.tableName, [LOCAL_TOKEN_AUDIENCE, LOCAL_SERVICE_CLIENT_ID]);
  return { verify: async (token) => identityOf(await check(token), LOCAL_ASSISTANT_CLIENTS) };
}
