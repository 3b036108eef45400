/** Wires config -> adapters -> services (-> conversation) at cold start; platforms/ wires platforms. */
import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients, type DynamoClients } from './adapters/dynamodb/client';
import { DynamoCartRepository } from './adapters/dynamodb/cart-repository';
import { DynamoContactRepository } from './adapters/dynamodb/contact-repository';
import { DynamoCatalogRepository } from './adapters/dynamodb/catalog-repository';
import { DynamoCustomerRepository } from './adapters/dynamodb/customer-repository';
import { DynamoHandoffRepository } from './adapters/dynamodb/handoff-repository';
import { DynamoOrderRepository } from './adapters/dynamodb/order-repository';
import { DynamoPersonalDataRepository } from './adapters/dynamodb/personal-data-repository';
import { DynamoSessionStartReader } from './adapters/dynamodb/session-start-reader';
import { DynamoStoreSettingsRepository } from './adapters/dynamodb/settings-repository';
import { createAccessTokenVerifier } from './adapters/identity/access-token-verifier';
import { MerchantWebhookPayment } from './adapters/payments/merchant-webhook-payment';
import { PayOnDelivery } from './adapters/payments/pay-on-delivery';
import { RandomIdGenerator } from './adapters/system/random-id-generator';
import { ScryptSecretHasher } from './adapters/system/scrypt-secret-hasher';
import { PowertoolsLogger } from './adapters/system/powertools-logger';
import { PowertoolsMetrics } from './adapters/system/powertools-metrics';
import { SystemClock } from './adapters/system/system-clock';
import { createSecretSource } from './adapters/webhooks/webhook-secret';
import type { Config } from './config';
import { buildConversation, type Conversation } from './conversation/core';
import { CartService } from './domain/cart-service';
import { CatalogService } from './domain/catalog-service';
import { CheckoutService } from './domain/checkout-service';
import { ContactService } from './domain/contact-service';
import { CustomerService } from './domain/customer-service';
import { DataRightsService } from './domain/data-rights-service';
import { HandoffService } from './domain/handoff-service';
import { IdentityService } from './domain/identity-service';
import { NO_METRICS_PUBLISHER, type MetricsPublisher } from './domain/metrics-port';
import { OrderService } from './domain/order-service';
import type {
  AccessTokenVerifier,
  Clock,
  HandoffQueue,
  IdGenerator,
  Logger,
  PaymentPort,
  ProductSearch,
  SecretHasher,
} from './domain/ports';
import { ReorderService } from './domain/reorder-service';
import { buildOrderChanges, type OrderChangeServices } from './order-changes-wiring';
import { buildProductSearch } from './search-wiring';
import { StoreService } from './domain/store-service';
import { TrackingService } from './domain/tracking-service';

/** The services every function shares, and the ports they report through. */
export interface Services {
  readonly identity: IdentityService;
  readonly customers: CustomerService;
  readonly store: StoreService;
  readonly catalog: CatalogService;
  readonly search: ProductSearch;
  readonly cart: CartService;
  readonly checkout: CheckoutService;
  readonly orders: OrderService;
  readonly amend: OrderChangeServices['amend'];
  readonly returns: OrderChangeServices['returns'];
  readonly tracking: TrackingService;
  readonly reorder: ReorderService;
  readonly handoff: HandoffService;
  readonly contacts: ContactService;
  /** The merchant's view of the open handoff requests. */
  readonly handoffQueue: HandoffQueue;
  /** A shopper's data: exported, erased, or forgotten for one platform user. */
  readonly dataRights: DataRightsService;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The conversation's counts (fallbacks, reinterpretations, undos), published once per turn. */
  readonly metrics: MetricsPublisher;
  readonly newIdempotencyKey: () => string;
}

/** Replacements for tests and tools: a fixed clock, a quiet logger, a payment adapter, own clients. */
export interface ServiceOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly payments?: PaymentPort;
  readonly ids?: IdGenerator;
  /** By default CloudWatch metrics in AWS, and none on the local stack. */
  readonly metrics?: MetricsPublisher;
  /** DynamoDB clients the caller owns (and closes); by default the services make their own. */
  readonly clients?: DynamoClients;
  /** How voice codes are hashed (tests use a fast one). */
  readonly hasher?: SecretHasher;
}

/** Builds the adapters and services from validated config. */
export function buildServices(config: Config, overrides: ServiceOverrides = {}): Services {
  const clock = overrides.clock ?? new SystemClock();
  const logger = overrides.logger ?? new PowertoolsLogger(config.logLevel);
  const { doc } = overrides.clients ?? dynamoClientsFor(config);
  const payments = overrides.payments ?? paymentsFor(config);
  const ids = overrides.ids ?? new RandomIdGenerator();
  return servicesOn(repositoriesOn(doc, config, clock, logger), {
    config,
    clock,
    logger,
    ids,
    payments,
    hasher: overrides.hasher ?? new ScryptSecretHasher(),
    doc,
    metrics: overrides.metrics ?? metricsFor(config),
  });
}

