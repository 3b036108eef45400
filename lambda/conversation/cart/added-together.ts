/**
 * Several products named together ("add milk, eggs and bread"), each found the way one named alone
 * would be (product-target.ts) and added in turn. The first that needs a question (which of two, or
 * "want that?" for a near match) ends the turn there: the shopper hears what was added, what will
 * follow, and the question; the rest wait in the state (`queued`), and the answer to the question
 * goes on with them (cart-changes.ts after an add, yes-no.ts after a "no"). A product the store does
 * not have is said and passed over. Nothing is added that the shopper did not name.
 */
import { assertQuantity } from '../../domain/cart-rules';
import type { CartView } from '../../domain/cart-service';
import { isDomainError } from '../../domain/errors';
import {
  awaiting,
  changeOf,
  focused,
  settled,
  unqueued,
  type DialogState,
  type LineUndo,
} from '../dialog-state';
import { targetNamed } from '../products/product-target';
import { ask, labels, type Answer } from '../reply';
import { sentences, shorten, toPhrase, NAME_LENGTH, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { readSlot } from '../understanding/slot-reading';

/** What was done before the products still to find: lines added, and what was said of others. */
export interface Done {
  readonly added: readonly LineUndo[];
  /** The cart after the last line added. */
  readonly view?: CartView;
  readonly said: readonly Phrase[];
  /** Said first: what the answer that went on did ("OK, not that one"). */
  readonly opening?: Phrase;
}

const NOTHING_DONE: Done = { added: [], said: [] };

/** Refusals that pass one product over instead of ending the turn. */
const PASSED_OVER = new Set(['OUT_OF_STOCK', 'PRODUCT_UNAVAILABLE', 'PRODUCT_NOT_FOUND']);

/** A part as said: the words naming the product and how many of it. */
function partOf(words: string, quantity: number | undefined) {
  const reading = readSlot(words);
  return { words: reading.product ?? words, quantity: quantity ?? reading.count ?? 1 };
}

/** The last change, for "undo": the lines this request added, or the change before it. */
function withChange(state: DialogState, added: readonly LineUndo[]): DialogState {
  const lastChange = changeOf(added);
  return lastChange ? { ...state, lastChange } : state;
}

/** "Added 1 Whole Milk and 2 Large Eggs. Your cart has 3 items, …", then what was passed over. */
function whatWasDone(ctx: TurnContext, done: Done): Phrase {
  const { cart, phrasing } = ctx.locale;
  const items = done.added.map((line) =>
    phrasing.quantityOf(line.after - line.before, shorten(line.name, NAME_LENGTH)),
  );
  const added =
    done.view && items.length > 0
      ? cart.added({
          item: phrasing.list(items, 'and'),
          count: done.view.itemCount,
          subtotal: done.view.subtotal,
        })
      : undefined;
  return sentences(done.opening, added, ...done.said);
}

/** A question asked about a part: it opened a list or left something pending. */
function waits(answer: Answer, before: DialogState): boolean {
  return (
    answer.state.pending !== undefined ||
    (answer.state.list !== undefined && answer.state.list !== before.list)
  );
}

async function addPart(ctx: TurnContext, sku: string, quantity: number) {
  try {
    return await ctx.deps.cart.add(ctx.customer.id, sku, quantity);
  } catch (error) {
    if (isDomainError(error) && PASSED_OVER.has(error.code)) return undefined;
    throw error;
  }
}

async function goOn(
  ctx: TurnContext,
  start: DialogState,
  parts: readonly string[],
  first: Done,
  firstQuantity?: number,
): Promise<Answer> {
  const { cart, common, list } = ctx.locale;
  let state = start;
  const added = [...first.added];
  const said = [...first.said];
  let view = first.view;
  for (const [index, words] of parts.entries()) {
    const part = partOf(words, index === 0 ? firstQuantity : undefined);
    const target = await targetNamed({ ...ctx, state }, part.words, {
      action: 'add',
      quantity: part.quantity,
    });
    if (target.kind === 'answer') {
      if (!waits(target.answer, state)) {
        said.push(list.notSold({ query: shorten(part.words, 80) }));
        continue;
      }
      const rest = parts.slice(index + 1);
      const next =
        rest.length > 0
          ? cart.stillToFind({
              items: ctx.locale.phrasing.list(
                rest.map((words) => toPhrase(partOf(words, undefined).words)),
                'and',
              ),
            })
          : undefined;
      const { answer } = target;
      return {
        ...answer,
        speech: sentences(whatWasDone(ctx, { ...first, added, view, said }), next, answer.speech),
        state: withChange(rest.length > 0 ? { ...answer.state, queued: rest } : answer.state, added),
      };
    }
    const change = await addPart(ctx, target.focus.sku, part.quantity);
    if (!change) {
      said.push(list.notSold({ query: shorten(target.focus.name, NAME_LENGTH) }));
      continue;
    }
    const name = change.line?.name ?? target.focus.name;
    added.push({
      sku: target.focus.sku,
      name,
      before: change.previousQuantity,
      after: change.line?.quantity ?? 0,
    });
    view = change.view;
    state = focused(state, { sku: target.focus.sku, name });
  }
  if (!view)
    return ask(sentences(first.opening, ...said, common.whatElse()), list.noMatchReprompt(), settled(state));
  return ask(
    sentences(whatWasDone(ctx, { ...first, added, view, said }), cart.anythingElse()),
    cart.addedReprompt(),
    awaiting(withChange(state, added), { kind: 'anythingElse' }),
    { suggestions: labels([common.checkoutLabel(), common.cartLabel()]) },
  );
}

/**
 * Adds the products a request named together, in the order said; `quantity` (a count said apart
 * from the words, "add {two} milks and eggs") is the first one's. Every count is checked first, so
 * a count out of bounds refuses the request before anything is added.
 */
export function addNamedTogether(
  ctx: TurnContext,
  parts: readonly string[],
  quantity?: number,
): Promise<Answer> {
  parts.forEach((words, index) =>
    assertQuantity(
      partOf(words, index === 0 ? quantity : undefined).quantity,
      ctx.settings.maxQuantityPerLine,
    ),
  );
  return goOn(ctx, settled(unqueued(ctx.state)), parts, NOTHING_DONE, quantity);
}

/**
 * Goes on with the products still waiting (`queued`) once the question about an earlier one was
 * answered: `done` is what that answer did (the line it added, or "OK, not that one").
 */
export function goOnWithQueued(ctx: TurnContext, state: DialogState, done: Done): Promise<Answer> {
  return goOn(ctx, settled(unqueued(state)), ctx.state.queued ?? [], done);
}
