/**
 * Checkout pricing input: the lines to order at today's catalog price, refusing a product that is
 * gone or short of stock before anything is quoted.
 */
import { DomainError } from './errors';
import type { Product } from './model';
import type { LineToPrice } from './quote';

/** Lines at today's price; a product gone from the catalog or short of stock stops the quote. */
export function linesAtToday(
  items: readonly { sku: string; quantity: number; name?: string }[],
  products: readonly Product[],
): LineToPrice[] {
  const bySku = new Map(products.map((p) => [p.sku, p]));
  return items.map((item) => {
    const product = bySku.get(item.sku);
    if (!product) {
      throw new DomainError('PRODUCT_UNAVAILABLE', `${item.sku} is gone`, {
        sku: item.sku,
        productName: item.name ?? item.sku,
      });
    }
    if (product.stock < item.quantity) {
      throw new DomainError('OUT_OF_STOCK', `${item.sku} short`, {
        sku: item.sku,
        productName: product.name,
        available: product.stock,
      });
    }
    return { sku: product.sku, name: product.name, quantity: item.quantity, unitPrice: product.price };
  });
}
