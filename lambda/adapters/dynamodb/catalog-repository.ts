/**
 * Products and the catalog version marker on DynamoDB. Products are listed through the sparse,
 * sharded gsi1 product index (keys.ts), so listing never reads orders or carts. A corrupt product
 * item found while listing is skipped and reported, so one bad item cannot stop the search index
 * from being built; reading it by sku throws CorruptItemError.
 */
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../domain/errors';
import type { Product, ProductInput } from '../../domain/model';
import type { CatalogRepository, Logger } from '../../domain/ports';
import { batchGetItems } from './catalog-batch';
import {
  catalogVersionChange,
  CHANGED_SKUS,
  MAX_CHANGED_SKUS,
  type CatalogVersionChange,
} from './catalog-version-item';
import { buildProductUpdate } from './catalog-product-update';
import { isConditionalCheckFailed } from './dynamo-errors';
import {
  catalogVersionKey,
  ENTITY,
  PRODUCT_INDEX_SHARDS,
  productIndexCategoryPrefix,
  productIndexPartition,
  productKey,
} from './keys';
import { itemToProduct } from './product-item';

const stderrLogger: Logger = {
  info: () => undefined,
  warn: (event, fields) => console.warn(JSON.stringify({ level: 'warn', event, ...fields })),
  error: (event, fields) => console.error(JSON.stringify({ level: 'error', event, ...fields })),
};

/** CatalogRepository on one DynamoDB table. */
export class DynamoCatalogRepository implements CatalogRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly logger: Logger = stderrLogger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One product, eventually consistent. */
  async get(sku: string): Promise<Product | undefined> {
    const { Item } = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: productKey(sku) }));
    return Item ? itemToProduct(Item) : undefined;
  }

  /** The products that exist among `skus`, by BatchGetItem in chunks of 100. */
  async getMany(skus: readonly string[]): Promise<Product[]> {
    const keys = [...new Set(skus)].map(productKey);
    return this.parseAll(await batchGetItems(this.doc, this.tableName, keys));
  }

  /** Products of one category (case-insensitive), by name, at most `limit`. */
  async listByCategory(category: string, limit: number): Promise<Product[]> {
    const wanted = category.trim().toLowerCase();
    const perShard = await Promise.all(
      Array.from({ length: PRODUCT_INDEX_SHARDS }, (_, shard) =>
        this.queryShard(
          shard,
          productIndexCategoryPrefix(wanted),
          limit,
          (p) => p.category?.toLowerCase() === wanted,
        ),
      ),
    );
    const byName = (a: Product, b: Product): number =>
      a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.sku.localeCompare(b.sku);
    return perShard.flat().sort(byName).slice(0, Math.max(0, limit));
  }

  /** Every product: the shards of the product index, queried in parallel, page by page. */
  async listAll(): Promise<Product[]> {
    const perShard = await Promise.all(
      Array.from({ length: PRODUCT_INDEX_SHARDS }, (_, shard) => this.queryShard(shard)),
    );
    return perShard.flat();
  }

  /** Creates or replaces one product in a single write, incrementing its version. */
  async upsert(product: ProductInput): Promise<'created' | 'updated'> {
    const update = buildProductUpdate(product, this.now().toISOString());
    const { Attributes } = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: productKey(product.sku),
        ...update,
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    return Attributes?.version === undefined ? 'created' : 'updated';
  }

  /** Sets the stock of an existing product (PRODUCT_NOT_FOUND otherwise), incrementing its version. */
  async setStock(sku: string, stock: number): Promise<void> {
    if (!Number.isSafeInteger(stock) || stock < 0) {
      throw new DomainError('INVALID_INPUT', 'stock must be a whole number, zero or more', {
        field: 'stock',
      });
    }
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: productKey(sku),
          // Never create half a product: only an existing product gets a stock.
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET stock = :stock, version = version + :one, updatedAt = :now',
          ExpressionAttributeValues: { ':stock': stock, ':one': 1, ':now': this.now().toISOString() },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error))
        throw new DomainError('PRODUCT_NOT_FOUND', `no product ${sku}`, { sku });
      throw error;
    }
  }

  /** The catalog version marker, 0 when never set. */
  async getVersion(): Promise<number> {
    return (await this.getVersionChange()).version;
  }

  /** The catalog version marker and the skus its last change named (none: anything may have changed). */
  async getVersionChange(): Promise<CatalogVersionChange> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: catalogVersionKey() }),
    );
    return catalogVersionChange(Item);
  }

  /**
   * Atomically adds one to the catalog version marker and returns the new version; records the skus
   * changed (at most MAX_CHANGED_SKUS, else none: a search index then rebuilds instead of patching).
   * A catalog's first version is drawn from the clock, not 1, so two databases (a table recreated, a
   * fresh local database) never share a version and a search snapshot of one never passes for the
   * other's.
   */
  async bumpVersion(changed?: readonly string[]): Promise<number> {
    const skus =
      changed && changed.length > 0 && changed.length <= MAX_CHANGED_SKUS ? [...new Set(changed)] : undefined;
    const { Attributes } = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: catalogVersionKey(),
        UpdateExpression: `SET #version = if_not_exists(#version, :first) + :one, #type = :type, updatedAt = :now${skus ? ', #changed = :changed' : ' REMOVE #changed'}`,
        ExpressionAttributeNames: { '#version': 'version', '#type': 'type', '#changed': CHANGED_SKUS },
        ExpressionAttributeValues: {
          ':one': 1,
          ':first': firstCatalogVersion(this.now()),
          ':type': ENTITY.catalogVersion,
          ':now': this.now().toISOString(),
          ...(skus ? { ':changed': skus } : {}),
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.version);
  }

  private async queryShard(
    shard: number,
    prefix?: string,
    limit = Infinity,
    keep: (product: Product) => boolean = () => true,
  ): Promise<Product[]> {
    const products: Product[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: prefix ? 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)' : 'gsi1pk = :pk',
          ExpressionAttributeValues: {
            ':pk': productIndexPartition(shard),
            ...(prefix ? { ':prefix': prefix } : {}),
          },
          ExclusiveStartKey: startKey,
          ...(Number.isFinite(limit) ? { Limit: Math.max(1, limit) } : {}),
        }),
      );
      products.push(...this.parseAll(page.Items ?? []).filter(keep));
      startKey = page.LastEvaluatedKey;
    } while (startKey && products.length < limit);
    return products;
  }

  private parseAll(items: readonly Record<string, unknown>[]): Product[] {
    const products: Product[] = [];
    for (const item of items) {
      try {
        products.push(itemToProduct(item));
      } catch (error) {
        this.logger.warn('catalog.corrupt_product', { pk: item.pk, problem: (error as Error).message });
      }
    }
    return products;
  }
}

/** Where a new catalog's versions start: the clock (milliseconds times a thousand, plus a random part). */
function firstCatalogVersion(now: Date): number {
  return now.getTime() * 1000 + Math.floor(Math.random() * 1000);
}
