/**
 * The questions of the after-order flows carried in the session (an addition to a placed order
 * waiting for its yes, a return request waiting for its yes), and reading them back from whatever
 * the platform returned: well-formed or left out, never trusted and never fatal.
 */
import { flag, int, isRecord, oneOf, text } from '../state-readers';

/** "Shall I add it?" about an addition to a placed order, and the facts read back. */
export interface AmendPending {
  readonly kind: 'amendOrder';
  readonly stage: 'confirm' | 'code';
  readonly orderId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  /** The new total read back, in minor units; adding refuses a different one. */
  readonly total: number;
  /** Chosen at read-back: a repeated "yes" adds once. */
  readonly key: string;
  readonly codeRequired: boolean;
}

/** What went wrong with a delivered item, as the shopper said it. */
export type ReturnProblem = 'broken' | 'missing' | 'spoiled' | 'wrong' | 'return';

/** "Shall I send the request?" about a return or refund for one line of a delivered order. */
export interface ReturnPending {
  readonly kind: 'returnRequest';
  readonly orderId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly problem: ReturnProblem;
}

const PROBLEMS = ['broken', 'missing', 'spoiled', 'wrong', 'return'] as const;

/** The pending addition to an order, or undefined. */
export function readAmendPending(value: Record<string, unknown>): AmendPending | undefined {
  const stage = oneOf(value.stage, ['confirm', 'code'] as const);
  const orderId = text(value.orderId, 64);
  const sku = text(value.sku, 64);
  const name = text(value.name);
  const quantity = int(value.quantity, 1);
  const total = int(value.total, 0);
  const key = text(value.key, 100);
  if (!stage || !orderId || !sku || !name || quantity === undefined || total === undefined || !key) {
    return undefined;
  }
  const codeRequired = flag(value.codeRequired);
  return { kind: 'amendOrder', stage, orderId, sku, name, quantity, total, key, codeRequired };
}

/** The pending return request, or undefined. */
export function readReturnPending(value: unknown): ReturnPending | undefined {
  if (!isRecord(value)) return undefined;
  const orderId = text(value.orderId, 64);
  const sku = text(value.sku, 64);
  const name = text(value.name);
  const quantity = int(value.quantity, 1);
  const problem = oneOf(value.problem, PROBLEMS);
  if (!orderId || !sku || !name || quantity === undefined || !problem) return undefined;
  return { kind: 'returnRequest', orderId, sku, name, quantity, problem };
}
