/**
 * The cart changes several intents end in (adding, removing), each answered with what changed and
 * what the cart now holds. The product stays in focus, so "remove that" and "add it back" work.
 */
import { isDomainError } from '../../domain/errors';
import { previewAddition } from '../after-order/amend-answers';
import {
  awaiting,
  focused,
  type DialogState,
  type Focus,
  type ListPick,
  type OpenList,
} from '../dialog-state';
import { goOnWithQueued } from './added-together';
import { ask, labels, type Answer } from '../reply';
import { sentences, shorten, NAME_LENGTH } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/** A line's quantity before and after a change, remembered for "undo". */
interface LineChange {
  readonly before: number;
  readonly after: number;
}

/** The product not picked from a two-way "did you mean A or B?" that asked for the change. */
function otherChoice(list: OpenList | undefined, picked: Focus): Focus | undefined {
  if (list?.kind !== 'choice' || !list.pick || list.items.length !== 2) return undefined;
  const other = list.items.find((item) => item.sku !== picked.sku);
  return other && { sku: other.sku, name: other.name };
}

/**
 * The state after a change: the product in focus and, when the cart changed, "anything else?" asked
 * and the change remembered for "undo"; a list that answered the request is closed, other lists
 * stay open.
 */
function afterChange(state: DialogState, focus: Focus, change?: LineChange): DialogState {
  const next = change ? awaiting(focused(state, focus), { kind: 'anythingElse' }) : focused(state, focus);
  const other = otherChoice(state.list, focus);
  const remembered: DialogState =
    change && change.before !== change.after
      ? {
          ...next,
          lastChange: {
            action: 'line',
            sku: focus.sku,
            name: focus.name,
            ...change,
            ...(other ? { other } : {}),
          },
        }
      : next;
  if (remembered.list?.pick) {
    const { list: _list, ...rest } = remembered;
    return rest;
  }
  return remembered;
}

function followUps(ctx: TurnContext): string[] {
  return labels([ctx.locale.common.checkoutLabel(), ctx.locale.common.cartLabel()]);
}

/**
 * Adds units of a product and says so, with the cart's new count and subtotal; when products named
 * with it wait (`queued`), goes on with them.
 */
export async function addAndSay(ctx: TurnContext, focus: Focus, quantity: number): Promise<Answer> {
  const { cart } = ctx.locale;
  const change = await ctx.deps.cart.add(ctx.customer.id, focus.sku, quantity);
  const name = change.line?.name ?? focus.name;
  // One of several products named together: the others waiting are found next.
  if (ctx.state.queued) {
    const added = { sku: focus.sku, name, ...lineChange(change) };
    return goOnWithQueued(ctx, afterChange(ctx.state, added), {
      added: [added],
      view: change.view,
      said: [],
    });
  }
  const item = ctx.locale.phrasing.quantityOf(quantity, shorten(name, NAME_LENGTH));
  const { itemCount: count, subtotal } = change.view;
  return ask(
    sentences(cart.added({ item, count, subtotal }), cart.anythingElse()),
    cart.addedReprompt(),
    afterChange(ctx.state, { sku: focus.sku, name }, lineChange(change)),
    { suggestions: followUps(ctx) },
  );
}

function lineChange(change: { readonly previousQuantity: number; readonly line?: { quantity: number } }) {
  return { before: change.previousQuantity, after: change.line?.quantity ?? 0 };
}

/**
 * Removing a line that is not in the cart (removed already: "remove that" said twice) is said with
 * the product's name.
 */
async function onLine<T>(ctx: TurnContext, focus: Focus, change: () => Promise<T>): Promise<T | Answer> {
  try {
    return await change();
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'CART_LINE_NOT_FOUND') throw error;
    const { cart } = ctx.locale;
    const product = shorten(focus.name, NAME_LENGTH);
    return ask(cart.notInCart({ product }), cart.reprompt(), afterChange(ctx.state, focus));
  }
}

const isAnswer = (value: object): value is Answer => 'speech' in value;

/** Removes a product's line and says so. */
export async function removeAndSay(ctx: TurnContext, focus: Focus): Promise<Answer> {
  const { cart, common } = ctx.locale;
  const change = await onLine(ctx, focus, () => ctx.deps.cart.remove(ctx.customer.id, focus.sku));
  if (isAnswer(change)) return change;
  const product = shorten(focus.name, NAME_LENGTH);
  const { itemCount: count, subtotal } = change.view;
  const state = afterChange(ctx.state, focus, lineChange(change));
  if (count === 0) return ask(cart.removedEmpty({ product }), cart.whatToAddReprompt(), state);
  return ask(
    sentences(cart.removed({ product, count, subtotal }), cart.anythingElse()),
    common.homeReprompt(),
    state,
    { suggestions: followUps(ctx) },
  );
}

/** Takes units off a line (all of them, or more, remove it) and says so. */
export async function fewerAndSay(ctx: TurnContext, focus: Focus, fewer: number): Promise<Answer> {
  const { cart } = await ctx.deps.cart.read(ctx.customer.id);
  const line = cart.lines.find((l) => l.sku === focus.sku);
  if (!line) return removeAndSay(ctx, focus);
  return setQuantityAndSay(ctx, focus, Math.max(0, line.quantity - fewer));
}

/** Sets a line's quantity (0 removes it) and says so. */
export async function setQuantityAndSay(ctx: TurnContext, focus: Focus, quantity: number): Promise<Answer> {
  if (quantity === 0) return removeAndSay(ctx, focus);
  const { cart } = ctx.locale;
  const change = await ctx.deps.cart.setQuantity(ctx.customer.id, focus.sku, quantity);
  const name = change.line?.name ?? focus.name;
  const item = ctx.locale.phrasing.quantityOf(quantity, shorten(name, NAME_LENGTH));
  const { itemCount: count, subtotal } = change.view;
  return ask(
    sentences(cart.quantitySet({ item, count, subtotal }), cart.anythingElse()),
    cart.addedReprompt(),
    afterChange(ctx.state, { sku: focus.sku, name }, lineChange(change)),
    { suggestions: followUps(ctx) },
  );
}

/**
 * Does what a list that answered a request asks of the item chosen from it (add, remove, set, fewer,
 * or add to a placed order, read back first).
 */
export function pickAndSay(ctx: TurnContext, pick: ListPick, item: Focus): Promise<Answer> {
  switch (pick.action) {
    case 'order':
      return previewAddition(ctx, pick.orderId, item.sku, pick.quantity);
    case 'add':
      return addAndSay(ctx, item, pick.quantity);
    case 'remove':
      return removeAndSay(ctx, item);
    case 'set':
      return setQuantityAndSay(ctx, item, pick.quantity);
    case 'fewer':
      return fewerAndSay(ctx, item, pick.quantity);
  }
}
