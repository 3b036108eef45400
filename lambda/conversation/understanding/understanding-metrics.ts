/**
 * The rules that read words against what the shopper just heard, by name, and counting each time one
 * applies: with non-personal dimensions only (the intent, the rule, the shape of the slot), never
 * the words.
 */
import type { CartUndo } from '../dialog-state';
import type { TurnContext } from '../turn-context';
import type { SlotReading } from './slot-reading';

/** Every rule of understanding, as counted. */
export type UnderstandingRule =
  | 'ordinal'
  | 'last-in-list'
  | 'cheapest-in-list'
  | 'pointer'
  | 'name-in-list'
  | 'how-many'
  | 'unit-word'
  | 'order-in-focus'
  | 'closing'
  | 'restated-request'
  | 'not-a-delivery-option'
  | 'not-a-product'
  | 'delivery-choice'
  | 'question-about-focus'
  | 'more-of-focus'
  | 'correction';

/** The shape of a read slot: which parts were said, never the words ("count+unit", "reference"). */
export function shapeOf(reading: SlotReading): string {
  const parts = [
    reading.count !== undefined ? 'count' : '',
    reading.more ? 'more' : '',
    reading.unit ? 'unit' : '',
    reading.reference ? reading.reference.kind : '',
    reading.product ? 'product' : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('+') : 'empty';
}

/** Counts that a rule read the turn's words against the context. */
export function noteReinterpreted(ctx: TurnContext, rule: UnderstandingRule, shape = 'none'): void {
  try {
    ctx.deps.metrics?.count('reinterpreted', { intent: ctx.turn.intent, rule, shape });
  } catch {
    // A metric must never cost the shopper the answer.
  }
}

/** Counts an "undo" of the last cart change (a line's change, or an emptied cart put back). */
export function noteUndo(ctx: TurnContext, action: CartUndo['action']): void {
  try {
    ctx.deps.metrics?.count('undo', { intent: ctx.turn.intent, action });
  } catch {
    // A metric must never cost the shopper the answer.
  }
}
