/**
 * What a local-stack access token carries, shared by the verifier and `npm run dev:token` so the
 * two cannot drift apart. In AWS, the Cognito user pool decides these instead.
 */

/** The `iss` claim of tokens issued by the local stack. */
export const LOCAL_TOKEN_ISSUER = 'urn:voice-commerce:local-stack';

/** The `aud` and `client_id` claims of tokens issued by the local stack. */
export const LOCAL_TOKEN_AUDIENCE = 'voice-commerce-local-client';

/** The `scope` claim of tokens issued by the local stack. */
export const LOCAL_TOKEN_SCOPE = 'openid profile';

/**
 * The local stand-in for an assistant's service client (the client-credentials tier): the `sub`,
 * `client_id` and `aud` of a local service token. A different audience from shoppers' tokens, so
 * the skill's verifier never takes a service token for a customer.
 */
export const LOCAL_SERVICE_CLIENT_ID = 'voice-commerce-local-assistant';

/** The scope a service token must carry (locally and, by default, in the Cognito pool). */
export const ASSISTANT_SERVICE_SCOPE = 'voice-commerce/catalog.read';

/**
 * The JWKS address the local verifier is configured with. It is a cache key only: the key set is
 * read from the table, and this reserved `.invalid` address is never fetched.
 */
export const LOCAL_JWKS_URI = 'https://local-signing-keys.invalid/.well-known/jwks.json';

/** The longest customer id accepted, in characters. */
export const MAX_CUSTOMER_ID_LENGTH = 128;

const CUSTOMER_ID = /^[A-Za-z0-9._@+-]+$/;

/**
 * True when the text may be a customer id: 1 to 128 letters, digits or `. _ @ + -`. It goes into
 * table keys, so nothing that could change a key's shape (such as `#`) gets through.
 */
export function isValidCustomerId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_CUSTOMER_ID_LENGTH &&
    CUSTOMER_ID.test(value)
  );
}
