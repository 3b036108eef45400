/**
 * en-US sentences for what happens after an order is placed: adding to it, a return or refund for
 * something wrong with a delivery, and reaching a person who gets back to the shopper.
 */
import type { Money } from '../../domain/model';
import { characters, say, telephone, type Phrase, type SentenceArea } from '../speech/phrase';
import { moneyWords as money } from './english-phrasing';

/** Adding to a placed order. */
export const changes = {
  whatToAdd: () => say`What would you like to add to your order?`,
  whatToAddReprompt: () => say`Say the product, for example 'add milk to my order'.`,
  confirmAdd: (p: { items: Phrase; orderId: string; price: Money; total: Money }) =>
    say`I'll add ${p.items}, for ${money(p.price)}, to order ${characters(p.orderId)}. The new total is ${money(p.total)}. Shall I add it?`,
  confirmAddReprompt: (p: { total: Money }) =>
    say`Say yes to add it for a new total of ${money(p.total)}, or no to leave the order as it is.`,
  added: (p: { items: Phrase; orderId: string; total: Money }) =>
    say`Done: ${p.items} added to order ${characters(p.orderId)}. The new total is ${money(p.total)}. Anything else?`,
  notAdded: () => say`OK, I left the order as it was. Anything else?`,
  cartInstead: () => say`Shall I put it there?`,
  cartInsteadReprompt: () => say`Say yes to put it in your cart for a new order, or no to leave it.`,
  packed: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} is already being packed, so I can't add to it. You can put it in your cart for a new order instead.`,
  closed: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} is closed, so I can't add to it. You can put it in your cart for a new order instead.`,
  cutoffPassed: (p: { orderId: string }) =>
    say`It's past the time for changes to order ${characters(p.orderId)}, so I can't add to it. You can put it in your cart for a new order instead.`,
} satisfies SentenceArea;

/** Something wrong with a delivery: returns and refunds. */
export const returns = {
  confirmRequest: (p: { items: Phrase; orderId: string; problem: Phrase }) =>
    say`You'd like a refund for ${p.items} from order ${characters(p.orderId)}, ${p.problem}. Shall I send the request to the store?`,
  confirmRequestReprompt: () => say`Say yes to send the request, or no to leave it.`,
  broken: () => say`because it arrived damaged`,
  missing: () => say`because it was missing`,
  spoiled: () => say`because it was spoiled`,
  wrongItem: () => say`because it was the wrong item`,
  unwanted: () => say`to return it`,
  sent: (p: { ticketId: string }) =>
    say`I've sent your request; its number is ${characters(p.ticketId)}. The store will tell you how it refunds you. To hear how it's going, say 'what's happening with my return'.`,
  notSent: () => say`OK, I didn't send anything. Anything else?`,
  whichItem: () => say`Which item was it? For example, say 'the eggs were broken'.`,
  whichItemReprompt: () => say`Name the item from your order, like 'my milk was missing'.`,
  notOrdered: (p: { product: string }) =>
    say`I couldn't find ${p.product} in your recent orders. Say 'talk to a person' if something else went wrong.`,
  notDelivered: (p: { product: string; orderId: string }) =>
    say`Order ${characters(p.orderId)}, with ${p.product}, hasn't been delivered yet, so there's nothing to return. Say 'where's my order' to hear where it is.`,
  windowPassed: (p: { product: string; count: number }) =>
    say`${p.product} can be returned within ${p.count} ${p.count === 1 ? 'day' : 'days'} of delivery, and that time has passed.`,
  noPolicy: () => say`This store hasn't set a return policy yet.`,
  toPerson: () => say`Say 'talk to a person' and someone from the store will help.`,
  status: (p: { product: string; orderId: string; state: Phrase }) =>
    say`Your request about ${p.product} from order ${characters(p.orderId)} ${p.state}.`,
  requested: () => say`is with the store`,
  approved: () => say`was approved`,
  refunded: () => say`was refunded`,
  declined: () => say`was declined; say 'talk to a person' to hear why`,
  noRequests: () => say`You haven't asked for any returns or refunds. Anything else?`,
} satisfies SentenceArea;

/** Reaching a person who gets back to the shopper. */
export const person = {
  howToReach: () =>
    say`I'll ask the store's team to get back to you. Should they call you, or send you a message? You can add when suits you: morning, afternoon or evening.`,
  /** Said before howToReach when the shopper asked for something about the delivery itself. */
  deliveryByTeam: () =>
    say`I can't change the address or pass a note to the driver myself, but the store's team can.`,
  howToReachReprompt: () =>
    say`Say 'call me', or 'send me a message', and when, like 'call me in the morning'.`,
  ticket: (p: { ticketId: string }) => say`Done; your ticket number is ${characters(p.ticketId)}.`,
  openNow: (p: { method: Phrase }) => say`The team is in now; someone will ${p.method} soon.`,
  opensLater: (p: { opens: string; day: Phrase; method: Phrase }) =>
    say`We open at ${p.opens} ${p.day}; someone will ${p.method} after that.`,
  noHours: (p: { method: Phrase }) =>
    say`The store hasn't said when its team is in, so I can't say when, but someone will ${p.method}.`,
  call: () => say`call you`,
  message: () => say`send you a message`,
  inMorning: (p: { method: Phrase }) => say`${p.method} in the morning`,
  inAfternoon: (p: { method: Phrase }) => say`${p.method} in the afternoon`,
  inEvening: (p: { method: Phrase }) => say`${p.method} in the evening`,
  today: () => say`today`,
  tomorrow: () => say`tomorrow`,
  onDay: (p: { weekday: string }) => say`on ${p.weekday}`,
  cannotReach: (p: { phone: string }) =>
    say`Your account isn't linked, so I can't give the store a way to reach you. You can call them at ${telephone(p.phone)}, or link your account in the app and ask me again.`,
  notAsking: () =>
    say`I wasn't arranging a call. Say 'talk to a person' if you'd like someone to get back to you.`,
} satisfies SentenceArea;
