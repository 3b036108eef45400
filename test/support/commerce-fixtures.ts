/**
 * Test helpers for the commerce repositories: products seeded straight into the table (one helper,
 * in the product item format), orders and carts built for a customer, and direct reads of what is
 * stored, so tests check the table itself rather than the code under test.
 */
import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Cart, Order, OrderLine } from '../../lambda/domain/model';
import type { Clock } from '../../lambda/domain/ports';
import { productKey } from '../../lambda/adapters/dynamodb/keys';
import { productToItem } from '../../lambda/adapters/dynamodb/product-item';
import type { TestTable } from './dynamo';
import type { PurchaseGuard } from '../../lambda/domain/purchase-guard';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A product as seeded: only what the tests vary. */
export interface SeedProduct {
  readonly sku: string;
  readonly stock: number;
  readonly name?: string;
  /** Minor units (USD cents). */
  readonly price?: number;
}

/** The purchase guard of a customer who set no voice code and is not locked (repository tests). */
export const NO_CODE_GUARD: PurchaseGuard = { at: new Date().toISOString() };

/** Writes products directly as stored product items (the format of product-item.ts). */
export async function seedProducts(table: TestTable, products: readonly SeedProduct[]): Promise<void> {
  for (const product of products) {
    await table.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: productToItem({
          sku: product.sku,
          name: product.name ?? `Product ${product.sku}`,
          synonyms: [],
          price: usd(product.price ?? 349),
          stock: product.stock,
          popularity: 0,
          version: 1,
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
      }),
    );
  }
}

/** The stored stock of a product (strongly consistent), or undefined when it does not exist. */
export async function storedStock(table: TestTable, sku: string): Promise<number | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.tableName, Key: productKey(sku), ConsistentRead: true }),
  );
  return Item ? (Item.stock as number) : undefined;
}

/** Every stored item of one entity type, read with a full scan (tests only). */
export async function storedItems(table: TestTable, type: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new ScanCommand({
        TableName: table.tableName,
        ConsistentRead: true,
        FilterExpression: '#type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': type },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** An order as the checkout service builds it (version 1, status placed). */
export function buildOrder(options: {
  customerId: string;
  orderId: string;
  placedAt?: string;
  idempotencyKey?: string;
  lines: readonly { sku: string; quantity: number; unitPrice?: number }[];
}): Order {
  const placedAt = options.placedAt ?? '2026-03-01T10:00:00.000Z';
  const lines: OrderLine[] = options.lines.map((line) => ({
    sku: line.sku,
    name: `Product ${line.sku}`,
    quantity: line.quantity,
    unitPrice: usd(line.unitPrice ?? 349),
    lineTotal: usd((line.unitPrice ?? 349) * line.quantity),
  }));
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal.amount, 0);
  return {
    orderId: options.orderId,
    customerId: options.customerId,
    placedAt,
    status: 'placed',
    history: [{ status: 'placed', at: placedAt }],
    quote: {
      currency: 'USD',
      lines,
      subtotal: usd(subtotal),
      delivery: { optionId: 'standard', name: 'Standard', price: usd(499), expectedDate: '2026-03-03' },
      fees: [{ id: 'bag', name: 'Bag fee', amount: usd(10) }],
      tax: usd(0),
      total: usd(subtotal + 509),
    },
    payment: { method: 'pay_on_delivery', reference: `pod-${options.orderId}`, status: 'due_on_delivery' },
    idempotencyKey: options.idempotencyKey ?? `${options.customerId}:${options.orderId}`,
    version: 1,
  };
}

/** A cart (version 0, never saved) with these lines at $3.49 each. */
export function buildCart(customerId: string, lines: readonly { sku: string; quantity: number }[]): Cart {
  return {
    customerId,
    lines: lines.map(({ sku, quantity }) => ({ sku, name: `Product ${sku}`, quantity, unitPrice: usd(349) })),
    version: 0,
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }
}
