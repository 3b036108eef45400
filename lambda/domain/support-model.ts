/**
 * The domain's data for what went wrong with a delivery: return and refund requests of order lines.
 * Plain readonly types, like model.ts.
 */
import type { Money } from './model';

/** Why a shopper asks for a return or refund of a delivered line. */
export type ReturnReason = 'damaged' | 'missing' | 'spoiled' | 'wrong_item' | 'unwanted';

/** Where a return request is: with the store, then approved and refunded, or declined. */
export type ReturnStatus = 'requested' | 'approved' | 'refunded' | 'declined';

/** A return or refund request for one line of a delivered order: one per line. */
export interface ReturnRequest {
  /** Short digits the shopper can read out. */
  readonly requestId: string;
  readonly customerId: string;
  readonly orderId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly reason: ReturnReason;
  /** What the line cost: the most the store would refund for it. */
  readonly lineTotal: Money;
  readonly status: ReturnStatus;
  readonly createdAt: string;
}
