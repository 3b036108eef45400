/**
 * How requests to the merchant's webhooks are signed, the same way for order events and payments:
 * `x-signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>` under the shared secret,
 * with the Unix timestamp (seconds) in `x-timestamp`. The merchant recomputes it over the raw body
 * and rejects stale timestamps, so a captured request cannot be replayed later.
 */
import { createHmac } from 'node:crypto';

/** Header names of a signed webhook request. */
export const WEBHOOK_HEADERS = {
  signature: 'x-signature',
  timestamp: 'x-timestamp',
  idempotencyKey: 'idempotency-key',
  eventType: 'x-event-type',
  attempt: 'x-attempt',
} as const;

/** The `x-signature` value for a body sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
