/**
 * Sentence keys for the session, help, lists and products. Each key is a sentence function taking
 * only the parameters it names (see Params in locale.ts).
 */
import type { Say } from './locale';

/** Opening, closing, navigation, speech rate and the short labels of suggestion chips. */
export interface CommonSentences {
  readonly welcomeNew: Say<'store'>;
  readonly welcomeBack: Say<'store'>;
  readonly welcomeBackCart: Say<'store' | 'count' | 'subtotal'>;
  readonly welcomeReprompt: Say;
  readonly welcomeCartReprompt: Say;
  readonly whatElse: Say;
  readonly homeReprompt: Say;
  readonly startOver: Say;
  readonly goodbye: Say;
  readonly goodbyeNothingOrdered: Say;
  readonly notAsking: Say;
  readonly nothingToRepeat: Say;
  readonly didNotCatch: Say;
  readonly unexpected: Say;
  readonly unexpectedReprompt: Say;
  readonly linkAccount: Say;
  readonly searching: Say;
  readonly placing: Say;
  readonly slower: Say;
  readonly faster: Say;
  readonly normalSpeed: Say;
  readonly slowest: Say;
  readonly fastest: Say;
  readonly rateReprompt: Say;
  readonly yesLabel: Say;
  readonly noLabel: Say;
  readonly nextLabel: Say;
  readonly cartLabel: Say;
  readonly checkoutLabel: Say;
}

/** Help for where the shopper is. */
export interface HelpSentences {
  readonly home: Say;
  readonly list: Say<'count'>;
  readonly product: Say<'product'>;
  readonly confirmOrder: Say;
  readonly voiceCode: Say;
  readonly delivery: Say<'options'>;
  readonly reprompt: Say;
}

/** Search results, aisles and moving through a list. */
export interface ListSentences {
  readonly whatToFind: Say;
  readonly noMatch: Say<'query'>;
  readonly noMatchReprompt: Say;
  readonly notSold: Say<'query'>;
  readonly closestPartly: Say<'query' | 'product' | 'price'>;
  readonly closestSounds: Say<'query' | 'product' | 'price'>;
  readonly closestReprompt: Say;
  readonly foundClose: Say<'count' | 'query'>;
  readonly found: Say<'count' | 'query'>;
  /** Nothing matched under the shopper's price ceiling; what follows is over it, cheapest first. */
  readonly overBudget: Say<'price'>;
  readonly cheapestOver: Say<'count'>;
  readonly foundOne: Say<'item'>;
  readonly aisle: Say<'count' | 'category'>;
  readonly aisleEmpty: Say<'category'>;
  readonly topFew: Say<'count'>;
  readonly whichOne: Say;
  readonly whichOneOrNext: Say;
  readonly reprompt: Say<'word'>;
  readonly ambiguous: Say<'first' | 'second'>;
  readonly ambiguousReprompt: Say;
  readonly end: Say<'count'>;
  readonly endOfTop: Say<'count' | 'more'>;
  readonly endReprompt: Say;
  readonly pickReprompt: Say<'word'>;
  readonly start: Say;
  readonly noList: Say;
  readonly noListReprompt: Say;
  readonly whichNumber: Say<'count'>;
  readonly notInList: Say<'word'>;
  readonly noSuchPosition: Say<'position' | 'count'>;
  readonly soldOutTag: Say;
}

/** One product: what it is, costs, how big, whether in stock, when it would come. */
export interface ProductSentences {
  readonly entry: Say<'product' | 'price'>;
  readonly entrySized: Say<'product' | 'size' | 'price'>;
  readonly price: Say<'product' | 'price'>;
  readonly size: Say<'product' | 'size'>;
  readonly noSize: Say<'product'>;
  readonly inStock: Say<'product'>;
  readonly lowStock: Say<'product' | 'count'>;
  readonly soldOut: Say<'product'>;
  readonly soldOutNext: Say;
  readonly soldOutIt: Say;
  readonly deliveryChoice: Say<'option' | 'price' | 'when'>;
  readonly deliveryChoiceFree: Say<'option' | 'when'>;
  readonly deliveryOptions: Say<'options'>;
  readonly description: Say<'text'>;
  readonly noDescription: Say<'product'>;
  readonly addIt: Say;
  readonly addItReprompt: Say;
  readonly whichProduct: Say;
  readonly whichProductReprompt: Say;
}
