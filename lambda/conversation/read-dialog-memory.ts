/**
 * Reads back the parts of the dialog state that remember what was just done: the order in focus
 * and the last cart change (for "undo"). Like read-dialog-state.ts, each reader takes whatever came
 * back from the platform and returns the part only when it is well-formed.
 */
import { UNDO_LINES, type CartUndo, type OrderFocus, type OrderLineRef } from './dialog-state';
import { arrayOf, int, isRecord, text } from './state-readers';

/** The order in focus, or undefined. */
export function readOrderFocus(value: unknown): OrderFocus | undefined {
  const orderId = isRecord(value) ? text(value.orderId, 64) : undefined;
  return orderId ? { orderId } : undefined;
}

function readLine(value: unknown): OrderLineRef | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku, 64);
  const quantity = int(value.quantity, 1);
  return sku && quantity !== undefined ? { sku, quantity } : undefined;
}

/** The last cart change, or undefined. */
export function readCartUndo(value: unknown): CartUndo | undefined {
  if (!isRecord(value)) return undefined;
  if (value.action === 'empty') {
    const lines = arrayOf(value.lines, readLine, UNDO_LINES);
    return lines && lines.length > 0 ? { action: 'empty', lines } : undefined;
  }
  if (value.action !== 'line') return undefined;
  const sku = text(value.sku, 64);
  const name = text(value.name);
  const before = int(value.before, 0);
  const after = int(value.after, 0);
  if (!sku || !name || before === undefined || after === undefined || before === after) return undefined;
  return { action: 'line', sku, name, before, after };
}
