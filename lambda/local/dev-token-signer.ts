/**
 * Signs linked-account access tokens for the local stack with the local private key (kept in a 0600
 * file, made on first use), after publishing its public key with the local data, where the
 * production verifier in local mode finds it. Used by `npm run dev:token`, the voice console's
 * /link, and tests.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { importJWK, SignJWT } from 'jose';
import { LOCAL_SIGNING_ALGORITHM, SigningKeysRepository } from '../adapters/dynamodb/signing-keys-repository';
import { loadOrCreateDevSigningKey } from './dev-signing-key';
import {
  ASSISTANT_SERVICE_SCOPE,
  LOCAL_SERVICE_CLIENT_ID,
  LOCAL_TOKEN_AUDIENCE,
  LOCAL_TOKEN_ISSUER,
  LOCAL_TOKEN_SCOPE,
} from '../adapters/identity/local-token';

/** Tokens last 12 hours unless told otherwise. */
export const DEFAULT_DEV_TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** How a token is made: how long it lasts, and where the private key is kept. */
export interface DevTokenOptions {
  readonly ttlSeconds?: number;
  readonly keyFile?: string;
}

/** Publishes the local public key and signs an access token whose subject is the customer. */
export async function issueDevToken(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  options: DevTokenOptions = {},
): Promise<string> {
  return signLocal(doc, tableName, options, {
    subject: customerId,
    audience: LOCAL_TOKEN_AUDIENCE,
    claims: { token_use: 'access', scope: LOCAL_TOKEN_SCOPE, client_id: LOCAL_TOKEN_AUDIENCE },
  });
}

/**
 * Signs a service-tier access token for the local stack, as an assistant's client-credentials grant
 * would get one: its subject is the local service client itself, and it names no customer.
 */
export async function issueDevServiceToken(
  doc: DynamoDBDocumentClient,
  tableName: string,
  options: DevTokenOptions = {},
): Promise<string> {
  return signLocal(doc, tableName, options, {
    subject: LOCAL_SERVICE_CLIENT_ID,
    audience: LOCAL_SERVICE_CLIENT_ID,
    claims: { token_use: 'access', scope: ASSISTANT_SERVICE_SCOPE, client_id: LOCAL_SERVICE_CLIENT_ID },
  });
}

/** What one token says about whom, to whom. */
interface TokenShape {
  readonly subject: string;
  readonly audience: string;
  readonly claims: Record<string, string>;
}

async function signLocal(
  doc: DynamoDBDocumentClient,
  tableName: string,
  options: DevTokenOptions,
  shape: TokenShape,
): Promise<string> {
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_DEV_TOKEN_TTL_SECONDS;
  const keys = await loadOrCreateDevSigningKey(options.keyFile);
  await new SigningKeysRepository(doc, tableName).publish(keys.publicJwks.keys[0]!);
  const key = await importJWK(keys.privateJwk, LOCAL_SIGNING_ALGORITHM);
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT(shape.claims)
    .setProtectedHeader({ alg: LOCAL_SIGNING_ALGORITHM, kid: keys.kid, typ: 'JWT' })
    .setSubject(shape.subject)
    .setIssuer(LOCAL_TOKEN_ISSUER)
    .setAudience(shape.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}
