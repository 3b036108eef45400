/**
 * Undo: emptying the cart remembers its lines, and every add, removal or quantity change remembers
 * the line before and after (cart-changes.ts), so "undo that" or "that's not what I said" puts the
 * cart back as it was and says so. Undoing twice changes nothing the second time.
 */
import type { CartView } from '../../domain/cart-service';
import { assertQuantity } from '../../domain/cart-rules';
import { addAndSay, setQuantityAndSay } from './cart-changes';
import { home, settled, UNDO_LINES, type CartUndo, type DialogState, type ListItem } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { ambiguityAnswer, targetNamed } from '../products/product-target';
import { singleAnswer } from '../products/search-answers';
import { sentences, shorten, type Phrase, NAME_LENGTH } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { refer } from '../understanding/resolve-reference';
import { THE_OTHER } from '../understanding/cart-words';
import { onlyHowMany, readSlot, type SlotReading } from '../understanding/slot-reading';
import { noteUndo } from '../understanding/understanding-metrics';

/** Empties the cart (after its yes), remembering its lines so "undo" can put them back. */
export async function emptyAndSay(ctx: TurnContext): Promise<Answer> {
  const before = await ctx.deps.cart.read(ctx.customer.id);
  await ctx.deps.cart.clear(ctx.customer.id);
  const lines = before.cart.lines.slice(0, UNDO_LINES).map((l) => ({ sku: l.sku, quantity: l.quantity }));
  const state: DialogState = {
    ...home(ctx.state),
    ...(lines.length > 0 ? { lastChange: { action: 'empty', lines } } : {}),
  };
  return ask(ctx.locale.cart.emptied(), ctx.locale.cart.whatToAddReprompt(), state);
}

async function reverse(ctx: TurnContext, change: CartUndo) {
  const { cart, phrasing } = ctx.locale;
  if (change.action === 'empty') {
    const view = await ctx.deps.cart.addLines(ctx.customer.id, change.lines);
    return { speech: cart.undoneEmpty({ count: view.itemCount }), view };
  }
  if (change.action === 'lines') {
    let view: CartView | undefined;
    for (const line of change.lines)
      view = (await ctx.deps.cart.setQuantity(ctx.customer.id, line.sku, line.before)).view;
    const items = change.lines.map((line) =>
      phrasing.quantityOf(Math.abs(line.after - line.before), shorten(line.name, NAME_LENGTH)),
    );
    const back = change.lines.every((line) => line.after < line.before);
    const undone = back ? cart.undonePutBack : cart.undoneAdds;
    return { speech: undone({ items: phrasing.list(items, 'and') }), view: view! };
  }
  const product = shorten(change.name, NAME_LENGTH);
  const { view } = await ctx.deps.cart.setQuantity(ctx.customer.id, change.sku, change.before);
  if (change.before === 0) return { speech: cart.undoneAdd({ product }), view };
  return { speech: cart.undoneTo({ item: phrasing.quantityOf(change.before, product) }), view };
}

/** Reverses the last cart change this session, or says there is none. */
export async function undoAndSay(ctx: TurnContext): Promise<Answer> {
  const { cart, common } = ctx.locale;
  const change = ctx.state.lastChange;
  const { lastChange: _done, ...rest } = settled(ctx.state);
  if (!change) return ask(cart.nothingToUndo(), common.homeReprompt(), rest);
  noteUndo(ctx, change.action);
  const { speech, view } = await reverse(ctx, change);
  const total = cart.cartNow({ count: view.itemCount, subtotal: view.subtotal });
  return ask(sentences(speech, total, cart.anythingElse()), cart.addedReprompt(), rest);
}

/**
 * A correction ("no, I wanted the organic ones"): the last cart change is undone, and what was
 * meant is looked for, read against what was undone ("the organic ones" after bananas is organic
 * bananas). It is a reinterpretation, so what is found is offered with a question, never added.
 * A correction that is only a count ("no, I said two") changes that line's count as meant.
 */
