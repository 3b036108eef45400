/**
 * Verifies account-linking access tokens with `aws-jwt-verify`. In AWS the tokens come from the
 * Cognito user pool; on the local stack they come from `npm run dev:token`, signed with the local key
 * set kept in the table. Both modes run the same library checks (signature, algorithm, issuer,
 * audience or client id, token use, expiry) and answer with the token's `sub`, the customer id.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache, type Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { AccessTokenVerifier } from '../../domain/ports';
import { SigningKeysRepository, type PublishedSigningKeys } from '../dynamodb/signing-keys-repository';
import { isValidCustomerId, LOCAL_JWKS_URI, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from './local-token';

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

/** Tokens longer than this are refused unread (Cognito access tokens are about 1 KB). */
export const MAX_TOKEN_LENGTH = 8192;

/**
 * Thrown by verify() when the keys to check a token against cannot be had (the table or the
 * pool's key endpoint is unreachable): that says nothing about the token, so it is not an answer.
 */
export class VerificationUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the token signing keys could not be loaded', { cause });
    this.name = 'VerificationUnavailableError';
  }
}

class TokenRejected extends Error {}

function requireExpiry({ payload }: { payload: JwtPayload }): void {
  // A token that never expires would link an account for ever: refuse it.
  if (typeof payload.exp !== 'number') throw new TokenRejected('no exp claim');
}

function requireAccessToken(props: { payload: JwtPayload }): void {
  requireExpiry(props);
  if (props.payload.token_use !== 'access') throw new TokenRejected('not an access token');
}

/** Runs one library verification and turns every verdict on the token into a customer id or undefined. */
async function subjectOf(
  token: string,
  check: (token: string) => Promise<JwtPayload>,
): Promise<string | undefined> {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  try {
    const payload = await check(token);
    return isValidCustomerId(payload.sub) ? payload.sub : undefined;
  } catch (error) {
    if (error instanceof VerificationUnavailableError) throw error;
    if (error instanceof FetchError) throw new VerificationUnavailableError(error);
    return undefined;
  }
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
  return { verify: (token) => subjectOf(token, (t) => verifier.verify(t)) };
}

function asJwks(keySet: PublishedSigningKeys | undefined): Jwks {
  return { keys: (keySet?.publicJwks.keys ?? []).map((key) => ({ ...key })) };
}

function localVerifier(config: Extract<AccessTokenVerifierConfig, { mode: 'local' }>): AccessTokenVerifier {
  const keys = new SigningKeysRepository(config.doc, config.tableName);
  const read = async (): Promise<PublishedSigningKeys | undefined> => {
    try {
      return await keys.get();
    } catch (error) {
      throw new VerificationUnavailableError(error);
    }
  };
  // A token whose key id is not in the cached set makes the library "fetch" the set again: here that
  // re-reads the table (at most once per 10 s after a miss), so a key set made after this container
  // started is picked up. Nothing is ever fetched over the network.
  const jwksCache = new SimpleJwksCache({
    fetcher: {
      fetch: async () => new TextEncoder().encode(JSON.stringify(asJwks(await read()))).buffer,
    },
  });
  const verifier = JwtVerifier.create(
    {
      issuer: LOCAL_TOKEN_ISSUER,
      audience: LOCAL_TOKEN_AUDIENCE,
      jwksUri: LOCAL_JWKS_URI,
      customJwtCheck: requireAccessToken,
    },
    { jwksCache },
  );
  let loading: Promise<boolean> | undefined;
  const loadOnce = (): Promise<boolean> => {
    loading ??= read().then(
      (keySet) => {
        if (!keySet) {
          loading = undefined; // nothing to cache yet: look again on the next token
          return false;
        }
        verifier.cacheJwks(asJwks(keySet));
        return true;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    verify: async (token) => ((await loadOnce()) ? subjectOf(token, (t) => verifier.verify(t)) : undefined),
  };
}

/**
 * The verifier for the chosen mode. verify(token) resolves to the customer id for a valid token
 * and to undefined for any invalid, expired, forged or foreign token; it rejects only with
 * VerificationUnavailableError, when the keys themselves cannot be loaded. It logs nothing.
 */
export function createAccessTokenVerifier(config: AccessTokenVerifierConfig): AccessTokenVerifier {
  return config.mode === 'cognito' ? cognitoVerifier(config) : localVerifier(config);
}
