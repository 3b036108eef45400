/**
 * en-US sentences for after the order: order updates and the consent to them, the store's notices,
 * the orders still open and the ones before, the cart left behind and the reminder offered for it.
 */
import type { Money, OrderStatus } from '../../domain/model';
import { characters, say, type Phrase, type SentenceArea } from '../speech/phrase';
import { countOf, moneyWords as money } from './english-phrasing';

const BRIEF: Readonly<Record<OrderStatus, string>> = {
  placed: 'placed',
  confirmed: 'confirmed',
  packed: 'packed',
  shipped: 'on its way',
  out_for_delivery: 'out for delivery',
  delivered: 'delivered',
  cancelled: 'cancelled',
  returned: 'returned',
};

/** Order updates, store notices, order history, the cart left behind and its reminder. */
export const notify = {
  askUpdates: () => say`I can tell you here when your order ships and when it arrives.`,
  updatesOn: () => say`Thanks. I'll let you know when your order moves. Anything else?`,
  updatesOff: () =>
    say`OK, no order updates. I've sent a card to the Alexa app in case you change your mind. Anything else?`,
  updatesNotAnswered: () =>
    say`I've sent a card to the Alexa app, so you can turn on order updates there. Anything else?`,
  updatesReprompt: () => say`You can say 'where's my order' any time, or tell me what else you need.`,
  storeCancelled: (p: { store: string; orderId: string }) =>
    say`A message from ${p.store}: order ${characters(p.orderId)} was cancelled by the store. Say 'talk to a person' if you have questions.`,
  openCount: (p: { count: number }) => say`You have ${countOf(p.count, 'open order')}.`,
  openCountNewest: (p: { count: number }) =>
    say`You have ${countOf(p.count, 'open order')}. The newest three:`,
  openOrder: (p: { orderId: string; status: OrderStatus; when: string }) =>
    say`Order ${characters(p.orderId)}, ${BRIEF[p.status]}, expected ${p.when}.`,
  openOrderLate: (p: { orderId: string; status: OrderStatus; when: string }) =>
    say`Order ${characters(p.orderId)}, ${BRIEF[p.status]}, running late: it was expected ${p.when}.`,
  openReprompt: () => say`Say an order number to hear more about it, or keep shopping.`,
  lastOrder: (p: { when: string; count: number; items: Phrase; total: Money }) =>
    say`Last time, ${p.when}, you ordered ${countOf(p.count, 'item')}: ${p.items}, for ${money(p.total)}.`,
  lastOrderReprompt: () => say`You can say 'reorder my last order', or keep shopping.`,
  recentCount: (p: { count: number }) =>
    p.count === 1 ? say`You have one order so far.` : say`Your last ${p.count} orders:`,
  recentOrder: (p: { orderId: string; when: string; count: number; total: Money; status: OrderStatus }) =>
    say`Order ${characters(p.orderId)}, ${p.when}, ${countOf(p.count, 'item')}, ${money(p.total)}, ${BRIEF[p.status]}.`,
  welcomeBackStore: (p: { store: string }) => say`Welcome back to ${p.store}.`,
  cartLeft: (p: { count: number; subtotal: Money }) =>
    say`You left ${countOf(p.count, 'item')}, ${money(p.subtotal)}, in your cart. Hear them?`,
  reminderOffer: (p: { count: number }) =>
    say`Your ${countOf(p.count, 'item')} will stay in your cart. Want a reminder tomorrow evening?`,
  reminderOfferReprompt: () => say`Say yes for a reminder tomorrow evening, or no to leave it.`,
  reminderAsk: () => say`To set a reminder, I need your permission.`,
  reminderSet: (p: { time: string }) => say`Done. I'll remind you tomorrow at ${p.time}. Goodbye.`,
  reminderNoPermission: () =>
    say`I can't set reminders without your permission; I've sent a card to the Alexa app to allow them. Your cart is kept. Goodbye.`,
  reminderFailed: () => say`I couldn't set the reminder just now. Your cart is kept for next time. Goodbye.`,
  reminderText: (p: { store: string }) => say`Your cart at ${p.store} is waiting for you.`,
} satisfies SentenceArea;
