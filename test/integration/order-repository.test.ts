/**
 * DynamoOrderRepository against DynamoDB Local: the placing transaction and its outcomes, the
 * idempotency record (see order-repository-lifecycle for reads and transitions).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCartRepository } from '../../lambda/adapters/dynamodb/cart-repository';
import { ENTITY, idempotencyKey } from '../../lambda/adapters/dynamodb/keys';
import { DynamoOrderRepository } from '../../lambda/adapters/dynamodb/order-repository';
import {
  buildCart,
  buildOrder,
  seedProducts,
  storedItems,
  storedStock,
  TestClock,
  NO_CODE_GUARD,
} from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let orders: DynamoOrderRepository;
let carts: DynamoCartRepository;
const clock = new TestClock(new Date('2026-03-01T10:00:00.000Z'));
const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

beforeAll(async () => {
  table = await createTestTable('orders');
  orders = new DynamoOrderRepository(table.doc, table.tableName, clock);
  carts = new DynamoCartRepository(table.doc, table.tableName, clock);
});
afterAll(() => table.drop());

describe('place', () => {
  it('decrements stock, writes the order and the record, and clears the cart under its version', async () => {
    await seedProducts(table, [
      { sku: 'p-milk', stock: 5 },
      { sku: 'p-bread', stock: 2 },
    ]);
    const cart = await carts.save(buildCart('c-1', [{ sku: 'p-milk', quantity: 2 }]));
    // The same sku twice in an order is sold as one stock decrement of the sum.
    const order = buildOrder({
      customerId: 'c-1',
      orderId: '1001',
      lines: [
        { sku: 'p-milk', quantity: 2 },
        { sku: 'p-bread', quantity: 1 },
        { sku: 'p-milk', quantity: 1 },
      ],
    });
    const result = await orders.place({
      order,
      cartVersion: cart.version,
      idempotencyExpiresAt: nowSeconds() + 60,
      purchaseGuard: NO_CODE_GUARD,
    });

    expect(result).toEqual({ kind: 'placed', order });
    expect(await storedStock(table, 'p-milk')).toBe(2);
    expect(await storedStock(table, 'p-bread')).toBe(1);
    const after = await carts.get('c-1');
    expect(after.lines).toEqual([]);
    expect(after.version).toBe(cart.version + 1);
    expect(await orders.findByIdempotencyKey(order.idempotencyKey)).toEqual(order);
    const { Item: record } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: idempotencyKey(order.idempotencyKey) }),
    );
    expect(record).toMatchObject({ type: ENTITY.idempotency, customerId: 'c-1', orderId: '1001' });
    expect(record!.expiresAt).toBe(nowSeconds() + 60);
  });

  it('sells nothing when one line is short, and names that sku', async () => {
    await seedProducts(table, [
      { sku: 'p-eggs', stock: 3 },
      { sku: 'p-rare', stock: 1 },
    ]);
    const order = buildOrder({
      customerId: 'c-2',
      orderId: '1002',
      lines: [
        { sku: 'p-eggs', quantity: 1 },
        { sku: 'p-rare', quantity: 2 },
      ],
    });
    const result = await orders.place({
      order,
      idempotencyExpiresAt: nowSeconds() + 60,
      purchaseGuard: NO_CODE_GUARD,
    });

    expect(result).toEqual({ kind: 'out_of_stock', sku: 'p-rare' });
    expect(await storedStock(table, 'p-eggs')).toBe(3);
    expect(await orders.recent('c-2', 10)).toEqual([]);
    expect(await orders.findByIdempotencyKey(order.idempotencyKey)).toBeUndefined();
  });

  it('treats a product that does not exist as out of stock and creates no product item', async () => {
    const order = buildOrder({
      customerId: 'c-3',
      orderId: '1003',
      lines: [{ sku: 'p-ghost', quantity: 1 }],
    });
    expect(
      await orders.place({ order, idempotencyExpiresAt: nowSeconds() + 60, purchaseGuard: NO_CODE_GUARD }),
    ).toEqual({
      kind: 'out_of_stock',
      sku: 'p-ghost',
    });
    expect(await storedStock(table, 'p-ghost')).toBeUndefined();
  });

  it('returns cart_changed and sells nothing when the cart moved on after pricing', async () => {
    await seedProducts(table, [{ sku: 'p-tea', stock: 4 }]);
    const priced = await carts.save(buildCart('c-4', [{ sku: 'p-tea', quantity: 1 }]));
    const changed = await carts.save({ ...priced, lines: [{ ...priced.lines[0]!, quantity: 3 }] });
    const order = buildOrder({ customerId: 'c-4', orderId: '1004', lines: [{ sku: 'p-tea', quantity: 1 }] });

    const result = await orders.place({
      order,
      cartVersion: priced.version,
      idempotencyExpiresAt: nowSeconds() + 60,
      purchaseGuard: NO_CODE_GUARD,
    });

    expect(result).toEqual({ kind: 'cart_changed' });
    expect(await storedStock(table, 'p-tea')).toBe(4);
    expect(await carts.get('c-4')).toEqual(changed);
    expect(await orders.recent('c-4', 10)).toEqual([]);
  });

  it('leaves the cart alone for an order that does not come from it (a reorder)', async () => {
    await seedProducts(table, [{ sku: 'p-jam', stock: 4 }]);
    const cart = await carts.save(buildCart('c-5', [{ sku: 'p-jam', quantity: 1 }]));
    const order = buildOrder({ customerId: 'c-5', orderId: '1005', lines: [{ sku: 'p-jam', quantity: 2 }] });

    expect(
      (await orders.place({ order, idempotencyExpiresAt: nowSeconds() + 60, purchaseGuard: NO_CODE_GUARD }))
        .kind,
    ).toBe('placed');
    expect(await carts.get('c-5')).toEqual(cart);
    expect(await storedStock(table, 'p-jam')).toBe(2);
  });

  it('ignores an expired idempotency record on read, and lets the key place again', async () => {
    await seedProducts(table, [{ sku: 'p-oats', stock: 10 }]);
    const first = buildOrder({
      customerId: 'c-6',
      orderId: '1006',
      idempotencyKey: 'c-6:confirm-1',
      lines: [{ sku: 'p-oats', quantity: 1 }],
    });
    expect(
      (
        await orders.place({
          order: first,
          idempotencyExpiresAt: nowSeconds() + 60,
          purchaseGuard: NO_CODE_GUARD,
        })
      ).kind,
    ).toBe('placed');
    expect(await orders.findByIdempotencyKey('c-6:confirm-1')).toEqual(first);

    clock.set(new Date(clock.now().getTime() + 61_000));
    try {
      // DynamoDB Local never deletes TTL items: the record is still stored, but no longer counts.
      expect(await storedItems(table, ENTITY.idempotency)).toContainEqual(
        expect.objectContaining({ orderId: '1006' }),
      );
      expect(await orders.findByIdempotencyKey('c-6:confirm-1')).toBeUndefined();
      // The very same order sent again long after is still not placed twice.
      expect(
        await orders.place({
          order: first,
          idempotencyExpiresAt: nowSeconds() + 60,
          purchaseGuard: NO_CODE_GUARD,
        }),
      ).toEqual({
        kind: 'duplicate',
        order: first,
      });
      expect(await storedStock(table, 'p-oats')).toBe(9);
      const second = buildOrder({
        customerId: 'c-6',
        orderId: '1007',
        placedAt: clock.now().toISOString(),
        idempotencyKey: 'c-6:confirm-1',
        lines: [{ sku: 'p-oats', quantity: 1 }],
      });
      expect(
        await orders.place({
          order: second,
          idempotencyExpiresAt: nowSeconds() + 60,
          purchaseGuard: NO_CODE_GUARD,
        }),
      ).toEqual({
        kind: 'placed',
        order: second,
      });
      expect(await orders.findByIdempotencyKey('c-6:confirm-1')).toEqual(second);
      expect(await storedStock(table, 'p-oats')).toBe(8);
    } finally {
      clock.set('2026-03-01T10:00:00.000Z');
    }
  });
});
