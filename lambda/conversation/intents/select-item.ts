/**
 * Choosing from an open list: by number ("the second one", relative to the page just heard when
 * the number is small) or by a distinctive word ("the Oatly one"). A list that answered a request
 * (add, remove) does it; otherwise the chosen product is described and offered.
 */
import { pickAndSay } from '../cart/cart-changes';
import { deliveryPicked } from '../checkout/delivery-picked';
import { awaiting, focused, type ListItem, type OpenList } from '../dialog-state';
import { listReprompt, noListAnswer, pickAnswer } from '../lists/list-answers';
import { indexFor } from '../lists/list-position';
import { entryOf } from '../lists/list-speech';
import { matchNamed } from '../matching';
import { ambiguityAnswer } from '../products/product-target';
import { ask, type Answer } from '../reply';
import { pageAt } from '../speech/paging';
import { concat, sentences, shorten, NAME_LENGTH } from '../speech/phrase';
import { productWords, slot, type IntentHandler, type TurnContext, readProductSlot } from '../turn-context';
import { refer } from '../understanding/resolve-reference';

/** What choosing an item does. */
async function choose(ctx: TurnContext, list: OpenList, item: ListItem): Promise<Answer> {
  if (list.pick) return pickAndSay(ctx, list.pick, item);
  const { cart, product, common } = ctx.locale;
  const name = shorten(item.name, NAME_LENGTH);
  const state = focused(ctx.state, item);
  if (list.kind === 'cart') {
    const line = ctx.locale.phrasing.quantityOf(item.quantity ?? 1, name);
    return ask(cart.lineChosen({ item: line }), cart.reprompt(), state);
  }
  // The choice is said as the list said it: with its brand.
  const entry = concat([entryOf(ctx, { ...item, soldOut: false }, true, true), '.']);
  if (item.soldOut) {
    return ask(sentences(entry, product.soldOutIt(), product.soldOutNext()), listReprompt(ctx, list), state);
  }
  return ask(
    sentences(entry, product.addIt()),
    product.addItReprompt(),
    awaiting(state, { kind: 'add', sku: item.sku, name: item.name, quantity: 1 }),
    { suggestions: [common.yesLabel().text, common.noLabel().text] },
  );
}

/** SelectItemIntent and the platform's SelectIntent. */
export const selectItem: IntentHandler = async (ctx) => {
  const list = ctx.state.list;
  const { list: l } = ctx.locale;
  const said = slot(ctx, 'position') ?? slot(ctx, 'ListPosition') ?? slot(ctx, 'listNumber');
  const position = said ? ctx.locale.phrasing.parseOrdinal(said.resolvedId ?? said.raw) : undefined;
  // The delivery question was asked last, so its options are what "the second one" picks from.
  const way = deliveryPicked(ctx, productWords(ctx, 'itemName'), position);
  if (way) return way;
  if (!list) return noListAnswer(ctx);
  if (position !== undefined) {
    const index = indexFor(list, position);
    if (index === undefined) {
      return ask(
        l.noSuchPosition({ position, count: list.items.length }),
        listReprompt(ctx, list),
        ctx.state,
      );
    }
    return choose(ctx, list, list.items[index]!);
  }
  const reading = readProductSlot(ctx, 'itemName');
  const ref = reading?.reference;
  if (reading && ref && ref.kind !== 'named' && ref.kind !== 'pointer') {
    const referred = refer(ctx, reading, list.pick);
    if (referred.kind === 'answer') return referred.answer;
    if (referred.kind === 'item') return choose(ctx, list, referred.item as ListItem);
  }
  const words = ref?.kind === 'named' ? ref.words : productWords(ctx, 'itemName');
  if (!words) return pickAnswer(ctx, list);
  const page = pageAt(list.items, list.position);
  const onPage = matchNamed(words, page.items).map((i) => i + page.start);
  const hits = onPage.length === 1 ? onPage : matchNamed(words, list.items);
  const [first, second] = hits.map((i) => list.items[i]!);
  if (!first) return ask(l.notInList({ word: shorten(words, 40) }), listReprompt(ctx, list), ctx.state);
  if (second) return ambiguityAnswer(ctx, [first, second], list.pick);
  return choose(ctx, list, first);
};
