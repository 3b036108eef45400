/**
 * The conversation core: resolves who is speaking, routes the Turn to its intent handler, and turns
 * every outcome into a Reply. A domain error becomes one specific sentence through the one switch
 * below; any other error is logged once, without personal data, and answered with a short apology
 * that keeps the session and the cart. `handleTurn` never throws.
 */
import type { CartService } from '../domain/cart-service';
import type { CatalogService } from '../domain/catalog-service';
import type { CheckoutService } from '../domain/checkout-service';
import type { CustomerService } from '../domain/customer-service';
import { assertNever, isDomainError, type AnyDomainError } from '../domain/errors';
import type { HandoffService } from '../domain/handoff-service';
import type { IdentityService } from '../domain/identity-service';
import type { StoreSettings } from '../domain/model';
import type { OrderService } from '../domain/order-service';
import type { Clock, Logger, ProductSearch } from '../domain/ports';
import type { ReorderService } from '../domain/reorder-service';
import type { StoreService } from '../domain/store-service';
import type { TrackingService } from '../domain/tracking-service';
import { ask, tell, type Answer } from './context';
import { EMPTY_STATE, readDialogState, type DialogState } from './dialog-state';
import { deliveryNames, linkAccountAnswer, lockedAnswer } from './intents/shared';
import { isHandled, ROUTES, routeFor } from './intents/routes';
import type { Locale } from './locales/locale';
import { localeFor } from './locales/registry';
import { toReply } from './reply';
import { sentences, shorten, type Phrase } from './speech/phrase';
import { awaiting, settled } from './state-changes';
import type { Reply, Turn } from './turn';
import { openTurn } from './turn-context';

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
  readonly tracking: TrackingService;
  readonly reorder: ReorderService;
  readonly handoff: HandoffService;
  readonly clock: Clock;
  readonly logger: Logger;
  /** A fresh idempotency key, chosen when an order is read back. */
  newIdempotencyKey(): string;
  /** How long slow work may take before a progressive response (default 300 ms). */
  readonly progressDelayMs?: number;
}

/** The platform-neutral conversation. */
export interface Conversation {
  /** Answers one turn. Never throws. */
  handleTurn(turn: Turn): Promise<Reply>;
}

/** Every intent name the core handles (canonical names, as Turn.intent carries them). */
export const HANDLED_INTENTS: readonly string[] = Object.keys(ROUTES);

/** The slots each handled intent reads. */
export const HANDLED_SLOTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(ROUTES).map(([intent, route]) => [intent, route.slots]),
);

/** Builds the conversation over the services. */
export function buildConversation(deps: ConversationDependencies): Conversation {
  return { handleTurn: (turn) => handleTurn(deps, turn) };
}

async function handleTurn(deps: ConversationDependencies, turn: Turn): Promise<Reply> {
  const intent = isHandled(turn.intent) ? turn.intent : 'FallbackIntent';
  let locale: Locale = localeFor('en-US');
  let state: DialogState = EMPTY_STATE;
  let settings: StoreSettings | undefined;
  try {
    locale = localeFor(typeof turn.locale === 'string' ? turn.locale : 'en-US');
    state = turn.isNewSession ? EMPTY_STATE : readDialogState(turn.state);
    const ctx = await openTurn(deps, turn, state, locale);
    state = ctx.state;
    settings = ctx.settings;
    return toReply(await routeFor(intent).handler(ctx), intent, locale);
  } catch (error) {
    try {
      if (isDomainError(error)) {
        const answer = domainErrorAnswer(error, { locale, state, settings, now: deps.clock.now() });
        return toReply(answer, intent, locale);
      }
      deps.logger.error('conversation.turn_failed', {
        intent,
        error: error instanceof Error ? error.name : typeof error,
      });
    } catch {
      // Even logging or rendering the error must not stop the apology below.
    }
    const apology: Answer = ask(locale.common.unexpected({}), locale.common.unexpectedReprompt({}), state);
    return toReply(apology, intent, locale);
  }
}

/** What the error answer may use. */
interface ErrorScene {
  readonly locale: Locale;
  readonly state: DialogState;
  readonly settings?: StoreSettings;
  readonly now: Date;
}

