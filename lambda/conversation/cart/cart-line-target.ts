/**
 * Which cart line a remove or a quantity change is about: named (matched to the lines), or, with
 * no product named, the product just talked about (added, selected), else the only line in the
 * cart; with several lines the shopper is asked which one ("Which item should be 3: A, B, or C?").
 * A line is named by its product's name or brand, or else by one of the product's other names.
 */
import { home, settled, withList, type ListItem, type OpenList } from '../dialog-state';
import { matchNamed } from '../matching';
import { ambiguityAnswer, spokenNames } from '../products/product-target';
import { answered, ask, found, labels, type Answer, type Target } from '../reply';
import { shorten, toPhrase } from '../speech/phrase';
import { readProductSlot, type TurnContext } from '../turn-context';
import { refer } from '../understanding/resolve-reference';
import { cartItems } from './cart-contents';

/** What the request does to the line: remove it, set its quantity, or take some off. */
export type CartPick =
  { readonly action: 'remove' } | { readonly action: 'set' | 'fewer'; readonly quantity: number };

/** How many line names a "which one" question says; more lines are named by example. */
const NAMED_LINES = 3;

/** "Which item should be 3: A, B, or C?", with the lines kept open as a choice that does it. */
function whichLine(ctx: TurnContext, items: readonly ListItem[], pick: CartPick): Answer {
  const { cart, list: l, phrasing } = ctx.locale;
  const kept = items.slice(0, 30);
  const names = spokenNames(ctx, kept);
  const named = names.length <= NAMED_LINES;
  const options = named ? phrasing.list(names, 'or') : phrasing.list(names.slice(0, 2), 'or');
  const speech =
    pick.action === 'set'
      ? named
        ? cart.whichQuantity({ quantity: pick.quantity, options })
        : cart.whichQuantityByName({ quantity: pick.quantity, options })
      : pick.action === 'fewer'
        ? cart.whichFewer({ quantity: pick.quantity, options })
        : named
          ? cart.whichRemove({ options })
          : cart.whichRemoveByName({ options });
  const list: OpenList = { kind: 'choice', items: kept, position: 0, total: kept.length, pick };
  return ask(speech, l.ambiguousReprompt(), withList(ctx.state, list), {
    suggestions: labels(names.map((n) => toPhrase(n.text))),
  });
}

async function unnamed(ctx: TurnContext, pick: CartPick): Promise<Target> {
  const { product, list } = ctx.state;
  if (product) return found(product);
  // A cart just read back and carried whole costs no read.
  const items =
    list?.kind === 'cart' && list.items.length === list.total
      ? list.items
      : cartItems((await ctx.deps.cart.read(ctx.customer.id)).cart.lines);
  const { cart } = ctx.locale;
  if (items.length === 0) return answered(ask(cart.empty(), cart.whatToAddReprompt(), home(ctx.state)));
  if (items.length === 1) return found(items[0]!);
  return answered(whichLine(ctx, items, pick));
}

/**
 * The words that name a line, read: a position in the open list ("the second item") is resolved
 * against it; "it", "that item" or no words mean the product in focus; the rest names a product.
 */
function readLine(ctx: TurnContext, pick: CartPick): Target | string | undefined {
  const reading = readProductSlot(ctx);
  const ref = reading?.reference;
  if (!reading || ref?.kind === 'pointer') return undefined;
  if (ref && ref.kind !== 'named' && ctx.state.list) {
    const referred = refer(ctx, reading, pick);
    if (referred.kind === 'item') return found(referred.item);
    if (referred.kind === 'answer') return answered(referred.answer);
  }
  return ref?.kind === 'named' ? ref.words : reading.product;
}

/** The lines whose product the words name by another of its names ("the cereal" for Cheerios). */
async function namedOtherwise(
  ctx: TurnContext,
  words: string,
  items: readonly ListItem[],
): Promise<number[]> {
  if (items.length === 0) return [];
  const products = await ctx.deps.catalog.getMany(items.map((item) => item.sku));
  const synonyms = new Map(products.map((p) => [p.sku, p.synonyms]));
  return items.flatMap((item, index) =>
    matchNamed(
      words,
      (synonyms.get(item.sku) ?? []).map((name) => ({ name })),
    ).length > 0
      ? [index]
      : [],
  );
}

/** The product in the cart the turn is about, or the question to ask instead. */
export async function targetInCart(ctx: TurnContext, pick: CartPick): Promise<Target> {
  const read = readLine(ctx, pick);
  if (read === undefined) return unnamed(ctx, pick);
  if (typeof read !== 'string') return read;
  const words = read;
  const { list, product } = ctx.state;
  if (list?.kind === 'cart') {
    const hits = matchNamed(words, list.items);
    if (hits.length === 1) return found(list.items[hits[0]!]!);
  }
  if (product && matchNamed(words, [product]).length === 1) return found(product);
  const items = cartItems((await ctx.deps.cart.read(ctx.customer.id)).cart.lines);
  const named = matchNamed(words, items);
  // Not one line by its name: perhaps by what shoppers also call it.
  const hits = named.length > 0 ? named : await namedOtherwise(ctx, words, items);
  if (hits.length === 1) return found(items[hits[0]!]!);
  if (hits.length > 1) return answered(ambiguityAnswer(ctx, [items[hits[0]!]!, items[hits[1]!]!], pick));
  const { cart } = ctx.locale;
  return answered(ask(cart.notInCart({ product: shorten(words, 80) }), cart.reprompt(), settled(ctx.state)));
}
