/**
 * Signs linked-account access tokens for the local stack with the local key set kept in the table
 * (created on first use). Used by `npm run dev:token`, the voice console's /link, and tests; the
 * production verifier in local mode accepts what it signs.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { importJWK, SignJWT } from 'jose';
import { LOCAL_SIGNING_ALGORITHM, SigningKeysRepository } from '../adapters/dynamodb/signing-keys-repository';
import {
  ASSISTANT_SERVICE_SCOPE,
  LOCAL_SERVICE_CLIENT_ID,
  LOCAL_TOKEN_AUDIENCE,
  LOCAL_TOKEN_ISSUER,
  LOCAL_TOKEN_SCOPE,
} from '../adapters/identity/local-token';

/** Tokens last 12 hours unless told otherwise. */
export const DEFAULT_DEV_TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** Ensures the local key set exists and signs an access token whose subject is the customer. */
export async function issueDevToken(
  doc: DynamoDBDocumentClient,
  tableName: string,
  customerId: string,
  ttlSeconds = DEFAULT_DEV_TOKEN_TTL_SECONDS,
): Promise<string> {
  const keys = await new SigningKeysRepository(doc, tableName).ensureLocalSigningKeys();
  const key = await importJWK(keys.privateJwk, LOCAL_SIGNING_ALGORITHM);
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'access', scope: LOCAL_TOKEN_SCOPE, client_id: LOCAL_TOKEN_AUDIENCE })
    .setProtectedHeader({ alg: LOCAL_SIGNING_ALGORITHM, kid: keys.kid, typ: 'JWT' })
    .setSubject(customerId)
    .setIssuer(LOCAL_TOKEN_ISSUER)
    .setAudience(LOCAL_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}

/**
 * Signs a service-tier access token for the local stack, as an assistant's client-credentials grant
 * would get one: its subject is the local service client itself, and it names no customer.
 */
export async function issueDevServiceToken(
  doc: DynamoDBDocumentClient,
  tableName: string,
  ttlSeconds = DEFAULT_DEV_TOKEN_TTL_SECONDS,
): Promise<string> {
  const keys = await new SigningKeysRepository(doc, tableName).ensureLocalSigningKeys();
  const key = await importJWK(keys.privateJwk, LOCAL_SIGNING_ALGORITHM);
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({
    token_use: 'access',
    scope: ASSISTANT_SERVICE_SCOPE,
    client_id: LOCAL_SERVICE_CLIENT_ID,
  })
    .setProtectedHeader({ alg: LOCAL_SIGNING_ALGORITHM, kid: keys.kid, typ: 'JWT' })
    .setSubject(LOCAL_SERVICE_CLIENT_ID)
    .setIssuer(LOCAL_TOKEN_ISSUER)
    .setAudience(LOCAL_SERVICE_CLIENT_ID)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}
