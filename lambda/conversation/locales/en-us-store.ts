/**
 * en-US sentences for store questions, the handoff, the voice code, domain errors, and what the
 * platform adapters say themselves (their apology, where the link card went).
 */
import type { Money } from '../../domain/model';
import { characters, say, telephone, type Phrase, type SentenceArea } from '../speech/phrase';
import { countOf, moneyWords as money } from './english-phrasing';

/** Store questions and reaching a person. */
export const store = {
  returns: (p: { text: string }) => say`${p.text}`,
  warranty: (p: { text: string }) => say`${p.text}`,
  substitutions: (p: { text: string }) => say`${p.text}`,
  location: (p: { store: string; address: string }) => say`${p.store} is at ${p.address}.`,
  noPolicy: () => say`I don't have that written down. Say 'talk to a person' and our team will answer.`,
  deliveryOptions: (p: { options: Phrase }) => say`If you order now, you can have ${p.options}.`,
  freeDelivery: (p: { option: string; price: Money }) =>
    say`${p.option} is free on orders of ${money(p.price)} or more.`,
  hoursToday: (p: { opens: string; closes: string }) => say`Today we're open from ${p.opens} to ${p.closes}.`,
  closedToday: () => say`We're closed today.`,
  hoursTomorrow: (p: { opens: string; closes: string }) =>
    say`Tomorrow we're open from ${p.opens} to ${p.closes}.`,
  closedTomorrow: () => say`Tomorrow we're closed.`,
  payOnDelivery: () =>
    say`You pay when your order arrives, or when you pick it up; nothing is charged when you order, and I never ask for card details.`,
  payByCardOnFile: (p: { store: string }) =>
    say`${p.store} charges the card you keep on file with the store when your order is placed. I never ask for card details.`,
  payAskStore: () => say`The store takes payment itself, and I never ask for card details.`,
  payOtherWays: () => say`To ask about other ways to pay, say 'talk to a person'.`,
  contact: (p: { store: string; phone: string; hours: string }) =>
    say`You can call ${p.store} at ${telephone(p.phone)}; they answer ${p.hours}. Or say 'talk to a person', and I'll ask them to contact you.`,
  question: () => say`What else would you like to know?`,
  reprompt: () =>
    say`You can ask about returns, warranty, delivery, paying or opening hours, or search for a product.`,
  handoff: (p: { ticketId: string; hours: string; phone: string }) =>
    say`I've asked our team to contact you; your ticket number is ${characters(p.ticketId)}. They answer ${p.hours}, or you can call ${telephone(p.phone)}.`,
  handoffReprompt: () => say`Meanwhile, you can keep shopping. What would you like?`,
  notSetUp: () =>
    say`This store isn't taking orders yet, but I can tell you what it sells. What would you like to find?`,
  noHoursSet: () => say`This store hasn't said when it's open yet.`,
  noDeliverySet: () => say`This store hasn't set up delivery yet.`,
} satisfies SentenceArea;

/** The voice code. */
export const code = {
  notAsked: () => say`I wasn't asking for a voice code. To set one, say 'set my voice code'.`,
  askCurrent: () => say`First, say your current voice code.`,
  askNew: () => say`What four digits would you like as your voice code?`,
  askNewReprompt: () => say`Say four digits, one at a time. Pick ones others won't guess.`,
  confirmNew: (p: { code: Phrase }) => say`I heard ${p.code}. Shall I make that your voice code?`,
  confirmNewReprompt: () => say`Say yes to save this code, or no to leave your code as it was.`,
  set: () => say`Your voice code is set. I'll ask for it before every purchase. Anything else?`,
  notSet: () => say`OK, I didn't change your voice code. What would you like?`,
  invalid: () => say`A voice code is exactly four digits. Please say four digits.`,
} satisfies SentenceArea;

