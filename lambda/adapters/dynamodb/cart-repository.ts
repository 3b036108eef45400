/**
 * Carts on DynamoDB: one item per customer with every line and a version. Saves are conditional on
 * the version the cart was read at, so two turns racing on one cart cannot lose a change.
 */
import { BatchGetCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import type { Cart, Product } from '../../domain/model';
import { ConcurrencyConflict, type CartRepository, type Clock } from '../../domain/ports';
import { cartToItem, emptyCart, itemToCart } from './cart-item';
import { isConditionalCheckFailed } from './dynamo-errors';
import { cartKey, productKey, type ItemKey } from './keys';
import { itemToProduct } from './product-item';

/** BatchGetItem reads at most 100 keys per request. */
const BATCH_LIMIT = 100;
/** How many times unprocessed keys of a batch read are asked for again before giving up. */
const UNPROCESSED_RETRIES = 6;

const systemClock: Clock = { now: () => new Date() };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** CartRepository on one DynamoDB table. */
export class DynamoCartRepository implements CartRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The cart, strongly consistent; an empty cart of version 0 when none was ever saved. */
  async get(customerId: string): Promise<Cart> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: cartKey(customerId), ConsistentRead: true }),
    );
    return Item ? itemToCart(Item) : emptyCart(customerId, this.clock.now().toISOString());
  }

  /** The cart and the products among `skus` that exist, in one strongly consistent batch read. */
  async getWithProducts(
    customerId: string,
    skus: readonly string[],
  ): Promise<{ cart: Cart; products: Product[] }> {
    const ownKey = cartKey(customerId);
    const keys: ItemKey[] = [ownKey, ...[...new Set(skus)].map(productKey)];
    const items: Record<string, unknown>[] = [];
    for (let start = 0; start < keys.length; start += BATCH_LIMIT) {
      items.push(...(await this.batchGet(keys.slice(start, start + BATCH_LIMIT))));
    }
    let cart: Cart | undefined;
    const products: Product[] = [];
    for (const item of items) {
      if (item.pk === ownKey.pk && item.sk === ownKey.sk) cart = itemToCart(item);
      else products.push(itemToProduct(item));
    }
    return { cart: cart ?? emptyCart(customerId, this.clock.now().toISOString()), products };
  }

  /**
   * Saves the cart if the stored version is still `cart.version` (absent for version 0) and returns
   * it at the next version. An empty cart is kept as an item, so its version never goes backwards.
   * Each save carries its own write id: when the SDK sends a save again because its answer was lost,
   * the refused retry finds its own write stored and counts as saved (not as a race to redo).
   */
  async save(cart: Cart): Promise<Cart> {
    const next = cart.version + 1;
    const writeId = randomUUID();
    const guard =
      cart.version === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': cart.version },
          };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...cartToItem(cart, next), writeId },
          ...guard,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const stored = (error as { Item?: Record<string, AttributeValue> }).Item;
      if (stored?.writeId?.S !== writeId) throw new ConcurrencyConflict('cart');
    }
    return { ...cart, version: next };
  }

  private async batchGet(keys: readonly ItemKey[]): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let pending: readonly Record<string, unknown>[] = keys.map((key) => ({ pk: key.pk, sk: key.sk }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > UNPROCESSED_RETRIES) {
        throw new Error(`batch read left ${pending.length} keys unprocessed after ${attempt} attempts`);
      }
      if (attempt > 0) await pause(Math.random() * 25 * 2 ** attempt);
      const { Responses, UnprocessedKeys } = await this.doc.send(
        new BatchGetCommand({
          RequestItems: { [this.tableName]: { Keys: [...pending], ConsistentRead: true } },
        }),
      );
      found.push(...(Responses?.[this.tableName] ?? []));
      pending = UnprocessedKeys?.[this.tableName]?.Keys ?? [];
    }
    return found;
  }
}
