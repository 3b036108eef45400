/**
 * The product columns of a fresh build, from the catalog's products and what the indexer learnt of
 * each (flags, size text, brand and category groups); and the flags themselves.
 */
import type { Product } from '../../domain/model';
import { normaliseWords } from './normalise';
import { FLAGS, productTable, type ProductTable } from './product-table';
import { indexStrings } from './string-index';
import { packStrings } from './string-table';

/** The organic and gluten-free flags of a product, from its name, brand and description words. */
export function flagsOf(name: readonly string[], brand: readonly string[], description?: string): number {
  const all = [...name, ...brand, ...(description ? normaliseWords(description) : [])];
  const glutenFree = ` ${all.join(' ')} `.includes(' gluten free ') || all.includes('gf');
  return (all.includes('organic') ? FLAGS.organic : 0) | (glutenFree ? FLAGS.glutenFree : 0);
}

/** What the indexer learnt of each product, by product id. */
export interface ProductFacts {
  readonly flags: readonly number[];
  readonly sizeText: readonly string[];
  /** Product ids by brand and by category, in group order. */
  readonly byBrand: ReadonlyMap<string, readonly number[]>;
  readonly byCategory: ReadonlyMap<string, readonly number[]>;
}

/** The table over the catalog's own product objects. */
export function buildProductTable(products: readonly Product[], facts: ProductFacts): ProductTable {
  const n = products.length;
  const currencies: string[] = [];
  const groupOf = (lists: ReadonlyMap<string, readonly number[]>): Int32Array => {
    const group = new Int32Array(n);
    [...lists.values()].forEach((ids, g) => ids.forEach((id) => (group[id] = g)));
    return group;
  };
  const max = products.reduce((m, p) => Math.max(m, p.popularity), 0);
  const scale = Math.log1p(max) || 1;
  const columns = {
    price: Float64Array.from(products, (p) => p.price.amount),
    currency: Int32Array.from(products, (p) => {
      const at = currencies.indexOf(p.price.currency);
      return at >= 0 ? at : currencies.push(p.price.currency) - 1;
    }),
    currencies,
    stock: Float64Array.from(products, (p) => p.stock),
    popularity: Float64Array.from(products, (p) => Math.log1p(Math.max(0, p.popularity)) / scale),
    flags: Uint8Array.from(facts.flags),
    brand: groupOf(facts.byBrand),
    category: groupOf(facts.byCategory),
    skus: indexStrings(products.map((p) => p.sku)),
    sizeText: packStrings(facts.sizeText),
  };
  return productTable(columns, { product: (id) => products[id]! });
}
