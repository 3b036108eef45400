/**
 * A Login with Amazon access token for the skill's own client credentials (the client-credentials
 * grant), as the Proactive Events API requires: scope `alexa::proactive_events`. Kept until a minute
 * before it expires; `invalidate` drops it (after a 401). The client secret is read when first
 * needed and never logged.
 */

/** Where and with what to ask for the token. */
export interface LwaTokenOptions {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: () => Promise<string>;
  readonly scope: string;
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

/** Gives the current token. */
export interface TokenSource {
  token(): Promise<string>;
  invalidate(): void;
}

/** Thrown when the token endpoint refuses or cannot be reached; `retryable` for 5xx and network. */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

/** The token source over one token endpoint. */
export function createLwaTokenSource(options: LwaTokenOptions): TokenSource {
  const now = options.now ?? Date.now;
  let cached: { value: string; until: number } | undefined;
  const fetchToken = async (): Promise<{ value: string; until: number }> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: await options.clientSecret(),
      scope: options.scope,
    });
    let response: Response;
    try {
      response = await fetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
      });
    } catch {
      throw new TokenError('the token endpoint could not be reached', true);
    }
    const answer = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (!response.ok || typeof answer.access_token !== 'string') {
      throw new TokenError(`the token endpoint answered ${response.status}`, response.status >= 500);
    }
    const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    return { value: answer.access_token, until: now() + Math.max(0, seconds - 60) * 1000 };
  };
  return {
    async token() {
      if (!cached || cached.until <= now()) cached = await fetchToken();
      return cached.value;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
