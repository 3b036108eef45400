/**
 * The shape of a locale: every sentence the skill can say, as a function of named parameters, plus
 * the locale's phrasing of money, sizes, dates and lists. A new locale must supply every key (the
 * compiler and the locale contract test both check). Sentences return phrases, so every value is
 * escaped for SSML on the way in.
 */
import type { Money } from '../../domain/model';
import type { OrderStatus } from '../../domain/model';
import type { Phrase } from '../speech/phrase';
import type { CartSentences, CheckoutSentences, OrderSentences } from './sentences-commerce';
import type { CommonSentences, HelpSentences, ListSentences, ProductSentences } from './sentences-shopping';
import type { CodeSentences, ErrorSentences, StoreSentences } from './sentences-store';

/** Every named value a sentence may take. */
export interface Params {
  readonly store: string;
  readonly seller: string;
  readonly product: string;
  readonly query: string;
  readonly word: string;
  readonly category: string;
  readonly text: string;
  readonly reason: string;
  readonly option: string;
  readonly size: string;
  readonly opens: string;
  readonly closes: string;
  readonly hours: string;
  readonly phone: string;
  /** A date already phrased for the ear ("tomorrow"). */
  readonly when: string;
  readonly orderId: string;
  readonly ticketId: string;
  readonly quantity: number;
  readonly count: number;
  readonly more: number;
  readonly max: number;
  readonly minutes: number;
  readonly position: number;
  readonly price: Money;
  readonly was: Money;
  readonly subtotal: Money;
  readonly total: Money;
  readonly tax: Money;
  readonly fees: Money;
  readonly status: OrderStatus;
  /** Pre-built phrases: a spoken list of items, options, a page of a list. */
  readonly items: Phrase;
  readonly options: Phrase;
  readonly first: Phrase;
  readonly second: Phrase;
  readonly item: Phrase;
  readonly code: Phrase;
}

/** A sentence taking the named parameters. */
export type Say<K extends keyof Params = never> = (p: Pick<Params, K>) => Phrase;

/** How a locale phrases values for the ear. */
export interface Phrasing {
  money(value: Money): string;
  /** Money as written on a card: "$4.99" (speech uses `money`). */
  moneyShown(value: Money): string;
  size(size: string): string;
  /** A YYYY-MM-DD date relative to today's date. */
  date(date: string, today: string): string;
  time(hhmm: string): string;
  ordinal(position: number): string;
  parseOrdinal(value: string): number | undefined;
  /** A count said on its own ("three", "3"), or undefined. */
  parseCount(value: string): number | undefined;
  list(items: readonly Phrase[], conjunction: 'and' | 'or'): Phrase;
  /** Like list, for entries that hold commas themselves ("A, 3 dollars; B, 4 dollars; or C"). */
  clauses(items: readonly Phrase[], conjunction: 'and' | 'or'): Phrase;
  /** "2 Oatly Oat Milk". */
  quantityOf(quantity: number, name: string): Phrase;
  /** "First, Oatly Oat Milk, 4 dollars and 99 cents" for one entry of a page. */
  listEntry(position: number, entry: Phrase): Phrase;
}

/** Every sentence, by area, and the phrasing. */
export interface Locale {
  readonly tag: string;
  readonly phrasing: Phrasing;
  readonly common: CommonSentences;
  readonly help: HelpSentences;
  readonly list: ListSentences;
  readonly product: ProductSentences;
  readonly cart: CartSentences;
  readonly checkout: CheckoutSentences;
  readonly orders: OrderSentences;
  readonly store: StoreSentences;
  readonly code: CodeSentences;
  readonly errors: ErrorSentences;
}
