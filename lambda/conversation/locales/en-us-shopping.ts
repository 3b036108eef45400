/**
 * en-US sentences for the session, help, lists and products.
 */
import type { Money } from '../../domain/model';
import { say, type Phrase, type SentenceArea } from '../speech/phrase';
import { countOf, moneyWords as money, sizeWords } from './english-phrasing';

/** Opening, closing, navigation and speech rate. */
export const common = {
  welcomeNew: (p: { store: string }) =>
    say`Welcome to ${p.store}. I can find products, fill your cart, and place and track orders. What would you like?`,
  welcomeBack: (p: { store: string }) => say`Welcome back to ${p.store}. What would you like today?`,
  welcomeBackCart: (p: { store: string; count: number; subtotal: Money }) =>
    say`Welcome back to ${p.store}. You still have ${countOf(p.count, 'item')} in your cart, ${money(p.subtotal)}. Would you like to hear them?`,
  welcomeReprompt: () => say`You can say 'find oat milk', 'what's in my cart', or 'where's my order'.`,
  welcomeCartReprompt: () => say`Say yes to hear your cart, or tell me what to find.`,
  whatElse: () => say`What else would you like?`,
  homeReprompt: () => say`You can search for a product, hear your cart, or say 'check out'.`,
  startOver: () => say`OK, let's start over. What would you like to find?`,
  goodbye: () => say`Goodbye.`,
  nothingOrdered: () => say`OK, nothing was ordered.`,
  notAsking: () => say`I wasn't asking a yes or no question just now. What would you like to do?`,
  nothingToRepeat: () => say`There's nothing to repeat yet. What would you like to find?`,
  didNotCatch: () => say`Sorry, I didn't catch that.`,
  didNotUnderstand: (p: { heard: string }) => say`Sorry, I didn't understand "${p.heard}".`,
  unexpected: () => say`Sorry, something went wrong on my side. Your cart is safe, so please try that again.`,
  unexpectedReprompt: () => say`Try saying it another way, or say 'help' to hear what you can do.`,
  late: () =>
    say`Sorry, the store is taking too long to answer right now. If you were changing your cart, ask me what's in it before you try again.`,
  lateOrder: () =>
    say`Sorry, the store is taking too long to answer, so I can't tell yet whether your order went through. Say yes again in a moment and I'll check. It won't be ordered twice.`,
  lateOrderReprompt: () => say`Say yes, and I'll tell you whether your order went through.`,
  linkAccount: () =>
    say`To check out or see your orders, please link your account with the store; your cart will wait for you.`,
  searching: () => say`One moment while I look.`,
  placing: () => say`One moment, I'm placing your order.`,
  slower: () => say`OK, I'll speak more slowly. What would you like?`,
  faster: () => say`OK, I'll speak faster. What would you like?`,
  normalSpeed: () => say`OK, back to my normal speed. What would you like?`,
  slowest: () => say`This is already the slowest I can speak. What would you like?`,
  fastest: () => say`This is already the fastest I can speak. What would you like?`,
  rateReprompt: () => say`Say 'slower' or 'faster' any time, or tell me what to find.`,
  yesLabel: () => say`Yes`,
  noLabel: () => say`No`,
  nextLabel: () => say`Next`,
  cartLabel: () => say`What's in my cart`,
  checkoutLabel: () => say`Check out`,
} satisfies SentenceArea;

/** Help for where the shopper is. */
export const help = {
  home: () =>
    say`You can say 'find oat milk', 'what's in my cart', 'check out', 'where's my order', 'set my voice code', or 'talk to a person'. What would you like?`,
  list: (p: { count: number }) =>
    say`You're in a list of ${countOf(p.count, 'product')}. Say 'next' or 'previous' to move, 'the second one' or a word from its name to pick one, or 'add the first one'.`,
  product: (p: { product: string }) =>
    say`You're looking at ${p.product}. Say 'add it', 'remove it', 'how much is it', or 'when would it arrive'.`,
  confirmOrder: () =>
    say`I'm waiting to place your order. Say yes to place it, no to keep shopping, or 'what's in my cart' to hear the items.`,
  voiceCode: () =>
    say`I need your four-digit voice code before I place the order. Say the four digits, or say 'talk to a person' if you've forgotten it.`,
  delivery: (p: { options: Phrase }) => say`Choose how your order comes: say ${p.options}.`,
  reprompt: () => say`Say 'help' again to hear this, or 'stop' to leave.`,
  /** After a fallback with a list open: how to pick from it, in a few words. */
  listFallback: () => say`You can say a number from the list, like 'the first one', or 'next'.`,
  /** After a fallback with nothing open (the shopper never asked for help). */
  fallbackReprompt: () => say`You can say 'help' to hear what I can do, or 'stop' to leave.`,
} satisfies SentenceArea;

