/**
 * What an intent handler works with, and how a turn is opened: who is speaking (the platform
 * identity, never the session's word for it), the state that belongs to that customer, the speech
 * rate (read from the profile once per session, then carried), the store settings (cached by the
 * store service) and today's date in the store. A session's first turn reads the account link, the
 * profile and the cart in one request; later turns read none of them. Handlers read the shopper's
 * words through the slot readers below.
 */
import type { AmendService } from '../domain/amend-service';
import type { CartSession } from '../domain/cart-reading';
import type { CartService } from '../domain/cart-service';
import type { CatalogService } from '../domain/catalog-service';
import type { CheckoutService } from '../domain/checkout-service';
import type { ContactService } from '../domain/contact-service';
import type { CustomerService } from '../domain/customer-service';
import type { DataRightsService } from '../domain/data-rights-service';
import { localTime } from '../domain/delivery';
import { DomainError } from '../domain/errors';
import type { ConversationMetrics } from '../domain/metrics-port';
import type { HandoffService } from '../domain/handoff-service';
import type { Customer, IdentityService, SpeakerIdentity } from '../domain/identity-service';
import type { CustomerProfile, Money, StoreSettings } from '../domain/model';
import { money } from '../domain/money';
import type { OrderService } from '../domain/order-service';
import type { Clock, Logger, ProductSearch } from '../domain/ports';
import type { ReorderService } from '../domain/reorder-service';
import type { ReturnService } from '../domain/return-service';
import type { ShopperContact } from '../domain/shopper-contact';
import type { StoreService } from '../domain/store-service';
import type { TrackingService } from '../domain/tracking-service';
import { unqueued, type DialogState } from './dialog-state';
import type { Locale } from './locales/locale';
import { localeOfTurn } from './locales/registry';
import type { Answer } from './reply';
import type { SlotValue, Turn } from './turn';
import { readSlot, type SlotReading } from './understanding/slot-reading';

/** The services and ports the conversation uses. */
export interface ConversationDependencies {
  readonly identity: IdentityService;
  readonly customers: CustomerService;
  readonly store: StoreService;
  readonly catalog: CatalogService;
  readonly search: ProductSearch;
  readonly cart: CartService;
  readonly checkout: CheckoutService;
  readonly orders: OrderService;
  /** Additions to placed orders. */
  readonly amend: AmendService;
  /** Returns and refunds of delivered lines. */
  readonly returns: ReturnService;
  readonly tracking: TrackingService;
  readonly reorder: ReorderService;
  readonly handoff: HandoffService;
  /** Consents to order updates and reminders, and the store's notices told on launch. */
  readonly contacts: ContactService;
  /** What the store keeps about a shopper, read to them or erased at their word. */
  readonly dataRights: Pick<DataRightsService, 'export' | 'erase'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Counts fallbacks, reinterpretations and undos (nothing when absent); a publisher (MetricsPublisher)
   * gives each turn its own counts, published by the core once the turn is answered.
   */
  readonly metrics?: ConversationMetrics;
  /** A fresh idempotency key, chosen when an order is read back. */
  newIdempotencyKey(): string;
  /** Minutes a cart stays untouched before a launch calls it left behind (default a day). */
  readonly cartIdleMinutes?: number;
  /** How long slow work may take before a progressive response (default 300 ms). */
  readonly progressDelayMs?: number;
  /** How long a turn may take before the shopper hears the late apology (default 6000 ms). */
  readonly turnDeadlineMs?: number;
}

/** Everything one turn's handler may use. */
export interface TurnContext {
  readonly turn: Turn;
  readonly deps: ConversationDependencies;
  readonly customer: Customer;
  /** The state carried in, for this customer. */
  readonly state: DialogState;
  readonly settings: StoreSettings;
  /** False before the merchant set the store up: `settings` then says nothing is set. */
  readonly storeConfigured: boolean;
  readonly locale: Locale;
  /** Today's date (YYYY-MM-DD) in the store's time zone. */
  readonly today: string;
  /** The profile, when this turn already had to read it. */
  readonly profile?: CustomerProfile;
  /** What this turn knows of the customer's cart (`deps.cart` reads through it). */
  readonly cartSession: CartSession;
  /** The linked customer's contact record, when this turn read it (a launch). */
  readonly contact?: ShopperContact;
}

/** One intent's handler. */
export type IntentHandler = (ctx: TurnContext) => Promise<Answer>;

/**
 * Resolves the customer, settings, speech rate and locale (registry.ts: localeOfTurn) for a turn. A "did you mean" question is closed
 * unless the intent answers it (`answersChoice`, a fact of the intent's route); products named
 * together wait only for an intent that answers or declines (`keepsQueued`).
 */
