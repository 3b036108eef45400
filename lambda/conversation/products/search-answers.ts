/**
 * Answering a search: the count first, then at most three. Only products that match everything said
 * are counted and listed when there are any; otherwise the shopper hears plainly that the store does
 * not have it, and what comes close. A single match is offered straight away.
 */
import type { Product } from '../../domain/model';
import type { SearchResult } from '../../domain/ports';
import { awaiting, focused, listItem, settled, withoutList, type OpenList } from '../dialog-state';
import { listAnswer } from '../lists/list-answers';
import { entryOf, pageSpeech } from '../lists/list-speech';
import { ask, type Answer } from '../reply';
import { PAGE_SIZE } from '../speech/paging';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import type { TurnContext } from '../turn-context';
import { closestAnswer } from './product-target';
import { judge, resultList } from './search-confidence';

/** How many results a list carries (four pages); the count spoken is the full total. */
export const MAX_RESULTS = 12;

/** One product found: offered with its size and price, or said to be sold out. */
export function singleAnswer(ctx: TurnContext, product: Product): Answer {
  const { list, product: p, common } = ctx.locale;
  const item = listItem(product);
  const found = list.foundOne({ item: entryOf(ctx, { ...item, soldOut: false }, true, true) });

  const state = focused(settled(ctx.state), item);
  if (product.stock <= 0) {
    const speech = sentences(found, p.soldOutIt(), common.whatElse());
    return ask(speech, list.noMatchReprompt(), state);
  }
  return ask(
    sentences(found, p.addIt()),
    p.addItReprompt(),
    awaiting(state, { kind: 'add', sku: item.sku, name: item.name, quantity: 1 }),
    { suggestions: [common.yesLabel().text, common.noLabel().text] },
  );
}

/** The answer to a list of results: none, one, or a list read three at a time. */
export function resultsAnswer(
  ctx: TurnContext,
  products: readonly Product[],
  total: number,
  intro: (count: number) => Phrase,
  empty: () => Answer,
): Answer {
  const [first, second] = products;
  if (!first) return empty();
  if (!second || total === 1) return singleAnswer(ctx, first);
  const items = products.slice(0, MAX_RESULTS).map(listItem);
  const list: OpenList = { kind: 'products', items, position: 0, total: Math.max(total, items.length) };
  // "The top 3 are" only when there are more than three to choose from.
  const top = list.total > PAGE_SIZE ? ctx.locale.list.topFew({ count: PAGE_SIZE }) : undefined;
  return listAnswer(ctx, list, sentences(intro(list.total), top, pageSpeech(ctx, list)));
}

/**
 * The answer to a search for the words: the products that match everything said, read as a list
 * with `intro`; or, when nothing matches all of it, what comes close, said as such.
 */
export function searchAnswer(
  ctx: TurnContext,
  words: string,
  result: SearchResult,
  intro: (count: number) => Phrase,
  resolvedSku?: string,
): Answer {
  const { list } = ctx.locale;
  const query = shorten(words, 80);
  // Nothing found: the list heard before is closed too, so "next" cannot page through an old search.
  const empty = () => ask(list.noMatch({ query }), list.noMatchReprompt(), withoutList(settled(ctx.state)));
  const view = resultList(result, resolvedSku);
  if (!view.weak) return resultsAnswer(ctx, view.products, view.total, intro, empty);
  const verdict = judge(result, resolvedSku);
  if (view.products.length <= 1 || verdict.kind !== 'closest') {
    return verdict.kind === 'closest' ? closestAnswer(ctx, words, verdict) : empty();
  }
  return resultsAnswer(ctx, view.products, view.total, (count) => list.foundClose({ count, query }), empty);
}