/** The shopper's data: what the store keeps about them, and erasing it. */
export const privacy = {
  summary: (p: { items: Phrase }) => say`Here's what this store keeps about you: ${p.items}.`,
  nothingKept: () => say`This store doesn't keep anything about you yet. What would you like?`,
  keptCart: (p: { count: number }) => say`your cart, with ${countOf(p.count, 'item')}`,
  keptOrders: (p: { count: number }) => say`${countOf(p.count, 'order')}`,
  keptNameAddress: () => say`your name and delivery address`,
  keptVoiceCode: () => say`your voice code, stored scrambled so nobody can read it`,
  keptSpeechRate: () => say`how fast you like me to talk`,
  keptRequests: (p: { count: number }) => say`${countOf(p.count, 'request')} to talk to a person`,
  keptLink: () => say`that this device is linked to your store account`,
  howToDelete: () =>
    say`To erase it, say 'delete my data'. Your orders stay with the store as its legal record, without your name.`,
  summaryReprompt: () => say`Say 'delete my data' to erase it, or keep shopping.`,
  confirmDelete: () =>
    say`This erases your profile, your cart, your voice code and your requests to talk to a person, and unlinks this device. Your past orders stay with the store as its legal record, without your name on them. Shall I delete your data?`,
  confirmDeleteReprompt: () => say`Say yes to delete your data, or no to keep it.`,
  deleted: () => say`Done. I've deleted your data, so next time you'll start fresh. Goodbye.`,
  notDeleted: () => say`OK, I haven't deleted anything. What would you like?`,
} satisfies SentenceArea;

/** One sentence per domain error. */
export const errors = {
  invalidAmount: () => say`Something didn't add up with that price, so I stopped, and nothing was charged.`,
  invalidInput: () => say`I couldn't use that value. Please try saying it another way.`,
  productNotFound: () => say`I couldn't find that product in the store anymore.`,
  productUnavailable: (p: { product: string }) => say`${p.product} isn't available anymore.`,
  outOfStock: (p: { product: string; count: number }) =>
    p.count > 0
      ? say`There ${p.count === 1 ? 'is' : 'are'} only ${p.count} of ${p.product} left.`
      : say`Sorry, ${p.product} is sold out right now.`,
  quantityInvalid: (p: { max: number }) => say`You can have between 1 and ${p.max} of one product.`,
  cartEmpty: () => say`Your cart is empty, so there's nothing to check out yet.`,
  cartLineNotFound: () => say`That isn't in your cart.`,
  cartConflict: () => say`Your cart changed somewhere else at the same moment. Please say that again.`,
  cartChanged: () =>
    say`Your cart changed since I read it back, so I didn't place the order. Say 'check out' to hear it again.`,
  deliveryUnknown: (p: { options: Phrase }) =>
    say`I don't know that delivery option. You can choose ${p.options}.`,
  paymentDeclined: () => say`The payment was declined, so I didn't place the order; your cart is unchanged.`,
  paymentDeclinedBecause: (p: { reason: string }) =>
    say`The payment was declined (${p.reason}), so I didn't place the order; your cart is unchanged.`,
  paymentUnavailable: () =>
    say`I couldn't reach the payment service, so nothing was ordered. Please try again in a minute.`,
  illegalTransition: () => say`That order can't be changed now.`,
  codeWrong: (p: { count: number }) =>
    say`That code isn't right; you have ${countOf(p.count, 'try', 'tries')} left. What's your voice code?`,
  codeWrongReprompt: (p: { count: number }) =>
    say`Say the four digits of your voice code, one at a time, for example four, eight, two, one. You have ${countOf(p.count, 'try', 'tries')} left.`,
  priceChanged: (p: { total: Money }) =>
    say`The total changed to ${money(p.total)} since I read it, so I didn't place the order. Say 'check out' to hear it again.`,
  storeNotConfigured: () => say`This store isn't taking orders yet. Please try again later.`,
  reprompt: () => say`You can search for a product, hear your cart, or say 'help'.`,
} satisfies SentenceArea;

/** What the platform adapters say in situations of their own. */
export const platform = {
  /** A request that cannot be read, or a failure outside the conversation: the session stays open. */
  apology: () => say`Sorry, something went wrong on my side. Please say that again.`,
  apologyReprompt: () => say`You can ask me for a product, ask what is in your cart, or say help.`,
  /** Said after the account-linking sentence by a platform that sends its link card to its app. */
  linkCardSent: () => say`I've sent a card to your Alexa app to do that.`,
} satisfies SentenceArea;
