/** Test products for the search tests: a product from a name and a few fields. */
import type { Product } from '../../../lambda/domain/model';

/** A product with defaults: $3.99, in stock, popularity 1. */
export function product(sku: string, name: string, extra: Partial<Product> = {}): Product {
  return {
    sku,
    name,
    synonyms: [],
    price: { amount: 399, currency: 'USD' },
    stock: 10,
    popularity: 1,
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A price in cents, USD. */
export const usd = (amount: number): Product['price'] => ({ amount, currency: 'USD' });
