/**
 * Catalog lookups for the conversation and the merchant: one product, a category, stock.
 */
import { DomainError } from './errors';
import type { Product } from './model';
import type { CatalogRepository } from './ports';

/** Reads and maintains products. */
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  /** One product; PRODUCT_NOT_FOUND when the sku is unknown. */
  async get(sku: string): Promise<Product> {
    const product = await this.catalog.get(sku);
    if (!product) throw new DomainError('PRODUCT_NOT_FOUND', `no product ${sku}`, { sku });
    return product;
  }

  /** The products among `skus` that exist, in one read (a removed one is left out). */
  async getMany(skus: readonly string[]): Promise<Product[]> {
    return this.catalog.getMany(skus);
  }

  /** Products of a category, by name. */
  async listByCategory(category: string, limit = 50): Promise<Product[]> {
    return this.catalog.listByCategory(category, limit);
  }

  /** Sets a product's stock (merchant side) and bumps the catalog version so search sees it. */
  async setStock(sku: string, stock: number): Promise<void> {
    if (!Number.isInteger(stock) || stock < 0) {
      throw new DomainError('INVALID_INPUT', 'stock must be a whole number, zero or more', {
        field: 'stock',
      });
    }
    await this.get(sku);
    await this.catalog.setStock(sku, stock);
    await this.catalog.bumpVersion([sku]);
  }
}
