/**
 * Sentence keys for store questions, reaching a person, the voice code, and one sentence per
 * domain error.
 */
import type { Say } from './locale';

/** Returns, warranty, delivery, hours and the handoff to a person. */
export interface StoreSentences {
  readonly returns: Say<'text'>;
  readonly warranty: Say<'text'>;
  readonly noPolicy: Say;
  readonly deliveryOptions: Say<'options'>;
  readonly freeDelivery: Say<'option' | 'price'>;
  readonly hoursToday: Say<'opens' | 'closes'>;
  readonly closedToday: Say;
  readonly hoursTomorrow: Say<'opens' | 'closes'>;
  readonly closedTomorrow: Say;
  readonly question: Say;
  readonly reprompt: Say;
  readonly handoff: Say<'ticketId' | 'hours' | 'phone'>;
  readonly handoffReprompt: Say;
}

/** Setting and changing the voice code. */
export interface CodeSentences {
  readonly notAsked: Say;
  readonly askCurrent: Say;
  readonly askNew: Say;
  readonly askNewReprompt: Say;
  readonly confirmNew: Say<'code'>;
  readonly confirmNewReprompt: Say;
  readonly set: Say;
  readonly notSet: Say;
  readonly invalid: Say;
}

/** One sentence per domain error code (orders and lockout reuse their own areas' sentences). */
export interface ErrorSentences {
  readonly invalidAmount: Say;
  readonly invalidInput: Say;
  readonly productNotFound: Say;
  readonly productUnavailable: Say<'product'>;
  readonly outOfStock: Say<'product' | 'count'>;
  readonly quantityInvalid: Say<'max'>;
  readonly cartEmpty: Say;
  readonly cartLineNotFound: Say;
  readonly cartConflict: Say;
  readonly cartChanged: Say;
  readonly deliveryUnknown: Say<'options'>;
  readonly paymentDeclined: Say;
  readonly paymentDeclinedBecause: Say<'reason'>;
  readonly paymentUnavailable: Say;
  readonly illegalTransition: Say;
  readonly codeWrong: Say<'count'>;
  readonly codeWrongReprompt: Say<'count'>;
  readonly priceChanged: Say<'total'>;
  readonly storeNotConfigured: Say;
  readonly reprompt: Say;
}
