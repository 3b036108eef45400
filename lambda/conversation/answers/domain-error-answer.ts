/**
 * Every domain error as one spoken answer, never the error's own text. A wrong voice code or an
 * unknown delivery option leaves the question open; any other refusal closes it. Most refusals are
 * one sentence followed by "What else would you like?"; the account, the lockout and the store not
 * yet set up have answers of their own. The compiler rejects a code that is not mapped.
 */
import { assertNever, type AnyDomainError, type DomainErrorDetails } from '../../domain/errors';
import type { StoreSettings } from '../../domain/model';
import { deliveryNames } from '../checkout/delivery-names';
import { awaiting, settled, type DialogState } from '../dialog-state';
import type { Locale } from '../locales/locale';
import { ask, tell, type Answer } from '../reply';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import { linkAccountAnswer, lockedAnswer } from './account-refusals';

/** What the error answer may use. */
export interface ErrorScene {
  readonly locale: Locale;
  readonly state: DialogState;
  readonly settings?: StoreSettings;
  readonly now: Date;
}

/** A refusal said in one sentence; `followUp` adds "What else?" unless the sentence asks already. */
interface Refusal {
  readonly speech: Phrase;
  readonly followUp: boolean;
}

type CatalogOrCartError = Extract<
  AnyDomainError,
  {
    code:
      | 'INVALID_AMOUNT'
      | 'INVALID_INPUT'
      | 'PRODUCT_NOT_FOUND'
      | 'PRODUCT_UNAVAILABLE'
      | 'OUT_OF_STOCK'
      | 'QUANTITY_INVALID'
      | 'CART_EMPTY'
      | 'CART_LINE_NOT_FOUND'
      | 'CART_CONFLICT'
      | 'CART_CHANGED';
  }
>;
type CheckoutOrOrderError = Extract<
  AnyDomainError,
  {
    code:
      | 'DELIVERY_OPTION_UNKNOWN'
      | 'PAYMENT_DECLINED'
      | 'PAYMENT_UNAVAILABLE'
      | 'ORDER_NOT_FOUND'
      | 'ORDER_NOT_CANCELLABLE'
      | 'ORDER_NOT_AMENDABLE'
      | 'ILLEGAL_TRANSITION'
      | 'NOTHING_TO_REORDER'
      | 'PRICE_CHANGED';
  }
>;

const refusal = (speech: Phrase, followUp = true): Refusal => ({ speech, followUp });

/** Maps every domain error to its answer. */
export function domainErrorAnswer(error: AnyDomainError, scene: ErrorScene): Answer {
  const { locale } = scene;
  switch (error.code) {
    case 'ACCOUNT_NOT_LINKED':
      return linkAccountAnswer(locale, scene.state);
    case 'VOICE_CODE_WRONG': {
      // The reprompt says how to say a code and how many tries are left, not the generic help.
      const count = error.details.attemptsLeft;
      return ask(locale.errors.codeWrong({ count }), locale.errors.codeWrongReprompt({ count }), scene.state);
    }
    case 'VOICE_CODE_LOCKED':
      return lockedAnswer(locale, scene.state, error.details.until, scene.now);
    case 'VOICE_CODE_REQUIRED':
      return ask(locale.checkout.askCode(), locale.checkout.askCodeReprompt(), codeAsked(scene.state));
    case 'STORE_NOT_CONFIGURED':
      return tell(locale.errors.storeNotConfigured(), settled(scene.state));
    case 'INVALID_AMOUNT':
    case 'INVALID_INPUT':
    case 'PRODUCT_NOT_FOUND':
    case 'PRODUCT_UNAVAILABLE':
    case 'OUT_OF_STOCK':
    case 'QUANTITY_INVALID':
    case 'CART_EMPTY':
    case 'CART_LINE_NOT_FOUND':
    case 'CART_CONFLICT':
    case 'CART_CHANGED':
      return refusalAnswer(catalogOrCartRefusal(error, locale), scene);
    // An unknown option leaves the question open: the shopper can name another one.
    case 'DELIVERY_OPTION_UNKNOWN':
      return refusalAnswer(checkoutOrOrderRefusal(error, scene), { ...scene, keep: true });
    case 'PAYMENT_DECLINED':
    case 'PAYMENT_UNAVAILABLE':
    case 'ORDER_NOT_FOUND':
    case 'ORDER_NOT_CANCELLABLE':
    case 'ORDER_NOT_AMENDABLE':
    case 'ILLEGAL_TRANSITION':
    case 'NOTHING_TO_REORDER':
    case 'PRICE_CHANGED':
      return refusalAnswer(checkoutOrOrderRefusal(error, scene), scene);
    default:
      return assertNever(error);
  }
}

