/**
 * What a product slot's words refer to, read against what the shopper just heard: an ordinal, "the
 * last one" or "the cheapest one" picks from the open list; a word from a name ("the Oatly one") or
 * a bare product name picks the one list item (or the product in focus) it names, preferring the
 * item whose whole name was said ("the Pepsi" is Pepsi, not Pepsi Zero Sugar); with no list but one
 * product just heard, "the first one" is that product; a pointer ("it",
 * "those", "another one") or words that only say how many ("two boxes") mean the product in focus,
 * or the only item of the list, or are answered with "which one?". Anything else is product words
 * to search for. Each rule that applies is counted.
 */
import { withList, type Focus, type ListItem, type ListPick, type OpenList } from '../dialog-state';
import { listReprompt, noListAnswer, pickAnswer } from '../lists/list-answers';
import { cheapestIndex, indexFor, lastHeardIndex } from '../lists/list-position';
import { matchNamed, namedInList, namesOnlyTheKind } from '../matching';
import { ambiguityAnswer } from '../products/product-target';
import { ask, type Answer } from '../reply';
import { pageAt } from '../speech/paging';
import type { TurnContext } from '../turn-context';
import { noteReinterpreted, shapeOf, type UnderstandingRule } from './understanding-metrics';
import { onlyHowMany, type SlotReading } from './slot-reading';

/** What the words refer to. */
export type Referred =
  | {
      readonly kind: 'item';
      readonly item: Focus | ListItem;
      readonly rule: UnderstandingRule;
      /** True when the product was inferred (only a unit was said): it is asked about, not acted on. */
      readonly inferred: boolean;
    }
  | { readonly kind: 'answer'; readonly answer: Answer }
  | { readonly kind: 'words'; readonly words: string }
  | { readonly kind: 'nothing' };

const item = (ctx: TurnContext, reading: SlotReading, found: Focus | ListItem, rule: UnderstandingRule) => {
  noteReinterpreted(ctx, rule, shapeOf(reading));
  const inferred = rule === 'unit-word';
  return { kind: 'item', item: found, rule, inferred } as const;
};

/** "Which one?" over the open list, kept open as a choice that does what was asked. */
function whichOne(ctx: TurnContext, list: OpenList, pick?: ListPick): Answer {
  if (!pick || list.kind === 'cart') return pickAnswer(ctx, list);
  const choice: OpenList = { ...list, kind: 'choice', pick };
  const count = pageAt(list.items, list.position).items.length;
  return ask(ctx.locale.list.whichNumber({ count }), listReprompt(ctx, choice), withList(ctx.state, choice));
}

function fromList(ctx: TurnContext, reading: SlotReading, list: OpenList | undefined): Referred | undefined {
  const ref = reading.reference;
  if (!ref || ref.kind === 'pointer' || ref.kind === 'named' || ref.kind === 'everything') return undefined;
  if (!list) {
    // One product heard ("I found Dawn Dish Soap"): "the first one", "the last one" or "the
    // cheapest one" can only be that one; a later position has nothing to pick.
    const { product } = ctx.state;
    const onlyOne = ref.kind !== 'position' || ref.position === 1;
    if (product && onlyOne) return item(ctx, reading, product, 'ordinal');
    return { kind: 'answer', answer: noListAnswer(ctx) };
  }
  if (ref.kind === 'position') {
    const index = indexFor(list, ref.position);
    if (index !== undefined) return item(ctx, reading, list.items[index]!, 'ordinal');
    const { list: l } = ctx.locale;
    const speech = l.noSuchPosition({ position: ref.position, count: list.items.length });
    return { kind: 'answer', answer: ask(speech, listReprompt(ctx, list), ctx.state) };
  }
  if (ref.kind === 'last') return item(ctx, reading, list.items[lastHeardIndex(list)]!, 'last-in-list');
  const cheapest = cheapestIndex(list);
  return cheapest === undefined
    ? { kind: 'answer', answer: pickAnswer(ctx, list) }
    : item(ctx, reading, list.items[cheapest]!, 'cheapest-in-list');
}

function byName(ctx: TurnContext, reading: SlotReading, words: string, pick?: ListPick): Referred {
  const { list, product } = ctx.state;
  // A bare name of a kind ("butter") is searched, not taken for the Peanut Butter just heard (nor
  // for the one of three peanut butters it would fit); said as a pick ("the butter one") it picks.
  const names = (item: Focus | ListItem) => !!reading.reference || !namesOnlyTheKind(words, item);
  if (list) {
    const hits = namedInList(words, list.items);
    const only = hits.length === 1 ? list.items[hits[0]!]! : undefined;
    if (only && names(only)) return item(ctx, reading, only, 'name-in-list');
    if (hits.length > 1 && reading.reference) {
      const [first, second] = hits.map((i) => list.items[i]!) as [ListItem, ListItem];
      return { kind: 'answer', answer: ambiguityAnswer(ctx, [first, second], pick) };
    }
  }
  if (product && matchNamed(words, [product]).length === 1 && names(product))
    return item(ctx, reading, product, 'name-in-list');
  return { kind: 'words', words };
}

function toFocus(ctx: TurnContext, reading: SlotReading, pick?: ListPick): Referred {
  const { list, product } = ctx.state;
  const rule: UnderstandingRule = reading.reference ? 'pointer' : reading.unit ? 'unit-word' : 'how-many';
  if (product) return item(ctx, reading, product, rule);
  if (list?.items.length === 1) return item(ctx, reading, list.items[0]!, rule);
  if (list) return { kind: 'answer', answer: whichOne(ctx, list, pick) };
  // A unit word with nothing to refer to names no product: it is asked about, never searched.
  return { kind: 'nothing' };
}

/** What a read product slot refers to in this turn's context. */
export function refer(ctx: TurnContext, reading: SlotReading, pick?: ListPick): Referred {
  const picked = fromList(ctx, reading, ctx.state.list);
  if (picked) return picked;
  const ref = reading.reference;
  // "All of them" picks no one product: the list asks which.
  if (ref?.kind === 'everything') {
    const { list } = ctx.state;
    return list ? { kind: 'answer', answer: whichOne(ctx, list, pick) } : { kind: 'nothing' };
  }
  if (ref?.kind === 'named') return byName(ctx, reading, ref.words, pick);
  if (reading.product) return byName(ctx, reading, reading.product, pick);
  if (ref?.kind === 'pointer' || onlyHowMany(reading)) return toFocus(ctx, reading, pick);
  return { kind: 'nothing' };
}
