/**
 * Reads the dialog state a platform carried back: parsed field by field from whatever came back, so
 * a malformed or tampered field is dropped, never trusted and never fatal. Each reader returns the
 * part when it is well-formed, or undefined; none throws.
 */
import {
  EMPTY_STATE,
  type DialogState,
  type Focus,
  type ListItem,
  type ListPick,
  type OpenList,
  type CartUndo,
  type LineUndo,
  type OrderFocus,
  type OrderLineRef,
  type Pending,
  MOST_NAMED_TOGETHER,
  UNDO_LINES,
} from './dialog-state';
import { readAmendPending, readReturnPending } from './after-order/after-order-state';
import { arrayOf, flag, int, isRecord, oneOf, phrase, text } from './state-readers';

const MAX_LIST = 30;
const MAX_CART_SKUS = 50;

/** The order in focus, or undefined. */
function readOrderFocus(value: unknown): OrderFocus | undefined {
  const orderId = isRecord(value) ? text(value.orderId, 64) : undefined;
  return orderId ? { orderId } : undefined;
}

/** The last cart change, or undefined. */
function readCartUndo(value: unknown): CartUndo | undefined {
  if (!isRecord(value)) return undefined;
  if (value.action === 'empty') {
    const lines = arrayOf(value.lines, readLine, UNDO_LINES);
    return lines && lines.length > 0 ? { action: 'empty', lines } : undefined;
  }
  if (value.action === 'lines') {
    const lines = arrayOf(value.lines, readLineUndo, UNDO_LINES);
    return lines && lines.length > 0 ? { action: 'lines', lines } : undefined;
  }
  const line = value.action === 'line' ? readLineUndo(value) : undefined;
  const other = line ? readFocus(value.other) : undefined;
  return line ? { action: 'line', ...line, ...(other ? { other } : {}) } : undefined;
}

/** One line's change, or undefined. */
function readLineUndo(value: unknown): LineUndo | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku, 64);
  const name = text(value.name);
  const before = int(value.before, 0);
  const after = int(value.after, 0);
  if (!sku || !name || before === undefined || after === undefined || before === after) return undefined;
  return { sku, name, before, after };
}

function readItem(value: unknown): ListItem | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku);
  const name = text(value.name);
  const price = int(value.price, 0);
  if (!sku || !name || price === undefined) return undefined;
  const brand = text(value.brand);
  const size = text(value.size);
  const quantity = int(value.quantity, 1);
  return {
    sku,
    name,
    price,
    ...(brand ? { brand } : {}),
    ...(size ? { size } : {}),
    ...(flag(value.soldOut) ? { soldOut: true } : {}),
    ...(quantity !== undefined ? { quantity } : {}),
  };
}

/** An open list, or undefined. */
function readList(value: unknown): OpenList | undefined {
  if (!isRecord(value)) return undefined;
  const kind = oneOf(value.kind, ['products', 'cart', 'choice'] as const);
  const items = arrayOf(value.items, readItem, MAX_LIST);
  if (!kind || !items || items.length === 0) return undefined;
  const position = Math.min(int(value.position, 0) ?? 0, items.length - 1);
  const total = Math.max(int(value.total, 0) ?? items.length, items.length);
  const pick = readPick(value.pick);
  return { kind, items, position, total, ...(pick ? { pick } : {}) };
}

function readPick(value: unknown): ListPick | undefined {
  if (!isRecord(value)) return undefined;
  if (value.action === 'remove') return { action: 'remove' };
  const quantity = int(value.quantity, 1);
  if (quantity === undefined) return undefined;
  const action = value.action;
  if (action === 'order') {
    const orderId = text(value.orderId, 64);
    return { action, quantity, ...(orderId ? { orderId } : {}) };
  }
  return action === 'add' || action === 'set' || action === 'fewer' ? { action, quantity } : undefined;
}

/** The product in focus, or undefined. */
function readFocus(value: unknown): Focus | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku);
  const name = text(value.name);
  return sku && name ? { sku, name } : undefined;
}

/** An order or cart line by SKU and quantity, or undefined. */
function readLine(value: unknown): OrderLineRef | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku, 64);
  const quantity = int(value.quantity, 1);
  return sku && quantity !== undefined ? { sku, quantity } : undefined;
}

