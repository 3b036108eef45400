/**
 * en-GB sentences for shop questions, the handoff, the voice code, the shopper's data and errors:
 * the en-US ones, except where British English says it differently.
 */
import type { Money } from '../../domain/model';
import { say } from '../speech/phrase';
import {
  errors as usErrors,
  platform as usPlatform,
  privacy as usPrivacy,
  store as usStore,
} from './en-us-store';
import { countOf, moneyWords as money } from './english-phrasing';

/** Shop questions and reaching a person. */
export const store = {
  ...usStore,
  noPolicy: () => say`I haven't got that written down. Say 'talk to a person' and our team will answer.`,
  reprompt: () =>
    say`You can ask about returns, guarantees, delivery, paying or opening hours, or search for a product.`,
  payByCardOnFile: (p: { store: string }) =>
    say`${p.store} charges the card you keep on file with the shop when your order is placed. I never ask for card details.`,
  payAskStore: () => say`The shop takes payment itself, and I never ask for card details.`,
  handoffReprompt: () => say`In the meantime, you can carry on shopping. What would you like?`,
} satisfies typeof usStore;

/** The shopper's data. */
export const privacy = {
  ...usPrivacy,
  summary: (p: Parameters<typeof usPrivacy.summary>[0]) =>
    say`Here's what this shop keeps about you: ${p.items}.`,
  nothingKept: () => say`This shop doesn't keep anything about you yet. What would you like?`,
  keptCart: (p: { count: number }) => say`your basket, with ${countOf(p.count, 'item')}`,
  howToDelete: () =>
    say`To erase it, say 'delete my data'. Your orders stay with the shop as its legal record, without your name.`,
  summaryReprompt: () => say`Say 'delete my data' to erase it, or carry on shopping.`,
  confirmDelete: () =>
    say`This erases your profile, your basket, your voice code and your requests to talk to a person, and unlinks this device. Your past orders stay with the shop as its legal record, without your name on them. Shall I delete your data?`,
} satisfies typeof usPrivacy;

/** One sentence per domain error. */
export const errors = {
  ...usErrors,
  productNotFound: () => say`I couldn't find that product in the shop any more.`,
  productUnavailable: (p: { product: string }) => say`${p.product} isn't available any more.`,
  outOfStock: (p: { product: string; count: number }) =>
    p.count > 0
      ? say`There ${p.count === 1 ? 'is' : 'are'} only ${p.count} of ${p.product} left.`
      : say`Sorry, ${p.product} is sold out at the moment.`,
  cartEmpty: () => say`Your basket's empty, so there's nothing to check out yet.`,
  cartLineNotFound: () => say`That isn't in your basket.`,
  cartConflict: () => say`Your basket changed somewhere else at the same moment. Please say that again.`,
  cartChanged: () =>
    say`Your basket changed after I read it back, so I didn't place the order. Say 'check out' to hear it again.`,
  paymentDeclined: () =>
    say`The payment was declined, so I didn't place the order; your basket is unchanged.`,
  paymentDeclinedBecause: (p: { reason: string }) =>
    say`The payment was declined (${p.reason}), so I didn't place the order; your basket is unchanged.`,
  priceChanged: (p: { total: Money }) =>
    say`The total changed to ${money(p.total)} after I read it, so I didn't place the order. Say 'check out' to hear it again.`,
  storeNotConfigured: () => say`This shop isn't taking orders yet. Please try again later.`,
  reprompt: () => say`You can search for a product, hear your basket, or say 'help'.`,
} satisfies typeof usErrors;

/** What the platform adapters say in situations of their own. */
export const platform = {
  ...usPlatform,
  apologyReprompt: () => say`You can ask me for a product, ask what's in your basket, or say help.`,
} satisfies typeof usPlatform;
