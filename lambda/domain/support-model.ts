/**
 * The domain's data for after an order: return and refund requests of order lines, and a shopper's
 * request for a person with how they would like to be reached.
 * Plain readonly types, like model.ts.
 */
import type { Money } from './model';

/** How and when a shopper would like the store's team to get back to them. */
export interface ContactPreference {
  readonly method: 'call' | 'message';
  readonly daypart?: 'morning' | 'afternoon' | 'evening';
}

/** A request to reach a person, with the context a human agent needs to pick it up. */
export interface HandoffRequest {
  readonly ticketId: string;
  readonly customerId: string;
  readonly createdAt: string;
  readonly reason: string;
  readonly context: {
    readonly lastIntent?: string;
    readonly cartSkus: readonly string[];
    readonly latestOrderId?: string;
  };
  /** How and when the shopper would like the store's team to get back to them. */
  readonly contact?: ContactPreference;
  /** Open, then claimed by one of the team, then closed with an outcome. */
  readonly status: 'open' | 'claimed' | 'closed';
  readonly claimedBy?: string;
  readonly outcome?: string;
}

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
