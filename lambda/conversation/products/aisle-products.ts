/**
 * An aisle's products as a shopper hears them: in stock first, then the most popular, then by name.
 */
import type { Product } from '../../domain/model';
import type { TurnContext } from '../turn-context';

function rank(a: Product, b: Product): number {
  return (
    Number(b.stock > 0) - Number(a.stock > 0) || b.popularity - a.popularity || a.name.localeCompare(b.name)
  );
}

/** An aisle's products, in stock and most popular first; none when the store has no such aisle. */
export async function aisleProducts(ctx: TurnContext, category: string): Promise<Product[]> {
  return [...(await ctx.deps.catalog.listByCategory(category, 50))].sort(rank);
}
