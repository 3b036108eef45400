/**
 * Dialog state: what the conversation remembers between turns of one session, carried by the
 * platform (session attributes), so it costs no database call. It is parsed field by field from
 * whatever came back: a malformed or tampered field is dropped, never trusted and never fatal. It
 * never decides who the customer is; that is always resolved from the platform's identity.
 */
import type { Phrase } from './speech/phrase';
import { arrayOf, flag, int, isRecord, oneOf, phrase, text } from './state-readers';

/** One product of an open list, with what is needed to read it again without a database read. */
export interface ListItem {
  readonly sku: string;
  readonly name: string;
  readonly brand?: string;
  readonly size?: string;
  /** Unit price in the store currency's minor units. */
  readonly price: number;
  readonly soldOut?: boolean;
  /** The quantity in the cart (cart lists only). */
  readonly quantity?: number;
}

/** A list the shopper is moving through, three at a time. */
export interface OpenList {
  readonly kind: 'products' | 'cart' | 'choice';
  readonly items: readonly ListItem[];
  /** Index of the first item of the page last read. */
  readonly position: number;
  /** How many matched in all (the list holds the best of them). */
  readonly total: number;
  /** Set when the list answers a request ("did you mean A or B?"): choosing one does it. */
  readonly pick?: ListPick;
}

/** What choosing from a list does, when the list answers a request. */
export type ListPick = { readonly action: 'add'; readonly quantity: number } | { readonly action: 'remove' };

/** The product "it" and "that" refer to. */
export interface Focus {
  readonly sku: string;
  readonly name: string;
}

/** A sku and quantity to order (a reorder). */
export interface OrderLineRef {
  readonly sku: string;
  readonly quantity: number;
}

/** A question the shopper has been asked and the facts needed to act on the answer. */
export type Pending =
  | { readonly kind: 'add'; readonly sku: string; readonly name: string; readonly quantity: number }
  | { readonly kind: 'emptyCart' }
  | { readonly kind: 'hearCart' }
  | { readonly kind: 'delivery'; readonly optionIds: readonly string[]; readonly codeRequired: boolean }
  | {
      readonly kind: 'order';
      readonly stage: 'confirm' | 'code';
      /** The idempotency key chosen at read-back: a repeated "yes" never orders twice. */
      readonly key: string;
      /** The total read back, in minor units; placing refuses a different total. */
      readonly total: number;
      readonly optionId: string;
      readonly codeRequired: boolean;
      /** Present for a reorder (explicit lines); absent when the cart is ordered. */
      readonly lines?: readonly OrderLineRef[];
    }
  | { readonly kind: 'cancelOrder'; readonly orderId: string }
  | { readonly kind: 'voiceCode'; readonly stage: 'current' | 'new' | 'confirm'; readonly code?: string };

/** Everything carried between turns. */
export interface DialogState {
  /** The customer resolved earlier in this session (only to skip a lookup, never as identity). */
  readonly customerId?: string;
  /** Speech rate in percent, read from the profile once per session. */
  readonly rate?: number;
  readonly list?: OpenList;
  readonly product?: Focus;
  readonly pending?: Pending;
  /** The last thing said, for "repeat". */
  readonly last?: { readonly speech: Phrase; readonly reprompt?: Phrase };
  readonly lastIntent?: string;
}

/** The state of a fresh session. */
export const EMPTY_STATE: DialogState = {};

const MAX_LIST = 30;

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
  return value.action === 'add' && quantity !== undefined ? { action: 'add', quantity } : undefined;
}

function readFocus(value: unknown): Focus | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku);
  const name = text(value.name);
  return sku && name ? { sku, name } : undefined;
}

function readLine(value: unknown): OrderLineRef | undefined {
  if (!isRecord(value)) return undefined;
  const sku = text(value.sku);
  const quantity = int(value.quantity, 1);
  return sku && quantity !== undefined ? { sku, quantity } : undefined;
}

function readPending(value: unknown): Pending | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.kind) {
    case 'add': {
      const focus = readFocus(value);
      const quantity = int(value.quantity, 1);
      return focus && quantity !== undefined ? { kind: 'add', ...focus, quantity } : undefined;
    }
    case 'emptyCart':
    case 'hearCart':
      return { kind: value.kind };
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
      if (!stage || !key || total === undefined || !optionId || lines === null) return undefined;
      const codeRequired = flag(value.codeRequired);
      return { kind: 'order', stage, key, total, optionId, codeRequired, ...(lines ? { lines } : {}) };
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
  const list = readList(value.list);
  const product = readFocus(value.product);
  const pending = readPending(value.pending);
  const last = readLast(value.last);
  const lastIntent = text(value.lastIntent);
  return {
    ...(customerId ? { customerId } : {}),
    ...(rate !== undefined && rate <= 400 ? { rate } : {}),
    ...(list ? { list } : {}),
    ...(product ? { product } : {}),
    ...(pending ? { pending } : {}),
    ...(last ? { last } : {}),
    ...(lastIntent ? { lastIntent } : {}),
  };
}
