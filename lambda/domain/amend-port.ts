/**
 * The port that writes an addition to a placed order, all or nothing: the stock taken, the order
 * replaced under the version and status it was read at, and the purchase guard on the profile.
 */
import type { Order } from './model';
import type { PurchaseGuard } from './purchase-guard';

/** What adding to an order writes. */
export interface AmendOrderCommand {
  /** The order as it becomes, its version one past the one read. */
  readonly order: Order;
  /** The version and status the order had when read: anything else means someone moved it. */
  readonly readVersion: number;
  /** Per sku, the units taken from stock (never below zero). */
  readonly added: ReadonlyMap<string, number>;
  readonly purchaseGuard: PurchaseGuard;
}

/** The outcome of the amend transaction. */
export type AmendOrderResult =
  | { readonly kind: 'amended'; readonly order: Order }
  /** The order moved on since it was read (a status change, another addition): read it again. */
  | { readonly kind: 'order_changed' }
  | { readonly kind: 'out_of_stock'; readonly sku: string }
  | { readonly kind: 'purchase_refused' };

/** Writes additions to placed orders. */
export interface OrderAmendRepository {
  /** One transaction: stock conditions, the order under its read version and status, the guard. */
  amend(command: AmendOrderCommand): Promise<AmendOrderResult>;
}
