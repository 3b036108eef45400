/**
 * en-IN sentences: the en-US ones, except where Indian English says it differently: the examples a
 * shopper is offered (atta, toor dal, prices in rupees), "customer care" for the people who answer,
 * an order "shipped" or "delivered".
 */
import { characters, say, telephone } from '../speech/phrase';
import { checkout as usCheckout, orders as usOrders } from './en-us-commerce';
import { common as usCommon, help as usHelp, list as usList } from './en-us-shopping';
import { store as usStore } from './en-us-store';

/** Opening, closing, navigation and speech rate. */
export const common = {
  ...usCommon,
  welcomeReprompt: () => say`You can say 'find atta', 'what is in my cart', or 'where is my order'.`,
} satisfies typeof usCommon;

/** Help for where the shopper is. */
export const help = {
  ...usHelp,
  home: () =>
    say`You can say 'find atta', 'what is in my cart', 'check out', 'where is my order', 'set my voice code', or 'talk to customer care'. What would you like?`,
  voiceCode: () =>
    say`I need your four-digit voice code before I place the order. Say the four digits, or say 'talk to customer care' if you have forgotten it.`,
} satisfies typeof usHelp;

/** Search results and moving through a list. */
export const list = {
  ...usList,
  noMatchReprompt: () => say`Say a product name, for example 'onions' or 'toor dal'.`,
  endOfTop: (p: { count: number; more: number }) =>
    say`Those were the top ${p.count}, and ${p.more} more matched. To narrow it down, add a brand or a price, like 'rice under 500 rupees'.`,
} satisfies typeof usList;

/** Delivery choice, read-back, confirmation. */
export const checkout = {
  ...usCheckout,
  payOnDelivery: () => say`You can pay when it is delivered.`,
} satisfies typeof usCheckout;

/** Tracking and cancelling. */
export const orders = {
  ...usOrders,
  tooLate: (p: { orderId: string }) =>
    say`It's too late to cancel order ${characters(p.orderId)}: the time to cancel is over. Say 'talk to customer care' if you need help.`,
  shipped: (p: { orderId: string }) =>
    say`Order ${characters(p.orderId)} has already been shipped, so I can't cancel it. Say 'talk to customer care' to arrange a return.`,
} satisfies typeof usOrders;

/** Store questions and reaching a person. */
export const store = {
  ...usStore,
  noPolicy: () => say`I don't have that written down. Say 'talk to customer care' and our team will answer.`,
  handoff: (p: Parameters<typeof usStore.handoff>[0]) =>
    say`I've asked our customer care team to contact you; your ticket number is ${characters(p.ticketId)}. They answer ${p.hours}, or you can call ${telephone(p.phone)}.`,
} satisfies typeof usStore;
