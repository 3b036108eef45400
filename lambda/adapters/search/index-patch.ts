/**
 * Applies changed products to index data without rebuilding it, when that gives exactly what a
 * rebuild would: the products must still exist and be indexed already, and only what no word of the
 * index comes from may have changed (price, currency, stock, image, version, a description that
 * changes neither the organic nor the gluten-free flag). A new or removed product, or a change of
 * name, brand, category, size, synonyms or popularity, moves the term statistics of the whole
 * catalog, so it is rebuilt instead.
 */
import type { Product } from '../../domain/model';
import { flagsOf } from './product-columns';
import type { IndexData } from './index-data';
import { normaliseWords, tokens } from './normalise';
import { productTable } from './product-table';

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** Whether `next` differs from `indexed` only where the index has no words from. */
function patchable(indexed: Product, next: Product, flags: number): boolean {
  return (
    next.name === indexed.name &&
    next.brand === indexed.brand &&
    next.category === indexed.category &&
    next.size === indexed.size &&
    next.popularity === indexed.popularity &&
    sameList(next.synonyms, indexed.synonyms) &&
    JSON.stringify(next.localNames) === JSON.stringify(indexed.localNames) &&
    flagsOf(normaliseWords(next.name), next.brand ? tokens(next.brand) : [], next.description) === flags
  );
}

/**
 * The index data with `skus` changed to what `products` hold now (a sku absent from `products` was
 * removed), or undefined when only a rebuild gives the right index.
 */
export function patchIndexData(
  data: IndexData,
  skus: readonly string[],
  products: readonly Product[],
): IndexData | undefined {
  const current = data.products;
  const now = new Map(products.map((p) => [p.sku, p]));
  const changed = new Map<number, Product>();
  for (const sku of new Set(skus)) {
    const id = current.idOf(sku);
    const next = now.get(sku);
    if (id < 0 || next === undefined || !patchable(current.product(id), next, current.flags[id]!))
      return undefined;
    // The catalog's currency is its first product's: changing it changes how prices are heard.
    if (id === 0 && next.price.currency !== data.vocabulary.currency) return undefined;
    changed.set(id, next);
  }
  const currencies = [...current.currencies];
  const price = current.price.slice();
  const currency = current.currency.slice();
  const stock = current.stock.slice();
  for (const [id, product] of changed) {
    const known = currencies.indexOf(product.price.currency);
    currency[id] = known >= 0 ? known : currencies.push(product.price.currency) - 1;
    price[id] = product.price.amount;
    stock[id] = product.stock;
  }
  const columns = { ...current, price, currency, currencies, stock };
  return {
    ...data,
    products: productTable(columns, { product: (id) => changed.get(id) ?? current.product(id) }),
  };
}
