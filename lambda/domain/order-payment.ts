/**
 * Paying for an order being placed: the authorization, and its release whenever it did not become
 * an order, including when the payment service did not answer in time (it may still have charged).
 */
import { DomainError } from './errors';
import type { Order } from './model';
import type { PaymentPort, PaymentRelease, PaymentRequest, PaymentResult } from './ports';

/** An approved authorization. */
export type Approved = Extract<PaymentResult, { status: 'approved' }>;

/** Authorizes and releases payments for orders being placed. */
export class OrderPayment {
  constructor(private readonly payments: PaymentPort) {}

  /**
   * Authorizes the amount. A payment service that did not answer may have charged all the same:
   * whatever it authorized for this order is released before PAYMENT_UNAVAILABLE is told.
   */
  async authorize(request: PaymentRequest): Promise<Approved> {
    let result: PaymentResult;
    try {
      result = await this.payments.authorize(request);
    } catch {
      await this.release({ orderId: request.orderId, idempotencyKey: request.idempotencyKey });
      throw new DomainError('PAYMENT_UNAVAILABLE', 'the payment service did not answer');
    }
    if (result.status === 'declined') {
      throw new DomainError('PAYMENT_DECLINED', 'payment declined', { reason: result.reason });
    }
    return result;
  }

  /**
   * Releases an authorization unless the order that settled its key carries it. A payment service
   * answers a repeated key with the same authorization, so releasing the one the placed order holds
   * would void the shopper's real payment.
   */
  async releaseUnlessSettled(release: PaymentRelease, settled: Order | undefined): Promise<void> {
    if (settled && settled.payment.reference === release.reference) return;
    await this.release(release);
  }

  /** Best effort: an authorization the merchant cannot release lapses on its side. */
  private async release(release: PaymentRelease): Promise<void> {
    try {
      await this.payments.release(release);
    } catch {
      // Nothing was placed with it; the merchant's side lets an unused authorization lapse.
    }
  }
}