/** Maps every domain error to one spoken sentence; the compiler rejects a missing code. */
export function domainErrorAnswer(error: AnyDomainError, scene: ErrorScene): Answer {
  const { locale, now } = scene;
  const e = locale.errors;
  // A wrong code or an unknown option leaves the question open; any other refusal closes it.
  const keep = error.code === 'VOICE_CODE_WRONG' || error.code === 'DELIVERY_OPTION_UNKNOWN';
  const state = keep ? scene.state : settled(scene.state);
  // A statement is followed by a question; a sentence that already asks or instructs is not.
  const reply = (speech: Phrase, followUp = true): Answer => {
    const question = followUp && !speech.text.trim().endsWith('?');
    return ask(question ? sentences(speech, locale.common.whatElse({})) : speech, e.reprompt({}), state);
  };
  switch (error.code) {
    case 'INVALID_AMOUNT':
      return reply(e.invalidAmount({}));
    case 'INVALID_INPUT':
      return reply(error.details.field === 'code' ? locale.code.invalid({}) : e.invalidInput({}), false);
    case 'PRODUCT_NOT_FOUND':
      return reply(e.productNotFound({}));
    case 'PRODUCT_UNAVAILABLE':
      return reply(e.productUnavailable({ product: shorten(error.details.productName, 80) }));
    case 'OUT_OF_STOCK':
      return reply(
        e.outOfStock({ product: shorten(error.details.productName, 80), count: error.details.available }),
      );
    case 'QUANTITY_INVALID':
      return reply(e.quantityInvalid({ max: error.details.max }));
    case 'CART_EMPTY':
      return reply(e.cartEmpty({}));
    case 'CART_LINE_NOT_FOUND':
      return reply(e.cartLineNotFound({}));
    case 'CART_CONFLICT':
      return reply(e.cartConflict({}), false);
    case 'CART_CHANGED':
      return reply(e.cartChanged({}), false);
    case 'DELIVERY_OPTION_UNKNOWN':
      return reply(e.deliveryUnknown({ options: deliveryNames(locale, scene.settings, 'or') }));
    case 'PAYMENT_DECLINED': {
      const reason = error.details.reason.trim();
      return reply(
        reason && reason.length <= 80 ? e.paymentDeclinedBecause({ reason }) : e.paymentDeclined({}),
      );
    }
    case 'PAYMENT_UNAVAILABLE':
      return reply(e.paymentUnavailable({}), false);
    case 'ORDER_NOT_FOUND':
      return reply(
        error.details.orderId
          ? locale.orders.notFound({ orderId: error.details.orderId })
          : locale.orders.noOrders({}),
      );
    case 'ORDER_NOT_CANCELLABLE': {
      const orderId = error.details.orderId;
      const reasons = {
        window_passed: 'tooLate',
        already_shipped: 'shipped',
        already_final: 'final',
      } as const;
      return reply(locale.orders[reasons[error.details.reason]]({ orderId }));
    }
    case 'ILLEGAL_TRANSITION':
      return reply(e.illegalTransition({}));
    case 'ACCOUNT_NOT_LINKED':
      return linkAccountAnswer(locale, state);
    case 'VOICE_CODE_WRONG': {
      // The reprompt says how to say a code and how many tries are left, not the generic help.
      const count = error.details.attemptsLeft;
      return ask(e.codeWrong({ count }), e.codeWrongReprompt({ count }), state);
    }
    case 'VOICE_CODE_LOCKED':
      return lockedAnswer(locale, state, error.details.until, now);
    case 'VOICE_CODE_REQUIRED':
      return ask(locale.checkout.askCode({}), locale.checkout.askCodeReprompt({}), codeAsked(scene.state));
    case 'NOTHING_TO_REORDER':
      return reply(locale.checkout.reorderNothingYet({}));
    case 'PRICE_CHANGED':
      return reply(e.priceChanged({ total: error.details.newTotal }), false);
    case 'STORE_NOT_CONFIGURED':
      return tell(e.storeNotConfigured({}), state);
    default:
      return assertNever(error);
  }
}

/** The pending order, now waiting for the voice code the customer set since it was read back. */
function codeAsked(state: DialogState): DialogState {
  const pending = state.pending;
  return pending?.kind === 'order'
    ? awaiting(state, { ...pending, stage: 'code', codeRequired: true })
    : settled(state);
}
