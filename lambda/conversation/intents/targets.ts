/**
 * Which product a request is about: named in the turn (matched first against what the shopper has
 * just heard, then searched), or "it" / "that" (the product in focus). When two are too close to
 * call, the answer is a question: "Did you mean A, or B?".
 */
import { ask, labels, slot, slotWords, type Answer, type TurnContext } from '../context';
import type { Focus, ListItem, ListPick, OpenList } from '../dialog-state';
import { matchNamed } from '../matching';
import { withProgress } from '../progress';
import { toPhrase, shorten } from '../speech/phrase';
import { listItem, settled, withList } from '../state-changes';
import { NAME_LENGTH } from './list-speech';

/** A product to act on, or the answer to give instead. */
export type Target =
  { readonly kind: 'product'; readonly focus: Focus } | { readonly kind: 'answer'; readonly answer: Answer };

const found = (item: Focus): Target => ({ kind: 'product', focus: { sku: item.sku, name: item.name } });
const answered = (answer: Answer): Target => ({ kind: 'answer', answer });

/** The words naming a product in this turn (brand, size and product slots), if any. */
export function productWords(ctx: TurnContext, productSlot = 'product'): string | undefined {
  const words = [slotWords(ctx, 'brand'), slotWords(ctx, 'size'), slotWords(ctx, productSlot)].filter(
    Boolean,
  );
  return words.length > 0 ? words.join(' ') : undefined;
}

/** "Did you mean A, or B?" over two products or lines, kept open as a two-item list. */
export function ambiguityAnswer(
  ctx: TurnContext,
  items: readonly [ListItem, ListItem],
  pick?: ListPick,
): Answer {
  const sameName = items[0].name.toLowerCase() === items[1].name.toLowerCase();
  const [first, second] = items.map((item) =>
    toPhrase(
      sameName && item.size
        ? `${shorten(item.name, NAME_LENGTH)}, ${ctx.locale.phrasing.size(item.size)}`
        : shorten(item.name, NAME_LENGTH),
    ),
  ) as [ReturnType<typeof toPhrase>, ReturnType<typeof toPhrase>];
  const list: OpenList = { kind: 'choice', items, position: 0, total: 2, ...(pick ? { pick } : {}) };
  return ask(
    ctx.locale.list.ambiguous({ first, second }),
    ctx.locale.list.ambiguousReprompt({}),
    withList(ctx.state, list),
    {
      suggestions: labels([first, second]),
    },
  );
}

/** The one item of those in hand that the words name, if exactly one does. */
function inHand(ctx: TurnContext, words: string, cartOnly: boolean): Focus | undefined {
  const { list, product } = ctx.state;
  if (list && (!cartOnly || list.kind === 'cart')) {
    const hits = matchNamed(words, list.items);
    if (hits.length === 1) return list.items[hits[0]!];
  }
  if (product && matchNamed(words, [product]).length === 1) return product;
  return undefined;
}

/** Searches for the product the words name: the best hit, a question when too close, or not found. */
export async function searchProduct(ctx: TurnContext, words: string, pick?: ListPick): Promise<Target> {
  const resolvedSku = slot(ctx, 'product')?.resolvedId;
  const result = await withProgress(
    ctx,
    ctx.locale.common.searching({}),
    ctx.deps.search.search({ text: words, ...(resolvedSku ? { resolvedSku } : {}), limit: 10 }),
  );
  const [first, second] = result.hits;
  if (!first) {
    const { list } = ctx.locale;
    return answered(
      ask(list.noMatch({ query: shorten(words, 80) }), list.noMatchReprompt({}), settled(ctx.state)),
    );
  }
  if (result.ambiguous && second) {
    return answered(ambiguityAnswer(ctx, [listItem(first.product), listItem(second.product)], pick));
  }
  return found(first.product);
}

/** The product the words name: one the shopper has just heard, else the search's answer. */
export async function targetNamed(ctx: TurnContext, words: string, pick?: ListPick): Promise<Target> {
  const known = inHand(ctx, words, false);
  return known ? found(known) : searchProduct(ctx, words, pick);
}

/** The product to add: named, in focus, or the only one in the open list. */
export async function targetToAdd(ctx: TurnContext, quantity: number): Promise<Target> {
  const words = productWords(ctx);
  if (words) return targetNamed(ctx, words, { action: 'add', quantity });
  const { product, list } = ctx.state;
  if (product) return found(product);
  if (list?.items.length === 1) return found(list.items[0]!);
  if (list) return answered(ask(ctx.locale.list.whichNumber({}), ctx.locale.list.reprompt({}), ctx.state));
  return answered(
    ask(ctx.locale.cart.whatToAdd({}), ctx.locale.cart.whatToAddReprompt({}), settled(ctx.state)),
  );
}

/** The product in the cart the turn is about: named (matched to the cart's lines) or in focus. */
export async function targetInCart(ctx: TurnContext): Promise<Target> {
  const words = productWords(ctx);
  const { cart } = ctx.locale;
  if (!words) {
    if (ctx.state.product) return found(ctx.state.product);
    return answered(ask(cart.whatToRemove({}), cart.reprompt({}), settled(ctx.state)));
  }
  const known = inHand(ctx, words, true);
  if (known) return found(known);
  const lines = (await ctx.deps.cart.read(ctx.customer.id)).cart.lines;
  const hits = matchNamed(words, lines);
  if (hits.length === 1) return found(lines[hits[0]!]!);
  if (hits.length > 1) {
    const [a, b] = hits
      .map((i) => lines[i]!)
      .map((l) => ({
        sku: l.sku,
        name: l.name,
        price: l.unitPrice.amount,
        ...(l.size ? { size: l.size } : {}),
      }));
    return answered(ambiguityAnswer(ctx, [a!, b!], { action: 'remove' }));
  }
  return answered(
    ask(cart.notInCart({ product: shorten(words, 80) }), cart.reprompt({}), settled(ctx.state)),
  );
}
