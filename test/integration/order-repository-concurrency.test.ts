/**
 * DynamoOrderRepository under concurrent calls against DynamoDB Local: stock never oversold, and a
 * repeated idempotency key never makes a second order, whether the repeats race or follow.
 */
import { DynamoCartRepository } from '../../lambda/adapters/dynamodb/cart-repository';
import { ENTITY } from '../../lambda/adapters/dynamodb/keys';
import { DynamoOrderRepository } from '../../lambda/adapters/dynamodb/order-repository';
import type { PlaceOrderResult } from '../../lambda/domain/ports';
import {
  buildCart,
  buildOrder,
  seedProducts,
  storedItems,
  storedStock,
  NO_CODE_GUARD,
} from '../support/commerce-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let orders: DynamoOrderRepository;
let carts: DynamoCartRepository;
const expiresAt = Math.floor(Date.now() / 1000) + 3600;

beforeAll(async () => {
  table = await createTestTable('order-race');
  orders = new DynamoOrderRepository(table.doc, table.tableName);
  carts = new DynamoCartRepository(table.doc, table.tableName);
});
afterAll(() => table.drop());

const countBy = (results: readonly PlaceOrderResult[], kind: PlaceOrderResult['kind']) =>
  results.filter((r) => r.kind === kind).length;

it('sells exactly the stock when 30 customers buy the last 10 units at once', async () => {
  await seedProducts(table, [{ sku: 'p-hot', stock: 10 }]);
  const customers = Array.from({ length: 30 }, (_, i) => `race-${i}`);
  const cartVersions = await Promise.all(
    customers.map(async (c) => (await carts.save(buildCart(c, [{ sku: 'p-hot', quantity: 1 }]))).version),
  );

  const results = await Promise.all(
    customers.map((customerId, i) =>
      orders.place({
        order: buildOrder({ customerId, orderId: `5${i}`, lines: [{ sku: 'p-hot', quantity: 1 }] }),
        cartVersion: cartVersions[i]!,
        idempotencyExpiresAt: expiresAt,
        purchaseGuard: NO_CODE_GUARD,
      }),
    ),
  );

  expect(countBy(results, 'placed')).toBe(10);
  expect(countBy(results, 'out_of_stock')).toBe(20);
  expect(results.filter((r) => r.kind === 'out_of_stock')).toEqual(
    Array.from({ length: 20 }, () => ({ kind: 'out_of_stock', sku: 'p-hot' })),
  );
  expect(await storedStock(table, 'p-hot')).toBe(0);
  const stored = await storedItems(table, ENTITY.order);
  expect(stored).toHaveLength(10);
  // Exactly the winners' carts were cleared; the others still hold their unit.
  const winners = new Set(results.flatMap((r) => (r.kind === 'placed' ? [r.order.customerId] : [])));
  expect(new Set(stored.map((o) => o.customerId))).toEqual(winners);
  const cartsAfter = await Promise.all(customers.map((c) => carts.get(c)));
  expect(
    cartsAfter
      .filter((c) => c.lines.length === 0)
      .map((c) => c.customerId)
      .sort(),
  ).toEqual([...winners].sort());
});

it('places one order for one idempotency key sent 5 times at once and 5 times after', async () => {
  await seedProducts(table, [{ sku: 'p-once', stock: 50 }]);
  const cart = await carts.save(buildCart('dup-1', [{ sku: 'p-once', quantity: 2 }]));
  const command = {
    order: buildOrder({
      customerId: 'dup-1',
      orderId: '6001',
      idempotencyKey: 'dup-1:confirm-42',
      lines: [{ sku: 'p-once', quantity: 2 }],
    }),
    cartVersion: cart.version,
    idempotencyExpiresAt: expiresAt,
    purchaseGuard: NO_CODE_GUARD,
  };

  const together = await Promise.all(Array.from({ length: 5 }, () => orders.place(command)));
  const after: PlaceOrderResult[] = [];
  for (let i = 0; i < 5; i++) after.push(await orders.place(command));
  const results = [...together, ...after];

  expect(countBy(results, 'placed')).toBe(1);
  expect(countBy(results, 'duplicate')).toBe(9);
  expect(countBy(together, 'placed')).toBe(1);
  expect(
    results.map((r) => (r.kind === 'placed' || r.kind === 'duplicate' ? r.order.orderId : r.kind)),
  ).toEqual(Array.from({ length: 10 }, () => '6001'));
  expect(await storedStock(table, 'p-once')).toBe(48);
  const stored = (await storedItems(table, ENTITY.order)).filter((o) => o.customerId === 'dup-1');
  expect(stored).toHaveLength(1);
  expect(await orders.findByIdempotencyKey('dup-1:confirm-42')).toEqual(command.order);
});

it('answers a repeat under the same key with the first order, even if the repeat differs', async () => {
  await seedProducts(table, [{ sku: 'p-first', stock: 5 }]);
  const first = buildOrder({
    customerId: 'dup-2',
    orderId: '7001',
    idempotencyKey: 'dup-2:confirm-1',
    lines: [{ sku: 'p-first', quantity: 1 }],
  });
  // A retried turn re-priced and drew a new order id, but it is the same confirmation.
  const retry = { ...first, orderId: '7002', placedAt: '2026-03-01T10:00:05.000Z' };

  expect(
    (await orders.place({ order: first, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD }))
      .kind,
  ).toBe('placed');
  expect(
    await orders.place({ order: retry, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD }),
  ).toEqual({
    kind: 'duplicate',
    order: first,
  });
  expect(await storedStock(table, 'p-first')).toBe(4);
  expect(await orders.recent('dup-2', 10)).toEqual([first]);
});
