/**
 * Dialog state: what the conversation remembers between turns of one session, carried by the
 * platform (session attributes), so it costs no database call; and its usual moves (back home, a
 * question asked or answered, a list opened, a product in focus), each returning a new state in
 * which the identity and the speech rate always carry over. It never decides who the customer is;
 * that is always resolved from the platform's identity. Reading it back: read-dialog-state.ts.
 */
import type { Product } from '../domain/model';
import type { AmendPending, ReturnPending } from './after-order/after-order-state';
import type { Phrase } from './speech/phrase';

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

/**
 * What choosing from a list does, when the list answers a request ("set": change the quantity;
 * "fewer": take that many off).
 */
export type ListPick =
  | { readonly action: 'add' | 'set' | 'fewer'; readonly quantity: number }
  | { readonly action: 'remove' }
  /** Added to a placed order (the latest when none is named), after its read-back. */
  | { readonly action: 'order'; readonly quantity: number; readonly orderId?: string };

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

/** The order "it" refers to once its status was heard or it was placed ("cancel it"). */
export interface OrderFocus {
  readonly orderId: string;
}

/**
 * The last change to the cart, kept so "undo" can reverse it: one line's quantity before and after
 * (0 when it was not in the cart, or is no longer), or the lines a cart held before it was emptied.
 */
export type CartUndo =
  | {
      readonly action: 'line';
      readonly sku: string;
      readonly name: string;
      readonly before: number;
      readonly after: number;
      /** The other product of the two-way "did you mean" the change answered ("no, the other one"). */
      readonly other?: Focus;
    }
  | { readonly action: 'empty'; readonly lines: readonly OrderLineRef[] }
  | { readonly action: 'lines'; readonly lines: readonly LineUndo[] };

/** One line's quantity before and after a change that touched several ("add milk and eggs"). */
export interface LineUndo {
  readonly sku: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

/** At most this many products are taken from one request that names several. */
export const MOST_NAMED_TOGETHER = 6;

/** How many lines an emptied cart is remembered with (enough to put a voice cart back). */
export const UNDO_LINES = 30;

/** A question the shopper has been asked and the facts needed to act on the answer. */
export type Pending =
  | {
      readonly kind: 'add';
      readonly sku: string;
      readonly name: string;
      readonly quantity: number;
      /** Offered for a placed order (the latest when no id), so a yes reads the addition back. */
      readonly toOrder?: { readonly orderId?: string };
    }
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
      /** The skus read back from the cart: placing reads the cart and them in one request. */
      readonly skus?: readonly string[];
      /** The version of the cart read back: placing orders that very cart or nothing. */
      readonly cartVersion?: number;
    }
  | { readonly kind: 'cancelOrder'; readonly orderId: string }
  | AmendPending
  | ReturnPending
  /** "Should they call you, or send you a message?" after "talk to a person". */
  | { readonly kind: 'handoffContact' }
  | { readonly kind: 'eraseData' }
  /** "Anything else?" after a change or an order: "no" or "that's all" closes the shopping. */
  | { readonly kind: 'anythingElse' }
  /** "Shall I check out?" after the shopper said they were done. */
  | { readonly kind: 'checkout' }
  /** "Want a reminder tomorrow evening?" when leaving with items in the cart. */
  | { readonly kind: 'reminder' }
  | { readonly kind: 'voiceCode'; readonly stage: 'current' | 'new' | 'confirm'; readonly code?: string };

/** Everything carried between turns. */
export interface DialogState {
  /** The customer resolved earlier in this session (only to skip a lookup, never as identity). */
  readonly customerId?: string;
  /** Speech rate in percent, read from the profile once per session. */
  readonly rate?: number;
  /**
   * The skus the cart held when this session last saw it: the next cart read fetches their products
   * with the cart, for today's prices in one request. Only which products to read, never the cart.
   */
  readonly cartSkus?: readonly string[];
  readonly list?: OpenList;
  readonly product?: Focus;
  /** The order in focus; never at the same time as a product in focus. */
  readonly order?: OrderFocus;
  readonly pending?: Pending;
  /** The last cart change, for "undo". */
  readonly lastChange?: CartUndo;
  /**
   * Products named together ("milk, eggs and bread") still to find while a question about an
   * earlier one is open, each as said; at most `MOST_NAMED_TOGETHER`.
   */
  readonly queued?: readonly string[];
  /** The last thing said, for "repeat". */
  readonly last?: { readonly speech: Phrase; readonly reprompt?: Phrase };
  readonly lastIntent?: string;
}

/** The state of a fresh session. */
export const EMPTY_STATE: DialogState = {};

/**
 * Back to the start: nothing open, nothing pending; the customer, the speech rate and the last cart
 * change (so "undo" still works) are kept.
 */
export function home(state: DialogState): DialogState {
  return {
    ...(state.customerId ? { customerId: state.customerId } : {}),
    ...(state.rate !== undefined ? { rate: state.rate } : {}),
    ...(state.lastChange ? { lastChange: state.lastChange } : {}),
  };
}

/** The state with no question pending. */
export function settled(state: DialogState): DialogState {
  const { pending: _pending, ...rest } = state;
  return rest;
}

/** The change to remember for "undo" over the lines one request changed: one line, several, or none. */
export function changeOf(lines: readonly LineUndo[]): CartUndo | undefined {
  if (lines.length === 0) return undefined;
  return lines.length === 1 ? { action: 'line', ...lines[0]! } : { action: 'lines', lines };
}

/** The state with no products waiting to be found. */
export function unqueued(state: DialogState): DialogState {
  const { queued: _queued, ...rest } = state;
  return rest;
}

/** The state waiting for an answer to a question. */
export function awaiting(state: DialogState, pending: Pending): DialogState {
  return { ...state, pending };
}

/** The state with a product in focus ("add it", "remove that") and no question pending. */
export function focused(state: DialogState, product: Focus): DialogState {
  const { order: _order, ...rest } = settled(state);
  return { ...rest, product: { sku: product.sku, name: product.name } };
}

/** The state with an order in focus ("cancel it", "when will it arrive"), no product, nothing pending. */
export function orderFocused(state: DialogState, orderId: string): DialogState {
  const { product: _product, ...rest } = settled(state);
  return { ...rest, order: { orderId } };
}

/** The state with no list open. */
export function withoutList(state: DialogState): DialogState {
  const { list: _closed, ...rest } = state;
  return rest;
}

/** The state with a list open at a position, nothing pending. */
export function withList(state: DialogState, list: OpenList): DialogState {
  const { product: _product, order: _order, ...rest } = settled(state);
  return { ...rest, list };
}

/** A product as a list item, small enough to carry in the session. */
export function listItem(product: Product): ListItem {
  return {
    sku: product.sku,
    name: product.name.slice(0, 120),
    price: product.price.amount,
    ...(product.brand ? { brand: product.brand.slice(0, 60) } : {}),
    ...(product.size ? { size: product.size.slice(0, 40) } : {}),
    ...(product.stock <= 0 ? { soldOut: true } : {}),
  };
}
