/**
 * en-US sentences for store questions, the handoff, the voice code and domain errors.
 */
import { characters, say, telephone } from '../speech/phrase';
import { countOf, moneyWords as money } from '../speech/english';
import type { CodeSentences, ErrorSentences, StoreSentences } from './sentences-store';

/** Store questions and reaching a person. */
export const store: StoreSentences = {
  returns: (p) => say`${p.text}`,
  warranty: (p) => say`${p.text}`,
  noPolicy: () => say`I don't have that written down. Say 'talk to a person' and our team will answer.`,
  deliveryOptions: (p) => say`If you order now, you can have ${p.options}.`,
  freeDelivery: (p) => say`${p.option} is free on orders of ${money(p.price)} or more.`,
  hoursToday: (p) => say`Today we're open from ${p.opens} to ${p.closes}.`,
  closedToday: () => say`We're closed today.`,
  hoursTomorrow: (p) => say`Tomorrow we're open from ${p.opens} to ${p.closes}.`,
  closedTomorrow: () => say`Tomorrow we're closed.`,
  question: () => say`What else would you like to know?`,
  reprompt: () =>
    say`You can ask about returns, warranty, delivery or opening hours, or search for a product.`,
  handoff: (p) =>
    say`I've asked our team to contact you; your ticket number is ${characters(p.ticketId)}. They answer ${p.hours}, or you can call ${telephone(p.phone)}.`,
  handoffReprompt: () => say`Meanwhile, you can keep shopping. What would you like?`,
};

/** The voice code. */
export const code: CodeSentences = {
  notAsked: () => say`I wasn't asking for a voice code. To set one, say 'set my voice code'.`,
  askCurrent: () => say`First, say your current voice code.`,
  askNew: () => say`What four digits would you like as your voice code?`,
  askNewReprompt: () => say`Say four digits, one at a time. Pick ones others won't guess.`,
  confirmNew: (p) => say`I heard ${p.code}. Shall I make that your voice code?`,
  confirmNewReprompt: () => say`Say yes to save this code, or no to leave your code as it was.`,
  set: () => say`Your voice code is set. I'll ask for it before every purchase. Anything else?`,
  notSet: () => say`OK, I didn't change your voice code. What would you like?`,
  invalid: () => say`A voice code is exactly four digits. Please say four digits.`,
};

/** One sentence per domain error. */
export const errors: ErrorSentences = {
  invalidAmount: () => say`Something didn't add up with that price, so I stopped, and nothing was charged.`,
  invalidInput: () => say`I couldn't use that value. Please try saying it another way.`,
  productNotFound: () => say`I couldn't find that product in the store anymore.`,
  productUnavailable: (p) => say`${p.product} isn't available anymore.`,
  outOfStock: (p) =>
    p.count > 0
      ? say`There ${p.count === 1 ? 'is' : 'are'} only ${p.count} of ${p.product} left.`
      : say`Sorry, ${p.product} is sold out right now.`,
  quantityInvalid: (p) => say`You can have between 1 and ${p.max} of one product.`,
  cartEmpty: () => say`Your cart is empty, so there's nothing to check out yet.`,
  cartLineNotFound: () => say`That isn't in your cart.`,
  cartConflict: () => say`Your cart changed somewhere else at the same moment. Please say that again.`,
  cartChanged: () =>
    say`Your cart changed since I read it back, so I didn't place the order. Say 'check out' to hear it again.`,
  deliveryUnknown: (p) => say`I don't know that delivery option. You can choose ${p.options}.`,
  paymentDeclined: () => say`The payment was declined, so I didn't place the order; your cart is unchanged.`,
  paymentDeclinedBecause: (p) =>
    say`The payment was declined (${p.reason}), so I didn't place the order; your cart is unchanged.`,
  paymentUnavailable: () =>
    say`I couldn't reach the payment service, so nothing was ordered. Please try again in a minute.`,
  illegalTransition: () => say`That order can't be changed now.`,
  codeWrong: (p) =>
    say`That code isn't right; you have ${countOf(p.count, 'try', 'tries')} left. What's your voice code?`,
  codeWrongReprompt: (p) =>
    say`Say the four digits of your voice code, one at a time, for example four, eight, two, one. You have ${countOf(p.count, 'try', 'tries')} left.`,
  priceChanged: (p) =>
    say`The total changed to ${money(p.total)} since I read it, so I didn't place the order. Say 'check out' to hear it again.`,
  storeNotConfigured: () => say`This store isn't taking orders yet. Please try again later.`,
  reprompt: () => say`You can search for a product, hear your cart, or say 'help'.`,
};
