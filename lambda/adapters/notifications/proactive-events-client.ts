/**
 * Sends events to Alexa's Proactive Events API: POST {api}/v1/proactiveEvents/ (live) or
 * /v1/proactiveEvents/stages/development, with the skill's Login with Amazon token. 202 is sent;
 * 401 fetches a new token and tries once more; 403 (the shopper turned notifications off) and any
 * other 4xx are refused for good and never retried; 429, 5xx, timeouts and network errors are
 * tried again a few times here, then reported as failed so the queue tries later, within its bound.
 */
import type { TokenSource } from './lwa-token';
import { TokenError } from './lwa-token';

/** How a send ended. */
export type ProactiveOutcome =
  | { readonly kind: 'sent'; readonly httpStatus: number }
  | { readonly kind: 'revoked'; readonly httpStatus: 403 }
  | { readonly kind: 'refused'; readonly httpStatus: number }
  | { readonly kind: 'failed'; readonly reason: string; readonly httpStatus?: number };

/** Where to send. */
export interface ProactiveEventsOptions {
  readonly apiUrl: string;
  readonly stage: 'live' | 'development';
  readonly tokens: TokenSource;
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
}

/** Sends one event. */
export interface ProactiveEventsSender {
  send(event: Record<string, unknown>): Promise<ProactiveOutcome>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The URL events of a stage are posted to. */
export function proactiveEventsUrl(apiUrl: string, stage: 'live' | 'development'): URL {
  return new URL(
    stage === 'live' ? '/v1/proactiveEvents/' : '/v1/proactiveEvents/stages/development',
    apiUrl,
  );
}

/** The sender over one API host. */
export function createProactiveEventsClient(options: ProactiveEventsOptions): ProactiveEventsSender {
  const url = proactiveEventsUrl(options.apiUrl, options.stage);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const attempt = async (body: string): Promise<ProactiveOutcome | 'unauthorized'> => {
    let token: string;
    try {
      token = await options.tokens.token();
    } catch (error) {
      const retryable = !(error instanceof TokenError) || error.retryable;
      return retryable ? { kind: 'failed', reason: 'token' } : { kind: 'refused', httpStatus: 401 };
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      await response.arrayBuffer();
      const status = response.status;
      if (status >= 200 && status < 300) return { kind: 'sent', httpStatus: status };
      if (status === 401) return 'unauthorized';
      if (status === 403) return { kind: 'revoked', httpStatus: 403 };
      if (status === 429 || status >= 500)
        return { kind: 'failed', reason: 'server_error', httpStatus: status };
      return { kind: 'refused', httpStatus: status };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return { kind: 'failed', reason: name === 'TimeoutError' ? 'timeout' : 'network' };
    }
  };
  return {
    async send(event) {
      const body = JSON.stringify(event);
      let renewed = false;
      for (let number = 1; ; number += 1) {
        let outcome = await attempt(body);
        if (outcome === 'unauthorized') {
          options.tokens.invalidate();
          if (renewed) return { kind: 'refused', httpStatus: 401 };
          renewed = true;
          outcome = { kind: 'failed', reason: 'unauthorized', httpStatus: 401 };
        }
        if (outcome.kind !== 'failed' || number >= maxAttempts) return outcome;
        await sleep((options.baseDelayMs ?? 200) * 2 ** (number - 1));
      }
    },
  };
}
