/**
 * Which product a request names: matched first against what the shopper has just heard, then
 * searched. When two are too close to call, the answer is a question: "Did you mean A, or B?"; when
 * the search only comes close, the closest product is offered with a question, never acted on.
 */
import type { Product } from '../../domain/model';
import {
  awaiting,
  focused,
  listItem,
  settled,
  withList,
  type Focus,
  type ListItem,
  type ListPick,
  type OpenList,
} from '../dialog-state';
import { brandedName } from '../lists/list-speech';
import { matchNamed, namesOnlyTheKind } from '../matching';
import { withProgress } from '../progress';
import { answered, ask, found, labels, type Answer, type Target } from '../reply';
import { sentences, shorten, toPhrase, type Phrase, NAME_LENGTH } from '../speech/phrase';
import { slot, type TurnContext } from '../turn-context';
import { judge } from './search-confidence';

/** Names as heard, each distinct: the size is added to a name another item shares. */
export function spokenNames(ctx: TurnContext, items: readonly ListItem[]): Phrase[] {
  const names = items.map((item) => item.name.toLowerCase());
  return items.map((item) => {
    const name = shorten(item.name, NAME_LENGTH);
    const twins = names.filter((n) => n === item.name.toLowerCase()).length > 1;
    return toPhrase(twins && item.size ? `${name}, ${ctx.locale.phrasing.size(item.size)}` : name);
  });
}

/** "Did you mean A, or B?" over two products or lines, kept open as a two-item list. */
export function ambiguityAnswer(
  ctx: TurnContext,
  items: readonly [ListItem, ListItem],
  pick?: ListPick,
): Answer {
  const [first, second] = spokenNames(ctx, items) as [Phrase, Phrase];
  const list: OpenList = { kind: 'choice', items, position: 0, total: 2, ...(pick ? { pick } : {}) };
  return ask(
    ctx.locale.list.ambiguous({ first, second }),
    ctx.locale.list.ambiguousReprompt(),
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
    const only = hits.length === 1 ? list.items[hits[0]!]! : undefined;
    // In the cart, "the milk" is the Oat Milk there; elsewhere a bare kind is searched.
    if (only && (list.kind === 'cart' || !namesOnlyTheKind(words, only))) return only;
  }
  const kindOnly = product && !cartOnly && namesOnlyTheKind(words, product);
  if (product && !kindOnly && matchNamed(words, [product]).length === 1) return product;
  return undefined;
}

/**
 * The closest product, offered with a question and never acted on: "I don't have dragon fruit
 * jerky. I do have Beef Jerky Original for 6 dollars and 99 cents. Want that?". A "yes" adds it.
 * A sold-out closest product is not offered: the shopper hears plainly that it is not sold.
 */
export function closestAnswer(
  ctx: TurnContext,
  words: string,
  closest: { readonly product: Product; readonly partly: boolean },
  pick?: ListPick,
): Answer {
  const quantity = pick && 'quantity' in pick ? pick.quantity : 1;
  // Offered while adding to a placed order: a yes reads the addition back for that order.
  const toOrder = pick?.action === 'order' ? { toOrder: pick.orderId ? { orderId: pick.orderId } : {} } : {};
  const { list, common } = ctx.locale;
  const query = shorten(words, 80);
  const { product } = closest;
  if (product.stock <= 0) {
    return ask(
      sentences(list.notSold({ query }), common.whatElse()),
      list.noMatchReprompt(),
      settled(ctx.state),
    );
  }
  const said = { query, product: shorten(brandedName(product), NAME_LENGTH), price: product.price };
  const item = listItem(product);
  return ask(
    closest.partly ? list.closestPartly(said) : list.closestSounds(said),
    list.closestReprompt(),
    awaiting(focused(settled(ctx.state), item), {
      kind: 'add',
      sku: item.sku,
      name: item.name,
      quantity,
      ...toOrder,
    }),
    { suggestions: labels([common.yesLabel(), common.noLabel()]) },
  );
}

/**
 * Searches for the product the words name. Only a confident match is acted on (see
 * search-confidence.ts); two too close to call are a question, a weak match is offered, and
 * nothing found is said plainly.
 */
export async function searchProduct(ctx: TurnContext, words: string, pick?: ListPick): Promise<Target> {
  const resolvedSku = slot(ctx, 'product')?.resolvedId;
  const result = await withProgress(
    ctx,
    ctx.locale.common.searching(),
    ctx.deps.search.search({ text: words, ...(resolvedSku ? { resolvedSku } : {}), limit: 10 }),
  );
  const verdict = judge(result, resolvedSku);
  switch (verdict.kind) {
    case 'confident':
      return found(verdict.product);
    case 'choose':
      return answered(ambiguityAnswer(ctx, [listItem(verdict.first), listItem(verdict.second)], pick));
    case 'closest':
      return answered(closestAnswer(ctx, words, verdict, pick));
    case 'none': {
      const { list } = ctx.locale;
      return answered(
        ask(list.noMatch({ query: shorten(words, 80) }), list.noMatchReprompt(), settled(ctx.state)),
      );
    }
  }
}

/** The product the words name: one the shopper has just heard, else the search's answer. */
export async function targetNamed(ctx: TurnContext, words: string, pick?: ListPick): Promise<Target> {
  const known = inHand(ctx, words, false);
  return known ? found(known) : searchProduct(ctx, words, pick);
}