/**
 * The conversation over the services (what the platform adapters serve), with its turn deadline and
 * the idle time after which a cart counts as left behind; each turn counts into its own metrics.
 */
export function buildConversationFromServices(
  services: Services,
  options: { readonly turnDeadlineMs?: number; readonly cartIdleMinutes?: number } = {},
): Conversation {
  return buildConversation({ ...services, ...options });
}

/** CloudWatch embedded metrics in AWS; none on the local stack, which has no CloudWatch. */
function metricsFor(config: Config): MetricsPublisher {
  if (config.local) return NO_METRICS_PUBLISHER;
  return new PowertoolsMetrics(config.metricsNamespace ? { namespace: config.metricsNamespace } : {});
}

/** DynamoDB clients as configured (endpoint, region, request timeout). */
export function dynamoClientsFor(config: Config): DynamoClients {
  return createDynamoClients({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    requestTimeoutMs: config.dynamodbTimeoutMs,
  });
}

/** Pay on delivery, or the merchant's payment webhook with every call signed. */
function paymentsFor(config: Config): PaymentPort {
  return config.payment.mode === 'merchant_webhook'
    ? new MerchantWebhookPayment({
        url: config.payment.url,
        secret: createSecretSource({ ...config.payment, region: config.region }),
      })
    : new PayOnDelivery();
}

/** Cognito's tokens in AWS, the local key set's on the local stack; with neither, every token is refused. */
function tokenVerifierFor(config: Config, doc: DynamoDBDocumentClient): AccessTokenVerifier {
  if (config.cognito) return createAccessTokenVerifier({ mode: 'cognito', ...config.cognito });
  if (config.local) return createAccessTokenVerifier({ mode: 'local', doc, tableName: config.tableName });
  return { verify: () => Promise.resolve(undefined) };
}

/** The repositories on the one table, and the store service (settings, cached) over them. */
function repositoriesOn(doc: DynamoDBDocumentClient, config: Config, clock: Clock, logger: Logger) {
  const table = config.tableName;
  const settings = new DynamoStoreSettingsRepository(doc, table, () => clock.now());
  return {
    catalog: new DynamoCatalogRepository(doc, table, logger, () => clock.now()),
    carts: new DynamoCartRepository(doc, table, clock),
    orders: new DynamoOrderRepository(doc, table, clock),
    customers: new DynamoCustomerRepository(doc, table, clock),
    handoffs: new DynamoHandoffRepository(doc, table),
    sessionStarts: new DynamoSessionStartReader(doc, table, clock),
    store: new StoreService(settings, clock, config.settingsCacheSeconds),
  };
}

/** What the services run on besides the table. */
interface Runtime {
  readonly config: Config;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly ids: IdGenerator;
  readonly payments: PaymentPort;
  readonly hasher: SecretHasher;
  readonly doc: DynamoDBDocumentClient;
  readonly metrics: MetricsPublisher;
}

function servicesOn(tables: ReturnType<typeof repositoriesOn>, runtime: Runtime): Services {
  const { config, clock, logger, ids, payments } = runtime;
  const { catalog, carts, customers, handoffs, store } = tables;
  const cart = new CartService(carts, store, clock);
  const orders = new OrderService(tables.orders, store, clock, payments);
  const customerService = new CustomerService(customers, runtime.hasher, clock);
  return {
    identity: new IdentityService(
      tokenVerifierFor(config, runtime.doc),
      customers,
      cart,
      tables.sessionStarts,
    ),
    customers: customerService,
    store,
    catalog: new CatalogService(catalog),
    search: buildProductSearch(config, catalog, clock, logger),
    cart,
    checkout: new CheckoutService({
      carts,
      catalog,
      orders: tables.orders,
      payments,
      store,
      clock,
      ids,
      customers: customerService,
    }),
    orders,
    ...buildOrderChanges(runtime, { orders, catalog, store, customers: customerService }),
    tracking: new TrackingService(orders, store, clock),
    reorder: new ReorderService(tables.orders, catalog),
    handoff: new HandoffService(handoffs, store, ids, clock),
    contacts: new ContactService(new DynamoContactRepository(runtime.doc, config.tableName)),
    handoffQueue: handoffs,
    dataRights: new DataRightsService(
      new DynamoPersonalDataRepository(runtime.doc, config.tableName),
      ids,
      clock,
    ),
    clock,
    logger,
    metrics: runtime.metrics,
    newIdempotencyKey: () => randomUUID(),
  };
}
