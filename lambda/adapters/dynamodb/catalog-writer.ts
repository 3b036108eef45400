/**
 * Bulk product writes for catalog imports. Products are gathered in chunks of 100: one consistent
 * BatchGetItem learns which skus exist (for the created and updated counts and each next version),
 * then BatchWriteItem puts them 25 at a time, retrying unprocessed items with exponential backoff
 * and jitter. At most `maxInFlight` chunks are written at once, and `add` waits when they all are,
 * so memory stays bounded. A product is one item, so a row is never half written.
 *
 * An import sets stock: an order placed while its product is being imported may have its decrement
 * overwritten by the file's figure, which is the merchant's count.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProductInput } from '../../domain/model';
import {
  batchGetItems,
  batchPutItems,
  BATCH_GET_LIMIT,
  DEFAULT_RETRY,
  type RetryPolicy,
} from './catalog-batch';
import { productKey } from './keys';
import { productToItem } from './product-item';

/** Counts so far: products written, and how many of them were new or replaced existing ones. */
export interface CatalogWriteProgress {
  readonly written: number;
  readonly created: number;
  readonly updated: number;
}

/** How a CatalogWriter works. */
export interface CatalogWriterOptions {
  /** Chunks being written at once (default 8, so up to 32 BatchWriteItem requests). */
  readonly maxInFlight?: number;
  /** Called after every chunk is written. */
  readonly onProgress?: (progress: CatalogWriteProgress) => void;
  readonly now?: () => Date;
  readonly retry?: RetryPolicy;
}

/** Writes many products efficiently; call `add` for each, then `finish` once. */
export class CatalogWriter {
  private buffer: ProductInput[] = [];
  private readonly bufferSkus = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  /** The chunk write each sku in flight belongs to, so a repeated sku is written after it, never racing it. */
  private readonly skusInFlight = new Map<string, Promise<void>>();
  private failure: Error | undefined;
  private progress: CatalogWriteProgress = { written: 0, created: 0, updated: 0 };

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: CatalogWriterOptions = {},
  ) {}

  /** Queues one product; resolves once there is room for more. Throws if an earlier write failed. */
  async add(product: ProductInput): Promise<void> {
    this.throwIfFailed();
    if (this.bufferSkus.has(product.sku)) await this.dispatch();
    const earlier = this.skusInFlight.get(product.sku);
    if (earlier) await earlier;
    this.throwIfFailed();
    this.buffer.push(product);
    this.bufferSkus.add(product.sku);
    if (this.buffer.length >= BATCH_GET_LIMIT) await this.dispatch();
  }

  /** Writes what is queued, waits for every write, and returns the totals. */
  async finish(): Promise<CatalogWriteProgress> {
    await this.dispatch();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
    return this.progress;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private async dispatch(): Promise<void> {
    if (this.buffer.length > 0) {
      const chunk = this.buffer;
      this.buffer = [];
      this.bufferSkus.clear();
      const task = this.writeChunk(chunk).then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
        },
      );
      this.inFlight.add(task);
      for (const { sku } of chunk) this.skusInFlight.set(sku, task);
      void task.finally(() => {
        this.inFlight.delete(task);
        for (const { sku } of chunk) if (this.skusInFlight.get(sku) === task) this.skusInFlight.delete(sku);
      });
    }
    while (this.inFlight.size >= (this.options.maxInFlight ?? 8)) await Promise.race(this.inFlight);
    this.throwIfFailed();
  }

  private async writeChunk(chunk: readonly ProductInput[]): Promise<void> {
    const retry = this.options.retry ?? DEFAULT_RETRY;
    const existing = await batchGetItems(
      this.doc,
      this.tableName,
      chunk.map((p) => productKey(p.sku)),
      {
        attributes: ['sku', 'version'],
        consistentRead: true,
        retry,
      },
    );
    const versions = new Map(existing.map((item) => [String(item.sku), Number(item.version) || 0]));
    const updatedAt = (this.options.now?.() ?? new Date()).toISOString();
    const items = chunk.map((product) =>
      productToItem({ ...product, version: (versions.get(product.sku) ?? 0) + 1, updatedAt }),
    );
    await batchPutItems(this.doc, this.tableName, items, retry);
    const updated = chunk.filter((p) => versions.has(p.sku)).length;
    this.progress = {
      written: this.progress.written + chunk.length,
      created: this.progress.created + chunk.length - updated,
      updated: this.progress.updated + updated,
    };
    this.options.onProgress?.(this.progress);
  }
}
