/**
 * Browsing an aisle: "what's in dairy". The category's products, most popular and in stock first,
 * read three at a time; an unknown aisle falls back to a search for the words.
 */
import { settled } from '../dialog-state';
import { aisleProducts } from '../products/aisle-products';
import { MAX_RESULTS, resultsAnswer, searchAnswer } from '../products/search-answers';
import { withProgress } from '../progress';
import { ask, type Answer } from '../reply';
import { shorten } from '../speech/phrase';
import { slot, type IntentHandler, type TurnContext } from '../turn-context';

/** BrowseCategoryIntent. */
export const browseCategory: IntentHandler = async (ctx) => {
  const { list, common } = ctx.locale;
  const value = slot(ctx, 'category');
  const category = (value?.resolvedName || value?.raw || value?.resolvedId?.replace(/-/g, ' ') || '').slice(
    0,
    60,
  );
  if (!category) return ask(list.whatToFind(), list.noMatchReprompt(), settled(ctx.state));
  const name = shorten(category, 60);
  const intro = (count: number) => list.aisle({ count, category: name });
  const products = await aisleProducts(ctx, category);
  if (products.length > 0) {
    return resultsAnswer(ctx, products, products.length, intro, () => aisleEmpty(ctx, name));
  }
  // Not an aisle the store has: the words are searched instead.
  const result = await withProgress(
    ctx,
    common.searching(),
    ctx.deps.search.search({ text: category, limit: MAX_RESULTS }),
  );
  if (result.hits.length === 0) return aisleEmpty(ctx, name);
  return searchAnswer(ctx, category, result, intro);
};

function aisleEmpty(ctx: TurnContext, category: string): Answer {
  const { list } = ctx.locale;
  return ask(list.aisleEmpty({ category }), list.noMatchReprompt(), settled(ctx.state));
}
