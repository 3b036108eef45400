/**
 * The default payment adapter: the shopper pays the driver (or at pickup). Nothing is charged now,
 * so authorizing always succeeds and releasing has nothing to undo.
 */
import type { PaymentPort, PaymentRequest, PaymentResult } from '../../domain/ports';

/** Pay on delivery: approved at once, due on delivery. */
export class PayOnDelivery implements PaymentPort {
  /** The shopper pays when the order arrives or is picked up. */
  readonly way = 'on_delivery';

  /** Approves; the reference names the order so the driver's records match. */
  authorize(request: PaymentRequest): Promise<PaymentResult> {
    return Promise.resolve({
      status: 'approved',
      method: 'pay_on_delivery',
      reference: `pod-${request.orderId}`,
      dueOnDelivery: true,
    });
  }

  /** Nothing was charged, so nothing is released. */
  release(): Promise<void> {
    return Promise.resolve();
  }
}
