/**
 * Verifies account-linking access tokens with `aws-jwt-verify`. In AWS the tokens come from the
 * Cognito user pool; on the local stack they come from `npm run dev:token`, signed with the local key
 * set kept in the table. Both modes run the same library checks (signature, algorithm, issuer,
 * audience or client id, token use, expiry) and answer with the token's `sub`, the customer id.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { AccessTokenVerifier } from '../../domain/ports';
import { localJwtCheck, requireExpiry, verifiedPayload } from './jwt-checks';
import { isValidCustomerId, LOCAL_TOKEN_AUDIENCE } from './local-token';

export { MAX_TOKEN_LENGTH, VerificationUnavailableError } from './jwt-checks';

/** Which tokens to accept: the Cognito user pool's (AWS) or the local stack's (dev tokens). */
export type AccessTokenVerifierConfig =
  | {
      readonly mode: 'cognito';
      readonly userPoolId: string;
      /** The app client the skill links accounts through; tokens of other clients are refused. */
      readonly clientId: string;
      /** The pool's JWKS, when known in advance: saves the download on the first token. */
      readonly jwks?: Jwks;
    }
  | { readonly mode: 'local'; readonly doc: DynamoDBDocumentClient; readonly tableName: string };

function subject(payload: JwtPayload | undefined): string | undefined {
  return isValidCustomerId(payload?.sub) ? payload.sub : undefined;
}

function cognitoVerifier(
  config: Extract<AccessTokenVerifierConfig, { mode: 'cognito' }>,
): AccessTokenVerifier {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: config.userPoolId,
    tokenUse: 'access',
    clientId: config.clientId,
    customJwtCheck: requireExpiry,
  });
  if (config.jwks) verifier.cacheJwks(config.jwks);
  return { verify: async (token) => subject(await verifiedPayload(token, (t) => verifier.verify(t))) };
}

function localVerifier(config: Extract<AccessTokenVerifierConfig, { mode: 'local' }>): AccessTokenVerifier {
  const check = localJwtCheck(config.doc, config.tableName, LOCAL_TOKEN_AUDIENCE);
  return { verify: async (token) => subject(await check(token)) };
}

/**
 * The verifier for the chosen mode. verify(token) resolves to the customer id for a valid token
 * and to undefined for any invalid, expired, forged or foreign token; it rejects only with
 * VerificationUnavailableError, when the keys themselves cannot be loaded. It logs nothing.
 */
export function createAccessTokenVerifier(config: AccessTokenVerifierConfig): AccessTokenVerifier {
  return config.mode === 'cognito' ? cognitoVerifier(config) : localVerifier(config);
}
