/**
 * Browsing an aisle: "what's in dairy". The category's products, most popular and in stock first,
 * read three at a time; an unknown aisle falls back to a search for the words.
 */
import type { Product } from '../../domain/model';
import { ask, slot, type IntentHandler } from '../context';
import { withProgress } from '../progress';
import { shorten } from '../speech/phrase';
import { settled } from '../state-changes';
import { MAX_RESULTS, resultsAnswer } from './search';

function rank(a: Product, b: Product): number {
  return (
    Number(b.stock > 0) - Number(a.stock > 0) || b.popularity - a.popularity || a.name.localeCompare(b.name)
  );
}

/** BrowseCategoryIntent. */
export const browseCategory: IntentHandler = async (ctx) => {
  const { list, common } = ctx.locale;
  const value = slot(ctx, 'category');
  const category = (value?.resolvedName || value?.raw || value?.resolvedId?.replace(/-/g, ' ') || '').slice(
    0,
    60,
  );
  if (!category) return ask(list.whatToFind({}), list.noMatchReprompt({}), settled(ctx.state));
  const name = shorten(category, 60);
  let products = [...(await ctx.deps.catalog.listByCategory(category, 50))].sort(rank);
  let total = products.length;
  let ambiguous = false;
  if (products.length === 0) {
    const result = await withProgress(
      ctx,
      common.searching({}),
      ctx.deps.search.search({ text: category, limit: MAX_RESULTS }),
    );
    products = result.hits.map((h) => h.product);
    total = result.total;
    ambiguous = result.ambiguous;
  }
  return resultsAnswer(
    ctx,
    products,
    total,
    ambiguous,
    (count) => list.aisle({ count, category: name }),
    () => ask(list.aisleEmpty({ category: name }), list.noMatchReprompt({}), settled(ctx.state)),
  );
};
