/**
 * The ports: everything the domain needs from the outside world, as interfaces. Adapters
 * (adapters/dynamodb, adapters/payments, adapters/system, ...) implement them; tests may substitute
 * in-memory versions only to isolate conversation logic from storage.
 */
import type { TransitionOptions } from './order-status';
import type { PurchaseGuard, VoiceCodeAttempt, VoiceCodeAttemptLimits } from './purchase-guard';
import type {
  Cart,
  CustomerProfile,
  Order,
  OrderStatus,
  Product,
  ProductInput,
  StoreSettings,
} from './model';
import type { HandoffRequest } from './support-model';

/** Products and the catalog version marker. */
export interface CatalogRepository {
  /** One product, or undefined. Eventually consistent. */
  get(sku: string): Promise<Product | undefined>;
  /** The products that exist among these skus, in no particular order. */
  getMany(skus: readonly string[]): Promise<Product[]>;
  /** Products of one category, by name. */
  listByCategory(category: string, limit: number): Promise<Product[]>;
  /** Every product (for building the search index). */
  listAll(): Promise<Product[]>;
  /** Creates or replaces one product, incrementing its version. */
  upsert(product: ProductInput): Promise<'created' | 'updated'>;
  /** Sets the stock of one product. */
  setStock(sku: string, stock: number): Promise<void>;
  /** The catalog version marker (0 when never set). */
  getVersion(): Promise<number>;
  /**
   * Increments the catalog version marker so search indexes follow; returns the new version. `changed`
   * names the products this change touched, so the index can be patched rather than rebuilt; without
   * it, anything may have changed.
   */
  bumpVersion(changed?: readonly string[]): Promise<number>;
}

/** Thrown by a repository when a conditional save lost a race; the service reloads and retries. */
export class ConcurrencyConflict extends Error {
  constructor(what: string) {
    super(`concurrent update of ${what}`);
    this.name = 'ConcurrencyConflict';
  }
}

/** Carts, saved with optimistic locking on their version. */
export interface CartRepository {
  /** The customer's cart, or an empty cart of version 0. Strongly consistent. */
  get(customerId: string): Promise<Cart>;
  /** The cart and the given products in one round trip (a batch read), for changes that need both. */
  getWithProducts(customerId: string, skus: readonly string[]): Promise<{ cart: Cart; products: Product[] }>;
  /**
   * Saves the cart if its stored version still equals `cart.version`; returns it with the new version.
   * Throws ConcurrencyConflict otherwise.
   */
  save(cart: Cart): Promise<Cart>;
}

/** What placing an order writes, all or nothing. */
export interface PlaceOrderCommand {
  readonly order: Order;
  /**
   * The cart version the order was priced from; the cart is cleared only if it is unchanged. Absent
   * when the order does not come from the cart (a reorder), which then leaves the cart alone.
   */
  readonly cartVersion?: number;
  /** Seconds since the epoch after which the idempotency record may be forgotten. */
  readonly idempotencyExpiresAt: number;
  /** Checked on the customer's profile in the same transaction: nothing is placed unless it holds. */
  readonly purchaseGuard: PurchaseGuard;
}

/** The outcome of placing an order. */
export type PlaceOrderResult =
  | { readonly kind: 'placed'; readonly order: Order }
  | { readonly kind: 'duplicate'; readonly order: Order }
  | { readonly kind: 'out_of_stock'; readonly sku: string }
  | { readonly kind: 'cart_changed' }
  /** The purchase guard did not hold: purchases got locked, or the voice code changed. */
  | { readonly kind: 'purchase_refused' };

/** Orders, newest first per customer, and the placing transaction. */
export interface OrderRepository {
  /**
   * One transaction: per line a stock decrement guarded by `stock >= quantity`, the order, the cart
   * cleared under its version, the purchase guard on the profile, and the idempotency record. A
   * repeated idempotency key returns the order already placed under it.
   */
  place(command: PlaceOrderCommand): Promise<PlaceOrderResult>;
  /** The order placed under an idempotency key, if any (expired records are ignored). */
  findByIdempotencyKey(key: string): Promise<Order | undefined>;
  /** The customer's most recent orders, newest first. */
  recent(customerId: string, limit: number): Promise<Order[]>;
  /** One of the customer's orders by id; undefined if it does not exist or belongs to someone else. */
  byId(customerId: string, orderId: string): Promise<Order | undefined>;
  /** Moves an order on if still at its version, restocking when asked; ConcurrencyConflict on a race. */
  transition(order: Order, to: OrderStatus, at: string, options: TransitionOptions): Promise<Order>;
}