/** The pending question, or undefined. */
function readPending(value: unknown): Pending | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.kind) {
    case 'add': {
      const focus = readFocus(value);
      const quantity = int(value.quantity, 1);
      if (!focus || quantity === undefined) return undefined;
      const orderId = isRecord(value.toOrder) ? text(value.toOrder.orderId, 64) : undefined;
      const toOrder = isRecord(value.toOrder) ? { toOrder: orderId ? { orderId } : {} } : {};
      return { kind: 'add', ...focus, quantity, ...toOrder };
    }
    case 'emptyCart':
    case 'hearCart':
    case 'eraseData':
    case 'anythingElse':
    case 'checkout':
    case 'handoffContact':
    case 'reminder':
      return { kind: value.kind };
    case 'amendOrder':
      return readAmendPending(value);
    case 'returnRequest':
      return readReturnPending(value);
    case 'delivery': {
      const optionIds = arrayOf(value.optionIds, text, 10);
      const codeRequired = flag(value.codeRequired);
      return optionIds && optionIds.length > 0 ? { kind: 'delivery', optionIds, codeRequired } : undefined;
    }
    case 'order': {
      const stage = oneOf(value.stage, ['confirm', 'code'] as const);
      const key = text(value.key);
      const total = int(value.total, 0);
      const optionId = text(value.optionId);
      const lines = value.lines === undefined ? undefined : arrayOf(value.lines, readLine, 100);
      const skus = value.skus === undefined ? undefined : arrayOf(value.skus, (sku) => text(sku, 64), 100);
      const cartVersion = value.cartVersion === undefined ? undefined : int(value.cartVersion, 1);
      if (!stage || !key || total === undefined || !optionId || lines === null || skus === null)
        return undefined;
      const codeRequired = flag(value.codeRequired);
      return {
        kind: 'order',
        stage,
        key,
        total,
        optionId,
        codeRequired,
        ...(lines ? { lines } : {}),
        ...(skus ? { skus } : {}),
        ...(cartVersion !== undefined && !lines ? { cartVersion } : {}),
      };
    }
    case 'cancelOrder': {
      const orderId = text(value.orderId);
      return orderId ? { kind: 'cancelOrder', orderId } : undefined;
    }
    case 'voiceCode': {
      const stage = oneOf(value.stage, ['current', 'new', 'confirm'] as const);
      const code = text(value.code);
      if (!stage || (code !== undefined && !/^\d{4}$/.test(code))) return undefined;
      return { kind: 'voiceCode', stage, ...(code ? { code } : {}) };
    }
    default:
      return undefined;
  }
}

function readLast(value: unknown): DialogState['last'] {
  if (!isRecord(value)) return undefined;
  const speech = phrase(value.speech);
  const reprompt = phrase(value.reprompt);
  return speech ? { speech, ...(reprompt ? { reprompt } : {}) } : undefined;
}

/** Parses the state a platform carried back; anything malformed is left out. */
export function readDialogState(value: unknown): DialogState {
  if (!isRecord(value)) return EMPTY_STATE;
  const customerId = text(value.customerId);
  const rate = int(value.rate, 1);
  const cartSkus = arrayOf(value.cartSkus, (sku) => text(sku, 64), MAX_CART_SKUS);
  const list = readList(value.list);
  const product = readFocus(value.product);
  // A product and an order are never in focus together; a tampered state keeps the product.
  const order = product ? undefined : readOrderFocus(value.order);
  const pending = readPending(value.pending);
  const lastChange = readCartUndo(value.lastChange);
  const queued = arrayOf(value.queued, (words) => text(words, 120), MOST_NAMED_TOGETHER);
  const last = readLast(value.last);
  const lastIntent = text(value.lastIntent);
  return {
    ...(customerId ? { customerId } : {}),
    ...(rate !== undefined && rate <= 400 ? { rate } : {}),
    ...(cartSkus && cartSkus.length > 0 ? { cartSkus } : {}),
    ...(list ? { list } : {}),
    ...(product ? { product } : {}),
    ...(order ? { order } : {}),
    ...(pending ? { pending } : {}),
    ...(lastChange ? { lastChange } : {}),
    ...(queued && queued.length > 0 ? { queued } : {}),
    ...(last ? { last } : {}),
    ...(lastIntent ? { lastIntent } : {}),
  };
}
