/**
 * PopularProductsIntent: "what are your best sellers", "what do you recommend", "what's popular in
 * dairy": the store's most popular products (an aisle's, when one is named), in stock first, read
 * three at a time as a list to pick from, the way a shopper who cannot browse shelves finds what
 * others buy.
 */
import { aisleProducts } from '../products/aisle-products';
import { MAX_RESULTS, resultsAnswer, searchAnswer } from '../products/search-answers';
import { settled } from '../dialog-state';
import { withProgress } from '../progress';
import { ask } from '../reply';
import { shorten } from '../speech/phrase';
import { slot, type IntentHandler } from '../turn-context';

/** PopularProductsIntent. */
export const popularProducts: IntentHandler = async (ctx) => {
  const { list, common } = ctx.locale;
  const value = slot(ctx, 'category');
  // The aisle as the store names it when the words resolved to one ("the milk aisle" is dairy).
  const aisle = (value?.resolvedName || value?.raw || '').slice(0, 60) || undefined;
  const intro = () => (aisle ? list.popularIn({ category: shorten(aisle, 60) }) : list.popular());
  // An aisle the store has: its products, most popular first, as "what's in dairy" reads them.
  const shelf = aisle ? await aisleProducts(ctx, aisle) : [];
  if (aisle && shelf.length > 0) {
    const none = () => ask(list.aisleEmpty({ category: aisle }), list.noMatchReprompt(), settled(ctx.state));
    return resultsAnswer(ctx, shelf, shelf.length, intro, none);
  }
  const text = aisle ? `most popular ${aisle}` : 'most popular';
  const result = await withProgress(
    ctx,
    common.searching(),
    ctx.deps.search.search({ text, limit: MAX_RESULTS }),
  );
  return searchAnswer(ctx, aisle ?? text, result, intro);
};
