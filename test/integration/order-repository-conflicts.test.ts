/**
 * DynamoOrderRepository under transaction contention, which real DynamoDB produces and DynamoDB Local
 * never does: the errors are injected through the SDK client's middleware stack
 * (test/support/conflict-injection.ts); the database itself is real.
 */
import { DynamoOrderRepository } from '../../lambda/adapters/dynamodb/order-repository';
import { ConcurrencyConflict } from '../../lambda/domain/ports';
import { buildOrder, seedProducts, storedStock, NO_CODE_GUARD } from '../support/commerce-fixtures';
import { injectTransactionConflicts, type ConflictKind } from '../support/conflict-injection';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let orders: DynamoOrderRepository;
const expiresAt = Math.floor(Date.now() / 1000) + 3600;
let removeInjection: (() => void) | undefined;

beforeAll(async () => {
  table = await createTestTable('order-conflict');
  orders = new DynamoOrderRepository(table.doc, table.tableName);
});
afterEach(() => removeInjection?.());
afterAll(() => table.drop());

function inject(count: number, kind?: ConflictKind) {
  const injection = injectTransactionConflicts(table.doc, count, kind);
  removeInjection = injection.remove;
  return injection;
}

const kinds: ConflictKind[] = ['TransactionConflictException', 'CanceledWithConflict'];

it.each(kinds)('retries after %s and places the order once', async (kind) => {
  const sku = `p-${kind}`;
  await seedProducts(table, [{ sku, stock: 3 }]);
  const order = buildOrder({
    customerId: `c-${kind}`,
    orderId: `8${kind.length}`,
    lines: [{ sku, quantity: 1 }],
  });
  const injection = inject(2, kind);

  const result = await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });

  expect(result).toEqual({ kind: 'placed', order });
  expect(injection.injected()).toBe(2);
  expect(injection.tokens()).toHaveLength(3);
  // Every attempt carries a request token; a refused attempt is retried under a fresh one.
  expect(new Set(injection.tokens()).size).toBe(3);
  expect(await storedStock(table, sku)).toBe(2);
  expect(await orders.recent(order.customerId, 10)).toEqual([order]);
});

it('sends the same request token again while the first request is still in progress', async () => {
  await seedProducts(table, [{ sku: 'p-progress', stock: 3 }]);
  const order = buildOrder({
    customerId: 'c-progress',
    orderId: '8101',
    lines: [{ sku: 'p-progress', quantity: 1 }],
  });
  const injection = inject(1, 'TransactionInProgressException');

  expect(
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD }),
  ).toEqual({ kind: 'placed', order });

  const tokens = injection.tokens();
  expect(tokens).toHaveLength(2);
  expect(tokens[0]).toBeDefined();
  expect(tokens[1]).toBe(tokens[0]);
});

it('gives up with a ConcurrencyConflict after too many conflicts, having sold nothing', async () => {
  await seedProducts(table, [{ sku: 'p-busy', stock: 3 }]);
  const order = buildOrder({
    customerId: 'c-busy',
    orderId: '8201',
    lines: [{ sku: 'p-busy', quantity: 1 }],
  });
  const injection = inject(1000);

  const attempt = orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });

  await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflict);
  await expect(attempt).rejects.toThrow(/order placement \(still contended after \d+ attempts\)/);
  expect(injection.injected()).toBeGreaterThan(1);
  expect(injection.injected()).toBeLessThan(10);
  expect(await storedStock(table, 'p-busy')).toBe(3);
  expect(await orders.findByIdempotencyKey(order.idempotencyKey)).toBeUndefined();
});

it('answers duplicate when a conflict hides that an earlier call already placed the key', async () => {
  await seedProducts(table, [{ sku: 'p-earlier', stock: 3 }]);
  const order = buildOrder({
    customerId: 'c-earlier',
    orderId: '8301',
    lines: [{ sku: 'p-earlier', quantity: 1 }],
  });
  expect(
    (await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD })).kind,
  ).toBe('placed');

  // A cancellation is explained from the idempotency record first: no retry is needed.
  const cancelled = inject(1000, 'CanceledWithConflict');
  expect(
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD }),
  ).toEqual({
    kind: 'duplicate',
    order,
  });
  expect(cancelled.injected()).toBe(1);
  cancelled.remove();

  // Contention to the end still ends with a look at the record.
  const conflicted = inject(1000, 'TransactionConflictException');
  expect(
    await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD }),
  ).toEqual({
    kind: 'duplicate',
    order,
  });
  expect(conflicted.injected()).toBeGreaterThan(1);
  expect(await storedStock(table, 'p-earlier')).toBe(2);
});

it('reports a transition that meets contention as a ConcurrencyConflict and changes nothing', async () => {
  await seedProducts(table, [{ sku: 'p-move', stock: 3 }]);
  const order = buildOrder({
    customerId: 'c-move',
    orderId: '8401',
    lines: [{ sku: 'p-move', quantity: 1 }],
  });
  await orders.place({ order, idempotencyExpiresAt: expiresAt, purchaseGuard: NO_CODE_GUARD });
  inject(1, 'CanceledWithConflict');

  await expect(
    orders.transition(order, 'cancelled', order.placedAt, { restock: true }),
  ).rejects.toBeInstanceOf(ConcurrencyConflict);
  expect(await storedStock(table, 'p-move')).toBe(2);
  expect(await orders.byId('c-move', '8401')).toEqual(order);
});
