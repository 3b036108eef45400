/**
 * The checks every access-token verifier shares: length and expiry rules, the local key set read
 * from the table (dev tokens), and turning a library verdict into a payload or undefined. The skill's
 * verifier (access-token-verifier.ts) and the assistants' (assistant-token-verifier.ts) both use them.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { JwtVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import { SimpleJwksCache, type Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { SigningKeysRepository, type PublishedSigningKeys } from '../dynamodb/signing-keys-repository';
import { LOCAL_JWKS_URI, LOCAL_TOKEN_ISSUER } from './local-token';

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

/** Refuses a token without `exp`: a token that never expires would grant access for ever. */
export function requireExpiry({ payload }: { payload: JwtPayload }): void {
  if (typeof payload.exp !== 'number') throw new TokenRejected('no exp claim');
}

/** Refuses anything but an expiring access token (local tokens carry `token_use` as Cognito's do). */
export function requireAccessToken(props: { payload: JwtPayload }): void {
  requireExpiry(props);
  if (props.payload.token_use !== 'access') throw new TokenRejected('not an access token');
}

/**
 * Runs one library verification: the payload of a valid token, undefined for any invalid, expired,
 * forged or foreign one. Rejects only with VerificationUnavailableError.
 */
export async function verifiedPayload(
  token: string,
  check: (token: string) => Promise<JwtPayload>,
): Promise<JwtPayload | undefined> {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  try {
    return await check(token);
  } catch (error) {
    if (error instanceof VerificationUnavailableError) throw error;
    if (error instanceof FetchError) throw new VerificationUnavailableError(error);
    return undefined;
  }
}

function asJwks(keySet: PublishedSigningKeys | undefined): Jwks {
  return { keys: (keySet?.publicJwks.keys ?? []).map((key) => ({ ...key })) };
}

/**
 * A check of local-stack tokens for the given audiences, against the key set kept in the table.
 * Resolves to undefined (no verdict) while no key set exists yet; nothing is fetched over the network.
 */
export function localJwtCheck(
  doc: DynamoDBDocumentClient,
  tableName: string,
  audience: string | string[],
): (token: string) => Promise<JwtPayload | undefined> {
  const keys = new SigningKeysRepository(doc, tableName);
  const read = async (): Promise<PublishedSigningKeys | undefined> => {
    try {
      return await keys.get();
    } catch (error) {
      throw new VerificationUnavailableError(error);
    }
  };
  // A token whose key id is not in the cached set makes the library "fetch" the set again: here that
  // re-reads the table (at most once per 10 s after a miss), so a key set made after this container
  // started is picked up.
  const jwksCache = new SimpleJwksCache({
    fetcher: {
      fetch: async () => new TextEncoder().encode(JSON.stringify(asJwks(await read()))).buffer,
    },
  });
  const verifier = JwtVerifier.create(
    { issuer: LOCAL_TOKEN_ISSUER, audience, jwksUri: LOCAL_JWKS_URI, customJwtCheck: requireAccessToken },
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
  return async (token) =>
    (await loadOnce()) ? verifiedPayload(token, (t) => verifier.verify(t)) : undefined;
}
