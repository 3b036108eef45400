/**
 * SearchProductIntent ("do you have oat milk") and CheapestProductIntent ("the cheapest paper
 * towels"): the count first, then at most three; with a price ceiling nothing is under, what is
 * just over it, cheapest first; several products named together, what the store has of each.
 */
import type { SearchResult } from '../../domain/ports';
import { fallbackAnswer } from '../answers/help-answers';
import { deliveryPicked } from '../checkout/delivery-picked';
import { settled } from '../dialog-state';
import { MAX_RESULTS, searchAnswer, singleAnswer } from '../products/search-answers';
import { resultList } from '../products/search-confidence';
import { severalSearched } from '../products/several-searched';
import { withProgress } from '../progress';
import { ask } from '../reply';
import { sentences, shorten } from '../speech/phrase';
import { slot, slotWords, type IntentHandler } from '../turn-context';
import { namesAnAction, SHOPPING_IN_GENERAL } from '../understanding/cart-words';
import { noteReinterpreted } from '../understanding/understanding-metrics';
import { refer } from '../understanding/resolve-reference';
import { namedTogether } from '../understanding/named-together';
import { namesOnlyDelivery } from '../understanding/delivery-words';
import { searchWords } from '../understanding/search-words';
import { readSlot } from '../understanding/slot-reading';

/** SearchProductIntent: "do you have oat milk". */
export const searchProducts: IntentHandler = async (ctx) => {
  const { list, common } = ctx.locale;
  const said = slotWords(ctx, 'query');
  const words = said && searchWords(said);
  // "I want to hear my options" reached "i want {query}": what to do, not what to find.
  if (words && namesAnAction(words)) {
    noteReinterpreted(ctx, 'not-a-product');
    return fallbackAnswer(ctx, words);
  }
  // "I need some stuff" names nothing to look for: asked what, rather than searched.
  if (!words || SHOPPING_IN_GENERAL.has(words)) {
    return ask(list.whatToFind(), list.noMatchReprompt(), settled(ctx.state));
  }
  const resolvedSku = slot(ctx, 'query')?.resolvedId;
  const request = { text: words, ...(resolvedSku ? { resolvedSku } : {}), limit: MAX_RESULTS };
  const result = await withProgress(ctx, common.searching(), ctx.deps.search.search(request));
  // "Milk and eggs" is no one product: what the store has of each, not a list for the whole words.
  const parts = hasFullMatch(result, resolvedSku) ? undefined : namedTogether(words);
  const several = parts && (await severalSearched(ctx, parts));
  if (several) return several;
  const ceiling = result.constraints.maxPrice;
  if (ceiling && !hasFullMatch(result, resolvedSku)) {
    // Nothing under the budget: say so, then what is just over it, cheapest first.
    const over = await ctx.deps.search.search({
      ...request,
      text: `cheapest ${words}`,
      ignore: ['maxPrice'],
    });
    if (hasFullMatch(over, resolvedSku)) {
      const answer = searchAnswer(ctx, words, over, (count) => list.cheapestOver({ count }), resolvedSku);
      return { ...answer, speech: sentences(list.overBudget({ price: ceiling }), answer.speech) };
    }
  }
  const query = shorten(words, 80);
  return searchAnswer(ctx, words, result, (count) => list.found({ count, query }), resolvedSku);
};

function hasFullMatch(result: SearchResult, resolvedSku?: string): boolean {
  const view = resultList(result, resolvedSku);
  return !view.weak && view.products.length > 0;
}

/**
 * CheapestProductIntent: "the cheapest paper towels": the same search, cheapest first; "the
 * cheapest one", or "which one is cheaper" naming nothing, while a list is open is the cheapest of
 * that list, and while the delivery question is open the cheapest way to get the order.
 */
export const searchCheapest: IntentHandler = async (ctx) => {
  const query = slot(ctx, 'query');
  // Asked how the order should come, "the cheapest one" is the cheapest way, not a product.
  const way = namesOnlyDelivery(query?.raw ?? '') && deliveryPicked(ctx, `cheapest ${query?.raw ?? ''}`);
  if (way) return way;
  // "Which one is cheaper?" names nothing: with a list open, it is about that list.
  if (!query && !ctx.state.list) return searchProducts(ctx);
  const reading = readSlot(`cheapest ${query?.raw ?? ''}`);
  if (ctx.state.list && reading.reference?.kind === 'cheapest') {
    const referred = refer(ctx, reading);
    if (referred.kind === 'answer') return referred.answer;
    if (referred.kind === 'item') return singleAnswer(ctx, await ctx.deps.catalog.get(referred.item.sku));
  }
  if (!query) return searchProducts(ctx);
  const turn = { ...ctx.turn, slots: { ...ctx.turn.slots, query: { raw: `cheapest ${query.raw}` } } };
  return searchProducts({ ...ctx, turn });
};
