/**
 * en-GB sentences for the session, help, lists and products: the en-US ones, except where British
 * English says it differently (a basket, a shop, prices in pounds in the examples).
 */
import type { Money } from '../../domain/model';
import { say } from '../speech/phrase';
import { common as usCommon, help as usHelp, list as usList, product as usProduct } from './en-us-shopping';
import { countOf, moneyWords as money } from './english-phrasing';

/** Opening, closing, navigation and speech rate. */
export const common = {
  ...usCommon,
  welcomeNew: (p: { store: string }) =>
    say`Welcome to ${p.store}. I can find products, fill your basket, and place and track orders. What would you like?`,
  welcomeBackCart: (p: { store: string; count: number; subtotal: Money }) =>
    say`Welcome back to ${p.store}. You've still got ${countOf(p.count, 'item')} in your basket, ${money(p.subtotal)}. Would you like to hear them?`,
  welcomeReprompt: () =>
    say`You can say 'find semi-skimmed milk', 'what's in my basket', or 'where's my order'.`,
  welcomeCartReprompt: () => say`Say yes to hear your basket, or tell me what to find.`,
  homeReprompt: () => say`You can search for a product, hear your basket, or say 'check out'.`,
  unexpected: () =>
    say`Sorry, something went wrong on my side. Your basket's safe, so please try that again.`,
  late: () =>
    say`Sorry, the shop is taking too long to answer at the moment. If you were changing your basket, ask me what's in it before you try again.`,
  lateOrder: () =>
    say`Sorry, the shop is taking too long to answer, so I can't tell yet whether your order went through. Say yes again in a moment and I'll check. It won't be ordered twice.`,
  linkAccount: () =>
    say`To check out or see your orders, please link your account with the shop; your basket will wait for you.`,
  cartLabel: () => say`What's in my basket`,
} satisfies typeof usCommon;

/** Help for where the shopper is. */
export const help = {
  ...usHelp,
  home: () =>
    say`You can say 'find semi-skimmed milk', 'what's in my basket', 'check out', 'where's my order', 'set my voice code', or 'talk to a person'. What would you like?`,
  confirmOrder: () =>
    say`I'm waiting to place your order. Say yes to place it, no to carry on shopping, or 'what's in my basket' to hear the items.`,
  voiceCode: () =>
    say`I need your four-digit voice code before I place the order. Say the four digits, or say 'talk to a person' if you've forgotten it.`,
} satisfies typeof usHelp;

/** Search results, aisles and moving through a list. */
export const list = {
  ...usList,
  noMatchReprompt: () => say`Say a product name, for example 'bananas' or 'crisps'.`,
  endOfTop: (p: { count: number; more: number }) =>
    say`Those were the top ${p.count}, and ${p.more} more matched. To narrow it down, add a brand or a price, like 'coffee under 5 pounds'.`,
  aisleEmpty: (p: { category: string }) =>
    say`I haven't got anything in ${p.category} at the moment. Try another aisle, or search for a product.`,
  noList: () => say`There's no list open at the moment. Try searching, for example 'find bread'.`,
} satisfies typeof usList;

/** One product. */
export const product = {
  ...usProduct,
  noSize: (p: { product: string }) => say`I haven't got a size listed for ${p.product}.`,
  soldOut: (p: { product: string }) => say`Sorry, ${p.product} is sold out at the moment.`,
  soldOutIt: () => say`Sorry, it's sold out at the moment.`,
  noDescription: (p: { product: string }) => say`I haven't got a description of ${p.product}.`,
} satisfies typeof usProduct;
