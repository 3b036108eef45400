/**
 * Stands in for `google-auth-library` in the Google function's bundle (an esbuild alias), which
 * would otherwise add about 740 KB (node-forge, whatwg-url, gaxios...) for code this function never
 * runs. `@assistant/conversation` uses the library only to verify ID tokens: when the app is built
 * with `verification` or `clientId`, and in `AuthHeaderProcessor.decodeGSIToken` (with a client id).
 * This adapter builds the app with neither (the signature is verified by signature-verifier.ts) and
 * keeps the Authorization header from the app, whose only other use of the library is to construct
 * an OAuth2Client for it. The constructor works; every verification method fails, so a future change
 * that enables the app's own verification refuses every request instead of accepting it unchecked.
 */

/** Thrown by every verification method of the stand-in. */
export class GoogleAuthUnavailableError extends Error {
  constructor() {
    super('google-auth-library is not bundled: the Google adapter verifies requests itself');
    this.name = 'GoogleAuthUnavailableError';
  }
}

/** The library's ID-token result type (only used with `instanceof`). */
export class LoginTicket {}

/** The library's OAuth 2.0 client: constructible, and refusing to verify anything. */
export class OAuth2Client {
  /** Always rejects: verification is the adapter's own. */
  verifyIdToken(): Promise<never> {
    return Promise.reject(new GoogleAuthUnavailableError());
  }

  /** Always rejects: no Google credentials are used by this function. */
  getAccessToken(): Promise<never> {
    return Promise.reject(new GoogleAuthUnavailableError());
  }
}
