/**
 * Delivers signed JSON to a webhook: a timeout on every attempt, retries with exponential backoff
 * and jitter on timeouts, network errors, 408, 425, 429 and 5xx, and no retry on other answers
 * (the receiver refused the request; sending it again would not change that).
 */
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';

/** One event to deliver; `id` is the idempotency key the receiver deduplicates on. */
export interface WebhookDelivery {
  readonly id: string;
  readonly type: string;
  readonly body: string;
}

/** Why a delivery finally failed. */
export type DeliveryFailure = 'timeout' | 'network' | 'server_error' | 'rejected';

/** The outcome of a delivery, after every attempt it took. */
export type DeliveryResult =
  | { readonly ok: true; readonly attempts: number; readonly httpStatus: number }
  | {
      readonly ok: false;
      readonly attempts: number;
      readonly reason: DeliveryFailure;
      readonly httpStatus?: number;
    };

/** Sends deliveries. */
export interface WebhookSender {
  send(delivery: WebhookDelivery): Promise<DeliveryResult>;
}

/** Where to send and how hard to try. */
export interface WebhookClientOptions {
  readonly url: string;
  /** The signing secret, read when first needed. */
  readonly secret: () => Promise<string>;
  /** Per attempt, including reading the answer. */
  readonly timeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

type Attempt =
  | { ok: true; httpStatus: number }
  | { ok: false; retry: boolean; reason: DeliveryFailure; httpStatus?: number };

const RETRYABLE_STATUS = new Set([408, 425, 429]);

function classify(status: number): Attempt {
  if (status >= 200 && status < 300) return { ok: true, httpStatus: status };
  if (status >= 500 || RETRYABLE_STATUS.has(status)) {
    return { ok: false, retry: true, reason: 'server_error', httpStatus: status };
  }
  return { ok: false, retry: false, reason: 'rejected', httpStatus: status };
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown }).name;
  return name === 'TimeoutError' || name === 'AbortError';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A webhook sender for one URL. */
export function createWebhookClient(options: WebhookClientOptions): WebhookSender {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const baseDelayMs = options.baseDelayMs ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 2000;

  async function attempt(delivery: WebhookDelivery, secret: string, number: number): Promise<Attempt> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'voice-commerce-order-events/1',
          [WEBHOOK_HEADERS.idempotencyKey]: delivery.id,
          [WEBHOOK_HEADERS.eventType]: delivery.type,
          [WEBHOOK_HEADERS.attempt]: String(number),
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Read the answer to the end so the connection can be reused; its content does not matter.
      await response.arrayBuffer();
      return classify(response.status);
    } catch (error) {
      return { ok: false, retry: true, reason: isTimeout(error) ? 'timeout' : 'network' };
    }
  }

  return {
    async send(delivery: WebhookDelivery): Promise<DeliveryResult> {
      const secret = await options.secret();
      for (let number = 1; ; number += 1) {
        const result = await attempt(delivery, secret, number);
        if (result.ok) return { ok: true, attempts: number, httpStatus: result.httpStatus };
        if (!result.retry || number >= maxAttempts) {
          const { reason, httpStatus } = result;
          return { ok: false, attempts: number, reason, ...(httpStatus ? { httpStatus } : {}) };
        }
        // Exponential backoff with jitter: about base, 2 x base, 4 x base ..., capped.
        const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (number - 1));
        await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
      }
    },
  };
}
