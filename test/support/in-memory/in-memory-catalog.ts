/**
 * CatalogRepository in memory, for conversation tests only: products by sku and the catalog version
 * marker, with the same contract as the DynamoDB repository.
 */
import type { Product, ProductInput } from '../../../lambda/domain/model';
import type { CatalogRepository } from '../../../lambda/domain/ports';
import { copy, type IoCounter } from './io-counter';

/** Products in a Map. */
export class InMemoryCatalog implements CatalogRepository {
  private readonly products = new Map<string, Product>();
  private version = 0;

  constructor(
    private readonly io: IoCounter,
    private readonly now: () => Date,
  ) {}

  get(sku: string): Promise<Product | undefined> {
    this.io.read();
    return Promise.resolve(copy(this.products.get(sku)));
  }

  getMany(skus: readonly string[]): Promise<Product[]> {
    this.io.read();
    return Promise.resolve(
      [...new Set(skus)].flatMap((sku) => (this.products.has(sku) ? [copy(this.products.get(sku)!)] : [])),
    );
  }

  listByCategory(category: string, limit: number): Promise<Product[]> {
    this.io.read();
    const wanted = category.trim().toLowerCase();
    const found = [...this.products.values()]
      .filter((p) => p.category?.toLowerCase() === wanted)
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.sku.localeCompare(b.sku));
    return Promise.resolve(copy(found.slice(0, limit)));
  }

  listAll(): Promise<Product[]> {
    this.io.read();
    return Promise.resolve(copy([...this.products.values()]));
  }

  upsert(product: ProductInput): Promise<'created' | 'updated'> {
    this.io.write();
    const existing = this.products.get(product.sku);
    this.products.set(product.sku, {
      ...copy(product),
      version: (existing?.version ?? 0) + 1,
      updatedAt: this.now().toISOString(),
    });
    return Promise.resolve(existing ? 'updated' : 'created');
  }

  setStock(sku: string, stock: number): Promise<void> {
    this.io.write();
    this.adjust(sku, () => stock);
    return Promise.resolve();
  }

  getVersion(): Promise<number> {
    this.io.read();
    return Promise.resolve(this.version);
  }

  bumpVersion(): Promise<number> {
    this.io.write();
    this.version += 1;
    return Promise.resolve(this.version);
  }

  /** The stored product, without counting a read (the order transaction and test assertions). */
  peek(sku: string): Product | undefined {
    return copy(this.products.get(sku));
  }

  /** Changes a product's stock without counting a request (inside the order transaction). */
  adjust(sku: string, change: (stock: number) => number): void {
    const product = this.products.get(sku);
    if (product)
      this.products.set(sku, { ...product, stock: change(product.stock), version: product.version + 1 });
  }
}