/** A platform user's link to a customer, with the anonymous cart moved into the customer's. */
export interface IdentityLink {
  readonly platform: string;
  readonly platformUserId: string;
  readonly customerId: string;
  /** Saved with the link, each at the version read: `into` merged, `from` (the anonymous cart) emptied. */
  readonly cartMove?: { readonly from: Cart; readonly into: Cart };
}

/** Customer profiles and the link from a platform user to a customer. */
export interface CustomerRepository {
  /** The profile, or undefined for a customer never seen. */
  getProfile(customerId: string): Promise<CustomerProfile | undefined>;
  /** Saves the profile if its stored version equals `profile.version` (0 = new); returns the saved one. */
  saveProfile(profile: CustomerProfile): Promise<CustomerProfile>;
  /**
   * Counts a voice-code attempt before it is judged, in one conditional write: only while no lock is
   * live and fewer than `maxFailures` attempts are counted; the attempt that reaches the limit locks
   * purchases until `lockUntil`. Never loses a count to a race.
   */
  countVoiceCodeAttempt(customerId: string, limits: VoiceCodeAttemptLimits): Promise<VoiceCodeAttempt>;
  /** After a right code: no attempts counted and no lock, if the code is still `voiceCodeHash`. */
  clearVoiceCodeFailures(customerId: string, voiceCodeHash: string): Promise<boolean>;
  /** The customer a platform user was linked to, if any. */
  getLinkedCustomer(platform: string, platformUserId: string): Promise<string | undefined>;
  /**
   * Records that a platform user is this customer, only if it is not already linked to them (one
   * of several concurrent first turns wins), moving the anonymous cart's lines in the same
   * transaction. `cart_changed`: a cart moved on since it was read; read again and retry.
   */
  linkIdentity(link: IdentityLink): Promise<'linked' | 'already_linked' | 'cart_changed'>;
}

/** Store settings. */
export interface StoreSettingsRepository {
  /** The settings, or undefined if the store has not been set up. */
  get(): Promise<StoreSettings | undefined>;
  /** Replaces the settings. */
  save(settings: StoreSettings): Promise<void>;
}

/** Requests to reach a person. */
export interface HandoffRepository {
  /** Records a handoff request for the merchant's team. */
  create(request: HandoffRequest): Promise<void>;
}

/** The merchant's team's view of the handoff requests still open. */
export interface HandoffQueue {
  /** Up to `limit` open requests, oldest first. */
  listOpen(limit: number): Promise<HandoffRequest[]>;
  /** Closes the open (or claimed) request of this ticket, with its outcome; false when none is. */
  closeTicket(ticketId: string, closedAt: string, outcome?: string): Promise<boolean>;
  /** One of the team takes the open request; false when it is not open. */
  claimTicket(ticketId: string, agent: string, claimedAt: string): Promise<boolean>;
}

export type { PaymentPort, PaymentRelease, PaymentRequest, PaymentResult, PaymentWay } from './payment-port';

/** The current time. */
export interface Clock {
  now(): Date;
}

/** New identifiers. Order ids are short digit strings a shopper can read out. */
export interface IdGenerator {
  /** The order id of a confirmation: always the same for the same idempotency key. */
  orderId(idempotencyKey: string): string;
  ticketId(): string;
  /** A new random id, unrelated to anything, for the kept orders of an erased customer. */
  erasureId(): string;
}

/** Hashes and checks voice codes (salted scrypt in production). */
export interface SecretHasher {
  hash(secret: string): Promise<string>;
  verify(secret: string, hash: string): Promise<boolean>;
}

/** Verifies an account-linking access token; returns the customer id (the token's subject) or undefined. */
export interface AccessTokenVerifier {
  verify(token: string): Promise<string | undefined>;
}

export type { ProductSearch, SearchConstraints, SearchHit, SearchRequest, SearchResult } from './search-port';

/** Structured logging without personal data: an event name and non-personal fields. */
export interface Logger {
  info(event: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void;
  error(event: string, fields?: Readonly<Record<string, unknown>>): void;
}
