/**
 * Payment through the merchant's own payment webhook: the merchant charges the card it keeps on file
 * and answers approved or declined. No card data passes here. Requests are JSON, always signed with
 * HMAC-SHA256 over `<timestamp>.<body>`, carry the idempotency key so a
 * retried confirmation is never charged twice, and time out well inside a voice turn.
 */
import { createHmac } from 'node:crypto';
import * as z from 'zod';
import type { PaymentPort, PaymentRelease, PaymentRequest, PaymentResult } from '../../domain/ports';

/** Where the merchant's payment webhook is and how to sign for it. */
export interface MerchantWebhookPaymentOptions {
  readonly url: string;
  /** The signing secret (read once from Secrets Manager in AWS). */
  readonly secret: () => Promise<string>;
  readonly timeoutMs?: number;
}

const answer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('approved'), reference: z.string().min(1).max(200) }),
  z.object({ status: z.literal('declined'), reason: z.string().max(200).default('declined') }),
]);

/** Calls the merchant's payment webhook. */
export class MerchantWebhookPayment implements PaymentPort {
  /** The merchant charges the card it keeps for the shopper. */
  readonly way = 'card_on_file';

  constructor(private readonly options: MerchantWebhookPaymentOptions) {}

  /** Asks the merchant to charge; throws when the webhook does not answer properly (payment unavailable). */
  async authorize(request: PaymentRequest): Promise<PaymentResult> {
    const reply = await this.post(
      {
        action: 'authorize',
        orderId: request.orderId,
        customerId: request.customerId,
        amount: request.amount.amount,
        currency: request.amount.currency,
      },
      request.idempotencyKey,
    );
    const parsed = answer.parse(reply);
    return parsed.status === 'approved'
      ? { status: 'approved', method: 'merchant_webhook', reference: parsed.reference, dueOnDelivery: false }
      : { status: 'declined', reason: parsed.reason };
  }

  /**
   * Asks the merchant to release an authorization whose order was not placed: by its reference, or,
   * when the charge's answer never came, whatever it authorized for the order.
   */
  async release(release: PaymentRelease): Promise<void> {
    await this.post(
      {
        action: 'release',
        orderId: release.orderId,
        ...(release.reference ? { reference: release.reference } : {}),
      },
      `release:${release.idempotencyKey}`,
    );
  }

  private async post(payload: Record<string, unknown>, idempotencyKey: string): Promise<unknown> {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const secret = await this.options.secret();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'idempotency-key': idempotencyKey,
      'x-timestamp': timestamp,
      'x-signature': `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
    };
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000),
    });
    if (!response.ok) throw new Error(`payment webhook answered ${response.status}`);
    return response.json();
  }
}
