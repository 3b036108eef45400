/**
 * Every domain error code becomes one specific spoken sentence through the core's one switch (the
 * table below must name every code, or it does not compile), never the error's own text; only a
 * wrong voice code or an unknown delivery option leaves the pending question open, and a code now
 * required turns the pending order into a question for the code.
 */
import { domainErrorAnswer } from '../../lambda/conversation/answers/domain-error-answer';
import type { DialogState } from '../../lambda/conversation/dialog-state';
import { enUS } from '../../lambda/conversation/locales/en-us';
import { toReply } from '../../lambda/conversation/reply';
import { DomainError, type AnyDomainError, type DomainErrorCode } from '../../lambda/domain/errors';
import { FIXTURE_NOW, FIXTURE_SETTINGS } from './support/fixture-store';
import { checkReply } from './support/session';

const usd = (amount: number) => ({ amount, currency: 'USD' });
/** The developer-facing message every error below carries: it must never be spoken. */
const INTERNAL = 'internal detail for logs';

const CASES: { readonly [C in DomainErrorCode]: readonly [AnyDomainError, string] } = {
  INVALID_AMOUNT: [new DomainError('INVALID_AMOUNT', INTERNAL), "Something didn't add up with that price"],
  INVALID_INPUT: [
    new DomainError('INVALID_INPUT', INTERNAL, { field: 'code' }),
    'A voice code is exactly four digits.',
  ],
  PRODUCT_NOT_FOUND: [
    new DomainError('PRODUCT_NOT_FOUND', INTERNAL, { sku: 'S1' }),
    "I couldn't find that product in the store anymore.",
  ],
  PRODUCT_UNAVAILABLE: [
    new DomainError('PRODUCT_UNAVAILABLE', INTERNAL, { sku: 'S1', productName: 'Tom & <Jerry> Mix' }),
    "Tom & <Jerry> Mix isn't available anymore.",
  ],
  OUT_OF_STOCK: [
    new DomainError('OUT_OF_STOCK', INTERNAL, { sku: 'S1', productName: 'Eggs', available: 0 }),
    'Sorry, Eggs is sold out right now.',
  ],
  QUANTITY_INVALID: [
    new DomainError('QUANTITY_INVALID', INTERNAL, { min: 1, max: 20, requested: 0 }),
    'You can have between 1 and 20 of one product.',
  ],
  CART_EMPTY: [
    new DomainError('CART_EMPTY', INTERNAL),
    "Your cart is empty, so there's nothing to check out yet.",
  ],
  CART_LINE_NOT_FOUND: [
    new DomainError('CART_LINE_NOT_FOUND', INTERNAL, { sku: 'S1' }),
    "That isn't in your cart.",
  ],
  CART_CONFLICT: [
    new DomainError('CART_CONFLICT', INTERNAL),
    'Your cart changed somewhere else at the same moment.',
  ],
  CART_CHANGED: [
    new DomainError('CART_CHANGED', INTERNAL),
    "Your cart changed since I read it back, so I didn't place the order.",
  ],
  DELIVERY_OPTION_UNKNOWN: [
    new DomainError('DELIVERY_OPTION_UNKNOWN', INTERNAL, { optionId: 'drone' }),
    "I don't know that delivery option. You can choose Standard delivery, Express delivery, or Store pickup.",
  ],
  PAYMENT_DECLINED: [
    new DomainError('PAYMENT_DECLINED', INTERNAL, { reason: 'insufficient funds' }),
    'The payment was declined (insufficient funds)',
  ],
  PAYMENT_UNAVAILABLE: [
    new DomainError('PAYMENT_UNAVAILABLE', INTERNAL),
    "I couldn't reach the payment service",
  ],
  ORDER_NOT_FOUND: [
    new DomainError('ORDER_NOT_FOUND', INTERNAL, { orderId: '555' }),
    "I couldn't find order 555 on your account.",
  ],
  ORDER_NOT_CANCELLABLE: [
    new DomainError('ORDER_NOT_CANCELLABLE', INTERNAL, { orderId: '555', reason: 'already_shipped' }),
    "Order 555 has already shipped, so I can't cancel it.",
  ],
  ORDER_NOT_AMENDABLE: [
    new DomainError('ORDER_NOT_AMENDABLE', INTERNAL, { orderId: '555', reason: 'cutoff_passed' }),
    "It's past the time for changes to order 555, so I can't add to it.",
  ],
  ILLEGAL_TRANSITION: [
    new DomainError('ILLEGAL_TRANSITION', INTERNAL, { from: 'delivered', to: 'packed' }),
    "That order can't be changed now.",
  ],
  ACCOUNT_NOT_LINKED: [new DomainError('ACCOUNT_NOT_LINKED', INTERNAL), 'please link your account'],
  VOICE_CODE_WRONG: [
    new DomainError('VOICE_CODE_WRONG', INTERNAL, { attemptsLeft: 2 }),
    "That code isn't right; you have 2 tries left.",
  ],
  VOICE_CODE_LOCKED: [
    new DomainError('VOICE_CODE_LOCKED', INTERNAL, {
      until: new Date(FIXTURE_NOW.getTime() + 14.5 * 60_000).toISOString(),
    }),
    'Purchases are locked for 15 more minutes',
  ],
  VOICE_CODE_REQUIRED: [
    new DomainError('VOICE_CODE_REQUIRED', INTERNAL),
    "What's your four-digit voice code?",
  ],
  NOTHING_TO_REORDER: [new DomainError('NOTHING_TO_REORDER', INTERNAL), "You haven't ordered anything yet"],
  PRICE_CHANGED: [
    new DomainError('PRICE_CHANGED', INTERNAL, { newTotal: usd(1234) }),
    'The total changed to 12 dollars and 34 cents since I read it',
  ],
  STORE_NOT_CONFIGURED: [
    new DomainError('STORE_NOT_CONFIGURED', INTERNAL),
    "This store isn't taking orders yet.",
  ],
};

const STATE: DialogState = {
  customerId: 'cust-1',
  rate: 100,
  pending: { kind: 'order', stage: 'code', key: 'k', total: 100, optionId: 'standard', codeRequired: true },
};

describe.each(Object.entries(CASES))('%s', (code, [error, sentence]) => {
  const answer = domainErrorAnswer(error, {
    locale: enUS,
    state: STATE,
    settings: FIXTURE_SETTINGS,
    now: FIXTURE_NOW,
  });
  const reply = toReply(answer, 'YesIntent', enUS);

  it('is one specific sentence, well-formed, never the error text', () => {
    checkReply(reply);
    expect(reply.speech.text).toContain(sentence);
    expect(reply.speech.text).not.toContain(INTERNAL);
  });

  it('keeps the question open only for a wrong code, a code now required or an unknown option', () => {
    const keeps = ['VOICE_CODE_WRONG', 'VOICE_CODE_REQUIRED', 'DELIVERY_OPTION_UNKNOWN'].includes(code);
    if (reply.endSession) expect(reply.state).toEqual({});
    else expect((reply.state as DialogState).pending !== undefined).toBe(keeps);
  });
});

it('every code has its own sentence', () => {
  const texts = Object.values(CASES).map(
    ([error]) =>
      toReply(domainErrorAnswer(error, { locale: enUS, state: {}, now: FIXTURE_NOW }), 'HelpIntent', enUS)
        .speech.text,
  );
  expect(new Set(texts).size).toBe(texts.length);
});