/** Search results, aisles and moving through a list. */
export const list = {
  whatToFind: () => say`What are you looking for?`,
  noMatch: (p: { query: string }) =>
    say`I couldn't find anything for ${p.query}. Try another name, or an aisle like dairy or bakery.`,
  noMatchReprompt: () => say`Say a product name, for example 'bananas' or 'coffee'.`,
  notSold: (p: { query: string }) => say`I don't have ${p.query}.`,
  closestPartly: (p: { query: string; product: string; price: Money }) =>
    say`I don't have ${p.query}. I do have ${p.product} for ${money(p.price)}. Want that?`,
  closestSounds: (p: { query: string; product: string; price: Money }) =>
    say`I didn't find ${p.query}. The closest I have is ${p.product}, for ${money(p.price)}. Want that?`,
  closestReprompt: () => say`Say yes to add it, or no, and tell me what else to find.`,
  foundClose: (p: { count: number; query: string }) =>
    say`I don't have ${p.query}, but ${countOf(p.count, 'product')} come close.`,
  found: (p: { count: number; query: string }) =>
    say`I found ${countOf(p.count, 'match', 'matches')} for ${p.query}.`,
  overBudget: (p: { price: Money }) => say`I have nothing like that under ${money(p.price)}.`,
  cheapestOver: (p: { count: number }) =>
    say`Over that, I have ${countOf(p.count, 'match', 'matches')}, cheapest first.`,
  foundOne: (p: { item: Phrase }) => say`I found ${p.item}.`,
  popular: () => say`Here's what sells best.`,
  severalFound: (p: { items: Phrase }) => say`I have ${p.items}. Which would you like first?`,
  severalFoundReprompt: (p: { query: string }) => say`Say the one you'd like, for example '${p.query}'.`,
  kindsOf: (p: { count: number; query: string }) => say`${countOf(p.count, 'kind')} of ${p.query}`,
  noneOf: (p: { query: string }) => say`no ${p.query}`,
  popularIn: (p: { category: string }) => say`Here's what sells best in ${p.category}.`,
  aisle: (p: { count: number; category: string }) =>
    say`The ${p.category} aisle has ${countOf(p.count, 'product')}.`,
  aisleEmpty: (p: { category: string }) =>
    say`I don't have anything in ${p.category} right now. Try another aisle, or search for a product.`,
  topFew: (p: { count: number }) => say`The top ${p.count} are:`,
  whichOne: () => say`Which one would you like?`,
  whichOneOrNext: () => say`Which one would you like? Or say 'next' for more.`,
  reprompt: (p: { word: string }) =>
    p.word
      ? say`Say 'the first one', a word from its name like 'the ${p.word} one', or 'next' to hear more.`
      : say`Say 'the first one', or 'next' to hear more.`,
  ambiguous: (p: { first: Phrase; second: Phrase }) => say`Did you mean ${p.first}, or ${p.second}?`,
  ambiguousReprompt: () => say`Say 'the first one' or 'the second one', or say a word from its name.`,
  end: (p: { count: number }) => say`That's all ${p.count}.`,
  endOfTop: (p: { count: number; more: number }) =>
    say`Those were the top ${p.count}, and ${p.more} more matched. To narrow it down, add a brand or a price, like 'coffee under 10 dollars'.`,
  endReprompt: () => say`Say a number to pick one, 'previous' to go back, or search for something else.`,
  pickReprompt: (p: { word: string }) =>
    p.word
      ? say`Say 'the first one', or a word from its name, like 'the ${p.word} one'.`
      : say`Say 'the first one' or 'the second one'.`,
  start: () => say`You're at the start of the list.`,
  noList: () => say`There's no list open right now. Try searching, for example 'find bread'.`,
  noListReprompt: () => say`Say what you're looking for, like 'do you have eggs'.`,
  whichNumber: (p: { count: number }) =>
    p.count === 2 ? say`Which one? Say first or second.` : say`Which one? Say first, second, or third.`,
  notInList: (p: { word: string }) =>
    say`I didn't hear ${p.word} in this list. Say first, second, or third, or say 'next'.`,
  noSuchPosition: (p: { position: number; count: number }) =>
    say`There's no number ${p.position}; this list has ${p.count}.`,
  soldOutTag: () => say`sold out`,
} satisfies SentenceArea;

/** One product. */
export const product = {
  entry: (p: { product: string; price: Money }) => say`${p.product}, ${money(p.price)}`,
  entrySized: (p: { product: string; size: string; price: Money }) =>
    say`${p.product}, ${sizeWords(p.size)}, ${money(p.price)}`,
  price: (p: { product: string; price: Money }) => say`${p.product} costs ${money(p.price)}.`,
  size: (p: { product: string; size: string }) => say`${p.product} is ${sizeWords(p.size)}.`,
  noSize: (p: { product: string }) => say`I don't have a size listed for ${p.product}.`,
  inStock: (p: { product: string }) => say`${p.product} is in stock.`,
  lowStock: (p: { product: string; count: number }) =>
    say`Only ${p.count} of ${p.product} ${p.count === 1 ? 'is' : 'are'} left.`,
  soldOut: (p: { product: string }) => say`Sorry, ${p.product} is sold out right now.`,
  soldOutNext: () => say`You can pick another one, or search for something else.`,
  soldOutIt: () => say`Sorry, it's sold out right now.`,
  deliveryChoice: (p: { option: string; price: Money; when: string }) =>
    say`${p.option} for ${money(p.price)}, expected ${p.when}`,
  deliveryChoiceFree: (p: { option: string; when: string }) => say`${p.option}, free, expected ${p.when}`,
  deliveryOptions: (p: { options: Phrase }) => say`If you order now: ${p.options}.`,
  description: (p: { text: string }) => say`${p.text}`,
  noDescription: (p: { product: string }) => say`I don't have a description of ${p.product}.`,
  addIt: () => say`Would you like to add it?`,
  addItReprompt: () => say`Say 'add it', or 'add two', or ask 'when would it arrive'.`,
  whichProduct: () => say`Which product do you mean? Search for one first, for example 'find coffee'.`,
  whichProductReprompt: () => say`Say 'find' and what you're looking for.`,
} satisfies SentenceArea;