export async function correctAndSay(ctx: TurnContext, words: string): Promise<Answer> {
  const change = ctx.state.lastChange;
  // "Two, not three": what was meant, without what was not.
  const reading = readSlot(words.replace(/\s+not\s.*$/i, '') || words);
  // A question that picks from a list is open: nothing changed since it was asked, so the words
  // answer it and the change before it stays.
  const asked = ctx.state.list?.pick !== undefined;
  // Only a count ("no, I said two" after "Added 1 Bananas"): the change was meant with that count.
  const counted = onlyHowMany(reading) && reading.count !== undefined && !reading.more;
  const question = ctx.state.list;
  // "No, I said two" to "did you mean A or B?" about adding three: the question again, for two.
  if (
    counted &&
    question?.kind === 'choice' &&
    question.pick?.action === 'add' &&
    question.items.length === 2
  ) {
    assertQuantity(reading.count, ctx.settings.maxQuantityPerLine);
    const [first, second] = question.items as [ListItem, ListItem];
    const again = ambiguityAnswer(ctx, [first, second], { ...question.pick, quantity: reading.count });
    return {
      ...again,
      speech: sentences(ctx.locale.cart.countNoted({ count: reading.count }), again.speech),
    };
  }
  if (change?.action === 'line' && counted && !asked) {
    const { before, after } = change;
    const quantity = after >= before ? before + reading.count : Math.max(0, before - reading.count);
    return setQuantityAndSay({ ...ctx, state: settled(ctx.state) }, change, quantity);
  }
  const { lastChange: _done, product: _focus, ...rest } = settled(ctx.state);
  // "No, the other one" after picking one of two: that one back out, the other in, as many.
  if (change?.action === 'line' && change.other && !asked && THE_OTHER.has(words.toLowerCase().trim())) {
    noteUndo(ctx, change.action);
    const { speech } = await reverse(ctx, change);
    const added = await addAndSay(
      { ...ctx, state: rest },
      change.other,
      Math.max(1, change.after - change.before),
    );
    return { ...added, speech: sentences(speech, added.speech) };
  }
  let undone: Phrase | undefined;
  if (change && !asked) {
    noteUndo(ctx, change.action);
    undone = (await reverse(ctx, change)).speech;
  }
  const next = { ...ctx, state: asked && change ? { ...rest, lastChange: change } : rest };
  const answer = await meantAnswer(next, reading, words, change);
  return undone ? { ...answer, speech: sentences(undone, answer.speech) } : answer;
}

/**
 * What was meant, offered: a pick from the list still open ("I said the first one"), else the
 * product the words name, read against what was undone.
 */
async function meantAnswer(
  ctx: TurnContext,
  reading: SlotReading,
  words: string,
  change: CartUndo | undefined,
): Promise<Answer> {
  const referred = ctx.state.list ? refer(ctx, reading) : undefined;
  if (referred?.kind === 'answer') return referred.answer;
  // The answer to "did you mean A or B?" asked for an add: what was meant is added, as asked.
  const pick = ctx.state.list?.pick;
  if (referred?.kind === 'item' && pick?.action === 'add')
    return addAndSay(ctx, referred.item, pick.quantity);
  let sku = referred?.kind === 'item' ? referred.item.sku : undefined;
  if (sku === undefined) {
    const target = await targetNamed(ctx, meant(reading, words, change));
    if (target.kind === 'answer') return target.answer;
    sku = target.focus.sku;
  }
  return singleAnswer(ctx, await ctx.deps.catalog.get(sku));
}

/** The words of a correction, with the undone product's name when they only qualify it. */
function meant(reading: SlotReading, words: string, change: CartUndo | undefined): string {
  const ref = reading.reference;
  if (ref?.kind === 'named' && change?.action === 'line') return `${ref.words} ${change.name}`;
  return reading.product ?? words;
}