/**
 * A refusal closes the question (unless `keep`), then, unless the sentence already asks or
 * instructs, asks what else.
 */
function refusalAnswer({ speech, followUp }: Refusal, scene: ErrorScene & { keep?: boolean }): Answer {
  const { locale } = scene;
  const question = followUp && !speech.text.trim().endsWith('?');
  return ask(
    question ? sentences(speech, locale.common.whatElse()) : speech,
    locale.errors.reprompt(),
    scene.keep ? scene.state : settled(scene.state),
  );
}

/** Refusals about amounts, products and the cart. */
function catalogOrCartRefusal(error: CatalogOrCartError, locale: Locale): Refusal {
  const e = locale.errors;
  switch (error.code) {
    case 'INVALID_AMOUNT':
      return refusal(e.invalidAmount());
    case 'INVALID_INPUT':
      return refusal(error.details.field === 'code' ? locale.code.invalid() : e.invalidInput(), false);
    case 'PRODUCT_NOT_FOUND':
      return refusal(e.productNotFound());
    case 'PRODUCT_UNAVAILABLE':
      return refusal(e.productUnavailable({ product: shorten(error.details.productName, 80) }));
    case 'OUT_OF_STOCK': {
      const product = shorten(error.details.productName, 80);
      return refusal(e.outOfStock({ product, count: error.details.available }));
    }
    case 'QUANTITY_INVALID':
      return refusal(e.quantityInvalid({ max: error.details.max }));
    case 'CART_EMPTY':
      return refusal(e.cartEmpty());
    case 'CART_LINE_NOT_FOUND':
      return refusal(e.cartLineNotFound());
    case 'CART_CONFLICT':
      return refusal(e.cartConflict(), false);
    case 'CART_CHANGED':
      return refusal(e.cartChanged(), false);
    default:
      return assertNever(error);
  }
}

/** Refusals about delivery, payment, orders and reorders. */
function checkoutOrOrderRefusal(error: CheckoutOrOrderError, scene: ErrorScene): Refusal {
  const { locale } = scene;
  const e = locale.errors;
  switch (error.code) {
    case 'DELIVERY_OPTION_UNKNOWN':
      return refusal(e.deliveryUnknown({ options: deliveryNames(locale, scene.settings, 'or') }));
    case 'PAYMENT_DECLINED': {
      const reason = error.details.reason.trim();
      const known = reason && reason.length <= 80;
      return refusal(known ? e.paymentDeclinedBecause({ reason }) : e.paymentDeclined());
    }
    case 'PAYMENT_UNAVAILABLE':
      return refusal(e.paymentUnavailable(), false);
    case 'ORDER_NOT_FOUND': {
      const { orderId } = error.details;
      return refusal(orderId ? locale.orders.notFound({ orderId }) : locale.orders.noOrders());
    }
    case 'ORDER_NOT_CANCELLABLE': {
      const reasons = {
        window_passed: 'tooLate',
        already_shipped: 'shipped',
        already_final: 'final',
      } as const;
      return refusal(locale.orders[reasons[error.details.reason]]({ orderId: error.details.orderId }));
    }
    case 'ORDER_NOT_AMENDABLE':
      return refusal(notAmendable(locale, error.details));
    case 'ILLEGAL_TRANSITION':
      return refusal(e.illegalTransition());
    case 'NOTHING_TO_REORDER':
      return refusal(locale.checkout.reorderNothingYet());
    case 'PRICE_CHANGED':
      return refusal(e.priceChanged({ total: error.details.newTotal }), false);
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

/** Why an order can no longer take an addition: being packed, closed, or past its cutoff. */
export function notAmendable(locale: Locale, details: DomainErrorDetails['ORDER_NOT_AMENDABLE']): Phrase {
  const reasons = { packed: 'packed', final: 'closed', cutoff_passed: 'cutoffPassed' } as const;
  return locale.changes[reasons[details.reason]]({ orderId: details.orderId });
}
