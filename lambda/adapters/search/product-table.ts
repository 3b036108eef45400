/**
 * What the index knows of each product, by product id, in typed arrays: the figures ranking and the
 * constraints read on every query (price, stock, popularity, organic and gluten-free flags, brand and
 * category group), the skus, and the normalised size text. The whole product, as a hit returns it,
 * comes from `records`: the catalog's own objects after a build, or the snapshot's strings decoded
 * when a hit needs them.
 */
import type { Product } from '../../domain/model';
import type { StringIndex } from './string-index';
import type { StringTable } from './string-table';

/** Flag bits of `ProductColumns.flags`. */
export const FLAGS = { organic: 1, glutenFree: 2 } as const;

/** Per-product facts, each array indexed by product id. */
export interface ProductColumns {
  /** Price in minor units, in the currency `currencies[currency[id]]`. */
  readonly price: Float64Array;
  readonly currency: Int32Array;
  readonly currencies: readonly string[];
  readonly stock: Float64Array;
  /** Popularity scaled to 0..1 on a log scale. */
  readonly popularity: Float64Array;
  readonly flags: Uint8Array;
  /** The product's group in the index's brand lists and category lists (its normalised brand or category). */
  readonly brand: Int32Array;
  readonly category: Int32Array;
  readonly skus: StringIndex;
  /** Normalised size and name words between spaces, to check a spoken size ("12 oz"). */
  readonly sizeText: StringTable;
}

/** Where whole products come from. */
export interface ProductRecords {
  product(id: number): Product;
}

/** The products of an index. */
export interface ProductTable extends ProductColumns {
  readonly count: number;
  /** The whole product. */
  product(id: number): Product;
  /** The id of a sku, or -1. */
  idOf(sku: string): number;
}

/** The table over columns and records. */
export function productTable(columns: ProductColumns, records: ProductRecords): ProductTable {
  return {
    ...columns,
    count: columns.price.length,
    product: (id) => records.product(id),
    idOf: (sku) => columns.skus.id(sku),
  };
}
