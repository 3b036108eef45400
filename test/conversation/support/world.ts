/**
 * A conversation over the real domain services and the real product search, on in-memory
 * repositories (only to isolate the conversation from storage), with a fixed clock and the fixture
 * store loaded. Every storage request is counted.
 */
import { InMemoryProductSearch } from '../../../lambda/adapters/search/in-memory-product-search';
import { buildConversation, type Conversation } from '../../../lambda/conversation/core';
import type { ConversationDependencies } from '../../../lambda/conversation/turn-context';
import { CartService } from '../../../lambda/domain/cart-service';
import { CatalogService } from '../../../lambda/domain/catalog-service';
import { CheckoutService } from '../../../lambda/domain/checkout-service';
import { DataRightsService } from '../../../lambda/domain/data-rights-service';
import { CustomerService } from '../../../lambda/domain/customer-service';
import { ContactService } from '../../../lambda/domain/contact-service';
import { InMemoryContacts } from '../../support/in-memory/in-memory-contacts';
import { HandoffService } from '../../../lambda/domain/handoff-service';
import { IdentityService } from '../../../lambda/domain/identity-service';
import type { ProductInput, StoreSettings } from '../../../lambda/domain/model';
import { OrderService } from '../../../lambda/domain/order-service';
import type { ProductSearch } from '../../../lambda/domain/ports';
import { ReorderService } from '../../../lambda/domain/reorder-service';
import { StoreService } from '../../../lambda/domain/store-service';
import { TrackingService } from '../../../lambda/domain/tracking-service';
import { InMemoryCarts } from '../../support/in-memory/in-memory-carts';
import { InMemoryPersonalData } from '../../support/in-memory/in-memory-personal-data';
import { InMemoryCatalog } from '../../support/in-memory/in-memory-catalog';
import {
  InMemoryCustomers,
  InMemoryHandoffs,
  InMemorySettings,
} from '../../support/in-memory/in-memory-customers';
import { InMemoryOrders } from '../../support/in-memory/in-memory-orders';
import { InMemorySessionStarts } from '../../support/in-memory/in-memory-session-starts';
import { IoCounter } from '../../support/in-memory/io-counter';
import {
  FixedClock,
  PrefixTokenVerifier,
  RecordingLogger,
  ScriptedPayments,
  SequentialIds,
  Sha256Hasher,
} from '../../support/in-memory/test-ports';
import { FIXTURE_NOW, FIXTURE_PRODUCTS, FIXTURE_SETTINGS } from './fixture-store';

/** Everything a conversation test can drive and inspect. */
export interface World {
  readonly conversation: Conversation;
  readonly deps: ConversationDependencies;
  readonly io: IoCounter;
  readonly clock: FixedClock;
  readonly logger: RecordingLogger;
  readonly payments: ScriptedPayments;
  readonly catalog: InMemoryCatalog;
  readonly carts: InMemoryCarts;
  readonly orders: InMemoryOrders;
  readonly customers: InMemoryCustomers;
  readonly handoffs: InMemoryHandoffs;
  readonly keys: string[];
}

/** What a test may change about the world. */
export interface WorldOptions {
  readonly settings?: Partial<StoreSettings> | null;
  /** Replaces the product search (to make a port fail or go slow). */
  readonly search?: (real: ProductSearch) => ProductSearch;
  readonly progressDelayMs?: number;
  /** Products added to the fixture catalog before the search index is built. */
  readonly products?: readonly ProductInput[];
}

/** Builds the world and warms the search index (so turns count only their own requests). */
export async function createWorld(options: WorldOptions = {}): Promise<World> {
  const io = new IoCounter();
  const clock = new FixedClock(FIXTURE_NOW);
  const now = () => clock.now();
  const logger = new RecordingLogger();
  const payments = new ScriptedPayments();
  const ids = new SequentialIds();
  const catalog = new InMemoryCatalog(io, now);
  const carts = new InMemoryCarts(io, catalog);
  const customers = new InMemoryCustomers(io, carts);
  const orders = new InMemoryOrders(io, catalog, carts, customers, now);
  const handoffs = new InMemoryHandoffs(io);
  const settings = options.settings === null ? undefined : { ...FIXTURE_SETTINGS, ...options.settings };
  const store = new StoreService(new InMemorySettings(io, settings), clock);
  for (const product of [...FIXTURE_PRODUCTS, ...(options.products ?? [])]) await catalog.upsert(product);
  const realSearch = new InMemoryProductSearch(catalog, clock);
  await realSearch.warmUp();
  const search = options.search ? options.search(realSearch) : realSearch;
  const cart = new CartService(carts, store, clock);
  const orderService = new OrderService(orders, store, clock);
  const keys: string[] = [];
  const customerService = new CustomerService(customers, new Sha256Hasher(), clock);
  const deps: ConversationDependencies = {
    identity: new IdentityService(
      new PrefixTokenVerifier(),
      customers,
      cart,
      new InMemorySessionStarts(io, customers, carts),
    ),
    customers: customerService,
    store,
    catalog: new CatalogService(catalog),
    search,
    cart,
    checkout: new CheckoutService({
      carts,
      catalog,
      orders,
      payments,
      store,
      clock,
      ids,
      customers: customerService,
    }),
    orders: orderService,
    tracking: new TrackingService(orderService, store, clock),
    reorder: new ReorderService(orders, catalog),
    handoff: new HandoffService(handoffs, store, ids, clock),
    contacts: new ContactService(new InMemoryContacts()),
    dataRights: new DataRightsService(new InMemoryPersonalData(customers, carts, orders), ids, clock),
    clock,
    logger,
    newIdempotencyKey: () => {
      keys.push(`key-${keys.length + 1}`);
      return keys.at(-1)!;
    },
    ...(options.progressDelayMs !== undefined ? { progressDelayMs: options.progressDelayMs } : {}),
  };
  return {
    conversation: buildConversation(deps),
    deps,
    io,
    clock,
    logger,
    payments,
    catalog,
    carts,
    orders,
    customers,
    handoffs,
    keys,
  };
}
