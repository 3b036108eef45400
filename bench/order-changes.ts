/**
 * Changing an order after it was placed, against DynamoDB Local, through the real services: adding
 * to a placed order (the read-back with the new total, then the "yes": payment of the difference and
 * one transaction on stock and the order's version) and a return request for a delivered line (the
 * "yes"). p50/p99 latency, the services' own share and the DynamoDB requests each makes.
 */
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { DynamoCatalogRepository } from '../lambda/adapters/dynamodb/catalog-repository';
import { buildServices, type Services } from '../lambda/composition-root';
import { readConfig } from '../lambda/config';
import type { Order } from '../lambda/domain/model';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { DEMO_STORE_SETTINGS } from '../lambda/local/demo/demo-settings';
import { attachMeter, type DynamoMeter } from './dynamo-meter';
import { ms, percentile, type BenchRow, type BenchSection } from './report';

const ITERATIONS = 100;
const TABLE = 'bench-order-changes';

async function measure(
  name: string,
  meter: DynamoMeter,
  op: (i: number) => Promise<unknown>,
): Promise<BenchRow> {
  const times: number[] = [];
  const own: number[] = [];
  let requests = 0;
  let commands: readonly string[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    meter.reset();
    const started = performance.now();
    await op(i);
    const elapsed = performance.now() - started;
    const reading = meter.read();
    times.push(elapsed);
    own.push(elapsed - reading.dbMs);
    requests += reading.requests;
    commands = reading.commands;
  }
  return {
    name,
    'requests/call': ms(requests / ITERATIONS),
    'p50 ms': ms(percentile(times, 50)),
    'p99 ms': ms(percentile(times, 99)),
    'own p50 ms': ms(percentile(own, 50)),
    commands: commands.map((c) => c.replace(/Command$/, '')).join(' '),
  };
}

async function placeOrders(services: Services, prefix: string): Promise<Order[]> {
  const orders: Order[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const customer = `${prefix}-${i}`;
    await services.cart.add(customer, 'B-1', 1);
    orders.push(
      await services.checkout.placeOrder(customer, {
        source: { kind: 'cart' },
        deliveryOptionId: 'standard',
        idempotencyKey: `${prefix}-order-${i}`,
      }),
    );
  }
  return orders;
}

/** Runs the order-changes benchmark. */
export async function run(): Promise<BenchSection[]> {
  const db = await startDynamoDbLocal();
  try {
    const clients = createDynamoClients({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(clients.client, TABLE);
    const config = readConfig({ DYNAMODB_ENDPOINT: db.endpoint, TABLE_NAME: TABLE, LOG_LEVEL: 'silent' });
    const services = buildServices(config, { clients });
    await services.store.save(DEMO_STORE_SETTINGS);
    const catalog = new DynamoCatalogRepository(clients.doc, TABLE);
    for (const sku of ['B-1', 'B-2']) {
      await catalog.upsert({
        sku,
        name: `Bench Eggs ${sku}`,
        category: 'Pantry',
        synonyms: [],
        price: { amount: 399, currency: 'USD' },
        stock: 1e6,
        popularity: 1,
      });
    }
    const amendOrders = await placeOrders(services, 'amend');
    const returnOrders = await placeOrders(services, 'return');
    for (const order of returnOrders) {
      for (const status of ['confirmed', 'packed', 'shipped', 'delivered'] as const) {
        await services.orders.updateStatus(order.customerId, order.orderId, status);
      }
    }
    const meter = attachMeter(clients.client);
    const totals: number[] = [];
    const rows = [
      await measure('add to order: the read-back (order, product)', meter, async (i) => {
        const order = amendOrders[i]!;
        const preview = await services.amend.preview(order.customerId, order.orderId, 'B-2', 1);
        totals[i] = preview.newTotal.amount;
      }),
      await measure('add to order: the yes (payment, one transaction)', meter, (i) => {
        const order = amendOrders[i]!;
        return services.amend.amend(order.customerId, {
          orderId: order.orderId,
          sku: 'B-2',
          quantity: 1,
          idempotencyKey: `add-${i}`,
          expectedTotal: { amount: totals[i]!, currency: 'USD' },
        });
      }),
      await measure('return request: the yes', meter, (i) => {
        const order = returnOrders[i]!;
        return services.returns.request(order.customerId, {
          orderId: order.orderId,
          sku: 'B-1',
          reason: 'damaged',
        });
      }),
    ];
    clients.client.destroy();
    return [
      {
        title: 'Changing an order after it was placed, through the services, against DynamoDB Local',
        rows,
        notes: [
          `${ITERATIONS} calls each, one at a time, each on its own order; store settings cached; pay on delivery.`,
          'own = the call minus the time waiting on DynamoDB.',
          'The skill reads the profile once more at the read-back (is a voice code set?), one GetItem.',
          'The yes of an addition reads the profile (voice code), the order by id and the product, then writes stock, the order (under its version and status) and the purchase guard in one TransactWriteItems.',
        ],
      },
    ];
  } finally {
    await db.stop();
  }
}