export async function openTurn(
  deps: ConversationDependencies,
  turn: Turn,
  incoming: DialogState,
  facts: { readonly answersChoice: boolean; readonly keepsQueued: boolean },
): Promise<TurnContext> {
  const speaker: SpeakerIdentity = {
    platform: turn.platform,
    platformUserId: turn.platformUserId,
    ...(turn.accessToken ? { accessToken: turn.accessToken } : {}),
    ...(incoming.customerId ? { knownCustomerId: incoming.customerId } : {}),
  };
  const customer = await deps.identity.customerOf(speaker);
  // State carried for someone else (a link made mid-session, a tampered session) is not carried over.
  let state: DialogState = incoming.customerId === customer.id ? incoming : { customerId: customer.id };
  // A "did you mean" question the shopper moved on from is closed: "yes" or "help" later must not
  // refer to it.
  if (state.list?.kind === 'choice' && !facts.answersChoice) {
    const { list: _closed, ...rest } = state;
    state = rest;
  }
  // Products named together wait for the answer about one of them ("no" included: not that one,
  // the next); a shopper who moved on has left them.
  if (state.queued && !facts.keepsQueued) state = unqueued(state);
  // The link and the profile (once per session) come with the cart in one request; settings are cached.
  const [opening, { settings, configured }] = await Promise.all([
    deps.identity.open(speaker, customer, {
      profile: state.rate === undefined,
      // A launch tells the store's notices: read with the rest, in the same request.
      contact: turn.intent === 'LaunchRequest',
    }),
    deps.store.settingsToTalk(),
  ]);
  const profile = opening.profile && deps.customers.profileFrom(customer.id, opening.profile.stored);
  if (profile) state = { ...state, rate: profile.speechRate };
  const cartSession: CartSession = {
    customerId: customer.id,
    skus: state.cartSkus ?? [],
    ...(opening.cart ? { opened: opening.cart } : {}),
  };
  const today = localTime(deps.clock.now(), settings.timeZone).date;
  const turnDeps = { ...deps, cart: deps.cart.forSession(cartSession) };
  return {
    turn,
    deps: turnDeps,
    customer,
    state,
    settings,
    storeConfigured: configured,
    locale: localeOfTurn(turn.locale, settings),
    today,
    cartSession,
    ...(profile ? { profile } : {}),
    ...(opening.contact?.stored ? { contact: opening.contact.stored } : {}),
  };
}

/** The answer with the skus the cart held when this turn last saw it, for the next turn's cart read. */
export function carryCart(ctx: TurnContext, answer: Answer): Answer {
  const { cartSkus: _carried, ...state } = answer.state;
  const skus = ctx.cartSession.skus;
  return { ...answer, state: skus.length > 0 ? { ...state, cartSkus: skus } : state };
}

/**
 * A slot the shopper filled: non-empty raw words or a resolved id. Alexa's "?" for a number it could
 * not hear is kept, so a quantity is refused with the limits rather than ignored.
 */
export function slot(ctx: TurnContext, name: string): SlotValue | undefined {
  const slots: unknown = ctx.turn.slots;
  const value = typeof slots === 'object' && slots !== null ? (slots as Turn['slots'])[name] : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = typeof value.raw === 'string' ? value.raw.trim() : '';
  return raw === '' && !value.resolvedId ? undefined : { ...value, raw };
}

/** The words of a slot, as heard or as resolved, limited in length. */
export function slotWords(ctx: TurnContext, name: string): string | undefined {
  const value = slot(ctx, name);
  const words = (value?.raw || value?.resolvedName || '').slice(0, 120).trim();
  return words === '' ? undefined : words;
}

/**
 * A quantity slot: undefined when absent, NaN when it was said but is not a whole number (the
 * domain then refuses it with QUANTITY_INVALID, which explains the limits).
 */
export function quantitySlot(ctx: TurnContext, name = 'quantity'): number | undefined {
  const value = slot(ctx, name);
  if (!value) return undefined;
  return /^\d{1,6}$/.test(value.raw) ? Number(value.raw) : Number.NaN;
}

/** The words naming a product in this turn (brand, size and product slots), if any. */
export function productWords(ctx: TurnContext, productSlot = 'product'): string | undefined {
  const words = [slotWords(ctx, 'brand'), slotWords(ctx, 'size'), slotWords(ctx, productSlot)].filter(
    Boolean,
  );
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The words of a turn that may name a product (the product slot with its unit, brand and size
 * slots), read for counts, units and references (slot-reading.ts) whatever intent brought them;
 * undefined when none were said.
 */
export function readProductSlot(ctx: TurnContext, productSlot = 'product'): SlotReading | undefined {
  const unit = slotWords(ctx, 'unit');
  const named = productWords(ctx, productSlot);
  if (!unit && !named) return undefined;
  return readSlot([unit, unit && named ? 'of' : undefined, named].filter(Boolean).join(' '));
}

/** The order number the shopper said (its digits), if any. */
export function orderNumberSlot(ctx: TurnContext): string | undefined {
  const digits = (slot(ctx, 'orderNumber')?.raw ?? '').replace(/\D/g, '');
  return digits === '' ? undefined : digits.slice(0, 20);
}

/** Refuses when the account is not linked (checkout, reorder, orders and voice codes need it). */
export function requireLinked(ctx: TurnContext): void {
  if (!ctx.customer.linked) throw new DomainError('ACCOUNT_NOT_LINKED', 'account not linked');
}

/** An amount in the store's currency. */
export function storeMoney(ctx: TurnContext, amount: number): Money {
  return money(amount, ctx.settings.currency);
}
