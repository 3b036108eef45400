/**
 * Wires config -> adapters -> services (-> conversation). Built once per container, at cold start;
 * nothing here runs per turn. Platform adapters are wired by their handlers, never here.
 */
import { randomUUID } from 'node:crypto';
import { createDynamoClients, type DynamoClients } from './adapters/dynamodb/client';
import { DynamoCartRepository } from './adapters/dynamodb/cart-repository';
import { DynamoCatalogRepository } from './adapters/dynamodb/catalog-repository';
import { DynamoCustomerRepository } from './adapters/dynamodb/customer-repository';
import { DynamoHandoffRepository } from './adapters/dynamodb/handoff-repository';
import { DynamoOrderRepository } from './adapters/dynamodb/order-repository';
import { DynamoStoreSettingsRepository } from './adapters/dynamodb/settings-repository';
import { createAccessTokenVerifier } from './adapters/identity/access-token-verifier';
import { MerchantWebhookPayment } from './adapters/payments/merchant-webhook-payment';
import { PayOnDelivery } from './adapters/payments/pay-on-delivery';
import type { InMemoryProductSearch } from './adapters/search/in-memory-product-search';
import { RandomIdGenerator } from './adapters/system/random-id-generator';
import { ScryptSecretHasher } from './adapters/system/scrypt-secret-hasher';
import { StructuredLogger } from './adapters/system/structured-logger';
import { SystemClock } from './adapters/system/system-clock';
import type { Config } from './config';
import { buildConversation, type Conversation } from './conversation/core';
import { CartService } from './domain/cart-service';
import { CatalogService } from './domain/catalog-service';
import { CheckoutService } from './domain/checkout-service';
import { CustomerService } from './domain/customer-service';
import { HandoffService } from './domain/handoff-service';
import { IdentityService } from './domain/identity-service';
import { OrderService } from './domain/order-service';
import type { AccessTokenVerifier, Clock, IdGenerator, Logger, PaymentPort } from './domain/ports';
import { ReorderService } from './domain/reorder-service';
import { buildProductSearch } from './search-wiring';
import { StoreService } from './domain/store-service';
import { TrackingService } from './domain/tracking-service';

/** The services every function shares, and what they run on. */
export interface Services {
  readonly identity: IdentityService;
  readonly customers: CustomerService;
  readonly store: StoreService;
  readonly catalog: CatalogService;
  readonly search: InMemoryProductSearch;
  readonly cart: CartService;
  readonly checkout: CheckoutService;
  readonly orders: OrderService;
  readonly tracking: TrackingService;
  readonly reorder: ReorderService;
  readonly handoff: HandoffService;
  readonly handoffQueue: DynamoHandoffRepository;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly clients: DynamoClients;
  readonly newIdempotencyKey: () => string;
}

/** Replacements for tests and tools: a fixed clock, a quiet logger, a payment adapter. */
export interface ServiceOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly payments?: PaymentPort;
  readonly ids?: IdGenerator;
  readonly clients?: DynamoClients;
}

/** Tokens are refused when no identity provider is configured (not local, no Cognito pool). */
const refuseAllTokens: AccessTokenVerifier = { verify: () => Promise.resolve(undefined) };

/** Builds the adapters and services from validated config. */
export function buildServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const clock = overrides.clock ?? new SystemClock();
  const logger = overrides.logger ?? new StructuredLogger(config.logLevel);
  const ids = overrides.ids ?? new RandomIdGenerator();
  const clients =
    overrides.clients ??
    createDynamoClients({
      region: config.region,
      endpoint: config.dynamodbEndpoint,
      requestTimeoutMs: config.dynamodbTimeoutMs,
    });
  const { doc } = clients;
  const table = config.tableName;

  const catalogRepository = new DynamoCatalogRepository(doc, table, logger, () => clock.now());
  const carts = new DynamoCartRepository(doc, table, clock);
  const orderRepository = new DynamoOrderRepository(doc, table, clock);
  const customerRepository = new DynamoCustomerRepository(doc, table, clock);
  const handoffQueue = new DynamoHandoffRepository(doc, table);
  const store = new StoreService(
    new DynamoStoreSettingsRepository(doc, table, () => clock.now()),
    clock,
    config.settingsCacheSeconds,
  );

  const verifier = config.cognito
    ? createAccessTokenVerifier({ mode: 'cognito', ...config.cognito })
    : config.local
      ? createAccessTokenVerifier({ mode: 'local', doc, tableName: table })
      : refuseAllTokens;
  const payments =
    overrides.payments ??
    (config.payment.mode === 'merchant_webhook'
      ? new MerchantWebhookPayment({ url: config.payment.url, secret: config.merchantWebhook?.secret })
      : new PayOnDelivery());

  const cart = new CartService(carts, store, clock);
  const orders = new OrderService(orderRepository, store, clock, payments);
  return {
    identity: new IdentityService(verifier, customerRepository, cart),
    customers: new CustomerService(customerRepository, new ScryptSecretHasher(), clock),
    store,
    catalog: new CatalogService(catalogRepository),
    search: buildProductSearch(config, catalogRepository, clock, logger),
    cart,
    checkout: new CheckoutService({
      carts,
      catalog: catalogRepository,
      orders: orderRepository,
      payments,
      store,
      clock,
      ids,
    }),
    orders,
    tracking: new TrackingService(orders, store, clock),
    reorder: new ReorderService(orderRepository, catalogRepository),
    handoff: new HandoffService(handoffQueue, store, ids, clock),
    handoffQueue,
    clock,
    logger,
    clients,
    newIdempotencyKey: () => randomUUID(),
  };
}

/** The conversation over the services (what the platform handlers serve). */
export function buildConversationFromServices(services: Services): Conversation {
  return buildConversation(services);
}

/** The conversation from config: adapters, services and core, built once per container. */
export function buildConversationFromConfig(config: Config, overrides: ServiceOverrides = {}): Conversation {
  return buildConversationFromServices(buildServices(config, overrides));
}
