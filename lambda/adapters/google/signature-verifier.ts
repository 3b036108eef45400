/**
 * Verifies the `Google-Assistant-Signature` header: a JWT Google signs for every webhook call, with
 * issuer https://accounts.google.com and the Actions project id as audience. It is checked with
 * `aws-jwt-verify` (already in every function's bundle for account-linking tokens), against Google's
 * public keys fetched from its JWKS endpoint and cached for the container's life (a token signed with
 * a key not yet cached makes the library fetch the set again, at most once per 10 s). The key source
 * is injectable, so tests run offline with their own keys.
 */
import { JwtVerifier } from 'aws-jwt-verify';
import { FetchError, JwksValidationError, JwtBaseError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** Who signs the webhook calls. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';
/** Google's public signing keys, as a JSON Web Key Set. */
export const GOOGLE_JWKS_URI = 'https://www.googleapis.com/oauth2/v3/certs';
/** Tokens longer than this are refused unread (Google's are about 1 KB). */
const MAX_TOKEN_CHARS = 8192;

/** Where the public keys come from: the JWKS document's bytes for a URI. */
export interface KeySource {
  fetch(uri: string): Promise<ArrayBuffer>;
}

/** The verdict on one request: signed by Google for this project, not, or not checkable now. */
export type SignatureVerdict = 'valid' | 'invalid' | 'unavailable';

/** Checks the signature header of a webhook call. */
export interface SignatureVerifier {
  verify(token: unknown): Promise<SignatureVerdict>;
}

/** How to verify. */
export interface SignatureVerifierOptions {
  /** The Actions project id (GOOGLE_PROJECT_ID): the only audience accepted. */
  readonly projectId: string;
  /** Default: Google's JWKS endpoint over HTTPS. */
  readonly keySource?: KeySource;
}

class MissingClaim extends Error {}

function requireTimes({ payload }: { payload: JwtPayload }): void {
  // A signature that never expires could be replayed for ever: refuse it.
  if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
    throw new MissingClaim('exp and iat are required');
  }
}

/** Builds the verifier once per container. */
export function createSignatureVerifier(options: SignatureVerifierOptions): SignatureVerifier {
  const { keySource } = options;
  const jwksCache = new SimpleJwksCache(
    keySource ? { fetcher: { fetch: (uri: string) => keySource.fetch(uri) } } : {},
  );
  const verifier = JwtVerifier.create(
    {
      issuer: GOOGLE_ISSUER,
      audience: options.projectId,
      jwksUri: GOOGLE_JWKS_URI,
      customJwtCheck: requireTimes,
    },
    { jwksCache },
  );
  return {
    verify: async (token) => {
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_CHARS) return 'invalid';
      try {
        await verifier.verify(token);
        return 'valid';
      } catch (error) {
        // No keys to check against says nothing about the token: it is not an answer.
        if (error instanceof FetchError || error instanceof JwksValidationError) return 'unavailable';
        if (error instanceof JwtBaseError || error instanceof MissingClaim) return 'invalid';
        return 'unavailable';
      }
    },
  };
}
