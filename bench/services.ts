/**
 * Service operations against DynamoDB Local: for add to cart, read cart, quote, place order, reorder
 * and latest order, the DynamoDB requests each makes, the capacity they consume, and p50/p99 latency.
 */
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { DynamoCatalogRepository } from '../lambda/adapters/dynamodb/catalog-repository';
import { buildServices, type Services } from '../lambda/composition-root';
import { readConfig } from '../lambda/config';
import type { StoreSettings } from '../lambda/domain/model';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { attachMeter, type DynamoMeter } from './dynamo-meter';
import { ms, percentile, type BenchRow, type BenchSection } from './report';

const ITERATIONS = 200;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const SETTINGS: StoreSettings = {
  name: 'Bench Market',
  sellerName: 'Bench Market LLC',
  currency: 'USD',
  locale: 'en-US',
  timeZone: 'America/New_York',
  taxRatePercent: '8.875',
  taxDeliveryAndFees: false,
  fees: [{ id: 'bag', name: 'bag fee', amount: usd(10) }],
  freeDeliveryThreshold: usd(3500),
  deliveryOptions: [
    { id: 'standard', name: 'standard delivery', price: usd(499), leadTimeDays: 1, cutoffHour: 20 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 30,
  maxQuantityPerLine: 50,
  returnPolicy: 'Returns within 30 days.',
  warrantyPolicy: 'One year.',
  hours: [],
  supportPhone: '555-0100',
  supportEmail: 'help@example.com',
  supportHours: 'every day',
};

async function measure(
  name: string,
  meter: DynamoMeter,
  op: (i: number) => Promise<unknown>,
  prepare?: (i: number) => Promise<unknown>,
): Promise<BenchRow> {
  const times: number[] = [];
  let requests = 0;
  let readUnits = 0;
  let writeUnits = 0;
  let commands: readonly string[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    if (prepare) await prepare(i);
    meter.reset();
    const started = performance.now();
    await op(i);
    times.push(performance.now() - started);
    const reading = meter.read();
    requests += reading.requests;
    readUnits += reading.readUnits;
    writeUnits += reading.writeUnits;
    commands = reading.commands;
  }
  return {
    name,
    'requests/op': ms(requests / ITERATIONS),
    'RCU/op': ms(readUnits / ITERATIONS),
    'WCU/op': ms(writeUnits / ITERATIONS),
    'p50 ms': ms(percentile(times, 50)),
    'p99 ms': ms(percentile(times, 99)),
    commands: commands.map((c) => c.replace(/Command$/, '')).join(' '),
  };
}

async function seed(services: Services, catalog: DynamoCatalogRepository): Promise<void> {
  await services.store.save(SETTINGS);
  for (let i = 0; i < 50; i++) {
    await catalog.upsert({
      sku: `B-${i}`,
      name: `Bench Product ${i}`,
      synonyms: [],
      price: usd(199 + i),
      stock: 1_000_000,
      popularity: i,
    });
  }
}

/** Runs the service benchmark. */
export async function run(): Promise<BenchSection[]> {
  const db = await startDynamoDbLocal();
  try {
    const clients = createDynamoClients({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(clients.client, 'bench-services');
    const config = readConfig({
      DYNAMODB_ENDPOINT: db.endpoint,
      TABLE_NAME: 'bench-services',
      LOG_LEVEL: 'silent',
    });
    const services = buildServices(config, { clients });
    await seed(services, new DynamoCatalogRepository(clients.doc, 'bench-services'));
    const meter = attachMeter(clients.client);
    const shopper = (i: number) => `bench-shopper-${i}`;
    const rows: BenchRow[] = [];
    rows.push(await measure('add to cart', meter, (i) => services.cart.add(shopper(i), `B-${i % 50}`, 1)));
    rows.push(await measure('read cart', meter, (i) => services.cart.read(shopper(i))));
    rows.push(await measure('quote', meter, (i) => services.checkout.quote(shopper(i), { kind: 'cart' })));
    rows.push(
      await measure('place order', meter, (i) =>
        services.checkout.placeOrder(shopper(i), {
          source: { kind: 'cart' },
          deliveryOptionId: 'standard',
          idempotencyKey: `k${i}`,
        }),
      ),
    );
    rows.push(
      await measure('reorder (preview last)', meter, (i) => services.reorder.previewLast(shopper(i))),
    );
    rows.push(
      await measure('reorder (preview usual)', meter, (i) => services.reorder.previewUsual(shopper(i))),
    );
    rows.push(await measure('latest order', meter, (i) => services.orders.latest(shopper(i))));
    clients.client.destroy();
    return [
      {
        title: 'Service operations against DynamoDB Local',
        rows,
        notes: [
          `${ITERATIONS} operations each, one at a time, warm (store settings cached); capacity as DynamoDB Local reports it.`,
          'place order = idempotency check (1 read) + cart read + products batch read + one TransactWriteItems.',
        ],
      },
    ];
  } finally {
    await db.stop();
  }
}
