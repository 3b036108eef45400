/**
 * Alexa progressive responses: "One moment..." spoken while slow work continues, sent to Alexa's
 * directive service (POST {apiEndpoint}/v1/directives with the request's apiAccessToken). A send
 * never delays the turn by more than its short timeout and never fails it: errors are logged and
 * ignored. The token is sent only to Alexa's own API hosts.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Logger } from '../../domain/ports';
import { trimSsml } from '../../conversation/speech/ssml';
import { ALEXA_SSML_ELEMENTS } from './reply-to-response';

/** How progressive responses are sent. */
export interface ProgressOptions {
  /** Abandon a send after this many milliseconds (default 1000). */
  readonly timeoutMs?: number;
  /** Which API endpoints may receive the token; default: https on *.amazonalexa.com. */
  readonly isAllowedEndpoint?: (endpoint: URL) => boolean;
}

/** Alexa accepts at most five progressive responses per request. */
const MAX_SENDS = 5;
const MAX_PROGRESS_CHARS = 8000 - '<speak></speak>'.length;

/** Alexa's API hosts: api.amazonalexa.com and its regional siblings. */
export function isAlexaApiEndpoint(endpoint: URL): boolean {
  return endpoint.protocol === 'https:' && /^api(\.[a-z]{2})?\.amazonalexa\.com$/.test(endpoint.hostname);
}

function parseEndpoint(value: unknown): URL | undefined {
  return typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
}

function fieldsOf(envelope: RequestEnvelope): { endpoint?: URL; token?: string; requestId?: string } {
  const system = (envelope as Partial<RequestEnvelope>).context?.System as
    { apiEndpoint?: unknown; apiAccessToken?: unknown } | undefined;
  const request = (envelope as Partial<RequestEnvelope>).request as { requestId?: unknown } | undefined;
  return {
    endpoint: parseEndpoint(system?.apiEndpoint),
    token: typeof system?.apiAccessToken === 'string' ? system.apiAccessToken : undefined,
    requestId: typeof request?.requestId === 'string' ? request.requestId : undefined,
  };
}

/**
 * A sender for this request's progressive responses, or undefined when the request carries no
 * usable API endpoint, token and request id. `speech` is an SSML fragment (or plain text, which
 * is escaped).
 */
export function progressSender(
  envelope: RequestEnvelope,
  log: Logger,
  options: ProgressOptions = {},
): ((speech: string) => Promise<void>) | undefined {
  const { endpoint, token, requestId } = fieldsOf(envelope);
  const allowed = options.isAllowedEndpoint ?? isAlexaApiEndpoint;
  if (!endpoint || !token || !requestId || !allowed(endpoint)) return undefined;
  const url = new URL('/v1/directives', endpoint);
  let sent = 0;
  return async (speech: string): Promise<void> => {
    if (sent >= MAX_SENDS) return;
    sent += 1;
    const started = Date.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          header: { requestId },
          directive: {
            type: 'VoicePlayer.Speak',
            speech: `<speak>${trimSsml(speech, MAX_PROGRESS_CHARS, ALEXA_SSML_ELEMENTS)}</speak>`,
          },
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 1000),
      });
      await response.body?.cancel();
      if (!response.ok) log.warn('alexa.progress_rejected', { status: response.status });
    } catch (error) {
      const name: unknown =
        typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
      const reason = typeof name === 'string' ? name.slice(0, 40) : 'unknown';
      log.warn('alexa.progress_failed', { reason, elapsedMs: Date.now() - started });
    }
  };
}
