/**
 * DynamoOrderRepository against DynamoDB Local: reading orders back (newest first, by id scoped to
 * the customer) and status transitions with restock and optimistic locking.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { productKey } from '../../lambda/adapters/dynamodb/keys';
import { DynamoOrderRepository } from '../../lambda/adapters/dynamodb/order-repository';
import { ConcurrencyConflict } from '../../lambda/domain/ports';
import {
  buildOrder,
  seedProducts,
  storedStock,
  TestClock,
  NO_CODE_GUARD,
} from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let orders: DynamoOrderRepository;
const clock = new TestClock(new Date('2026-03-01T10:00:00.000Z'));
const expiresAt = Math.floor(clock.now().getTime() / 1000) + 3600;

beforeAll(async () => {
  table = await createTestTable('order-life');
  orders = new DynamoOrderRepository(table.doc, table.tableName, clock);
});
afterAll(() => table.drop());

describe('reading orders', () => {
  it('lists a customer’s orders newest first, up to the limit', async () => {
    await seedProducts(table, [{ sku: 'p-rice', stock: 100 }]);
    const times = ['2026-02-01T08:00:00.000Z', '2026-02-03T08:00:00.000Z', '2026-02-02T08:00:00.000Z'];
    for (const [index, placedAt] of times.entries()) {
      const order = buildOrder({
        customerId: 'c-7',
        orderId: `20${index}`,
        placedAt,
        lines: [{ sku: 'p-rice', quantity: 1 }],
      });
      await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });
    }
    expect((await orders.recent('c-7', 10)).map((o) => o.placedAt)).toEqual([times[1], times[2], times[0]]);
    expect((await orders.recent('c-7', 2)).map((o) => o.orderId)).toEqual(['201', '202']);
  });

  it('finds an order by id only for the customer it belongs to', async () => {
    await seedProducts(table, [{ sku: 'p-salt', stock: 10 }]);
    const order = buildOrder({ customerId: 'c-8', orderId: '3001', lines: [{ sku: 'p-salt', quantity: 1 }] });
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });

    expect(await orders.byId('c-8', '3001')).toEqual(order);
    expect(await orders.byId('c-someone-else', '3001')).toBeUndefined();
    expect(await orders.byId('c-8', '9999')).toBeUndefined();
  });
});

describe('transition', () => {
  it('moves the status, appends history, bumps the version and restocks when asked', async () => {
    await seedProducts(table, [{ sku: 'p-soap', stock: 6 }]);
    const order = buildOrder({ customerId: 'c-9', orderId: '4001', lines: [{ sku: 'p-soap', quantity: 4 }] });
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });
    expect(await storedStock(table, 'p-soap')).toBe(2);

    const confirmed = await orders.transition(order, 'confirmed', '2026-03-01T10:05:00.000Z', {
      restock: false,
    });
    expect(await storedStock(table, 'p-soap')).toBe(2);
    const cancelled = await orders.transition(confirmed, 'cancelled', '2026-03-01T10:06:00.000Z', {
      restock: true,
    });

    expect(await storedStock(table, 'p-soap')).toBe(6);
    expect(cancelled.version).toBe(3);
    expect(await orders.byId('c-9', '4001')).toEqual(cancelled);
    expect(cancelled.history.map((h) => h.status)).toEqual(['placed', 'confirmed', 'cancelled']);
  });

  it('throws ConcurrencyConflict from a stale version and changes nothing', async () => {
    await seedProducts(table, [{ sku: 'p-foil', stock: 5 }]);
    const order = buildOrder({
      customerId: 'c-10',
      orderId: '4002',
      lines: [{ sku: 'p-foil', quantity: 1 }],
    });
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });
    const packed = await orders.transition(order, 'confirmed', '2026-03-01T10:05:00.000Z', {
      restock: false,
    });

    await expect(
      orders.transition(order, 'cancelled', '2026-03-01T10:06:00.000Z', { restock: true }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await storedStock(table, 'p-foil')).toBe(4);
    expect(await orders.byId('c-10', '4002')).toEqual(packed);
  });

  it('restocks the products that still exist when one was removed from the catalog', async () => {
    await seedProducts(table, [
      { sku: 'p-kept', stock: 5 },
      { sku: 'p-gone', stock: 5 },
    ]);
    const order = buildOrder({
      customerId: 'c-11',
      orderId: '4003',
      lines: [
        { sku: 'p-gone', quantity: 1 },
        { sku: 'p-kept', quantity: 2 },
      ],
    });
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });
    await table.doc.send(new DeleteCommand({ TableName: table.tableName, Key: productKey('p-gone') }));

    const cancelled = await orders.transition(order, 'cancelled', '2026-03-01T10:06:00.000Z', {
      restock: true,
    });

    expect(cancelled.status).toBe('cancelled');
    expect(await storedStock(table, 'p-kept')).toBe(5);
    expect(await storedStock(table, 'p-gone')).toBeUndefined();
  });
});
