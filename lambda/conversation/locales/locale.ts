/**
 * The shape of a locale: every sentence a shopper can hear, by area, as a function of the named
 * values it takes, plus the locale's phrasing of money, sizes, dates and lists. The en-US sentence
 * files define the sentences (`Sentences` is their shape); every other locale must supply each one
 * with the same values (the compiler and the locale contract test both check). Sentences return
 * phrases, so every value is escaped for SSML on the way in.
 */
import type { Money } from '../../domain/model';
import type { Phrase } from '../speech/phrase';
import type { notify } from './en-us-notify';
import type { cart, checkout, orders } from './en-us-commerce';
import type { common, help, list, product } from './en-us-shopping';
import type { code, errors, platform, privacy, store } from './en-us-store';

/** Every sentence, by area. */
export interface Sentences {
  readonly common: typeof common;
  readonly help: typeof help;
  readonly list: typeof list;
  readonly product: typeof product;
  readonly cart: typeof cart;
  readonly checkout: typeof checkout;
  readonly orders: typeof orders;
  readonly notify: typeof notify;
  readonly store: typeof store;
  readonly code: typeof code;
  readonly privacy: typeof privacy;
  readonly errors: typeof errors;
  readonly platform: typeof platform;
}

type AnySentence = { [A in keyof Sentences]: Sentences[A][keyof Sentences[A]] }[keyof Sentences];
type ValuesOf<S> = S extends (values: infer V) => Phrase ? V : never;
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;

/** Every named value any sentence takes, each with its one type (a name means one thing). */
export type Params = AllOf<ValuesOf<AnySentence>>;

/** How a locale phrases values for the ear. */
export interface Phrasing {
  money(value: Money): string;
  /** Money as written on a card: "$4.99" (speech uses `money`). */
  moneyShown(value: Money): string;
  size(size: string): string;
  /** A YYYY-MM-DD date relative to today's date. */
  date(date: string, today: string): string;
  time(hhmm: string): string;
  /** A delivery window of two "HH:MM" times: "6 to 8 pm". */
  window(from: string, to: string): string;
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

/** A locale: its tag, its phrasing, and every sentence. */
export interface Locale extends Sentences {
  readonly tag: string;
  readonly phrasing: Phrasing;
  /**
   * Whether a native speaker of this locale has read every sentence (README lists which locales
   * have been): set it to true only when one has.
   */
  readonly reviewedByNativeSpeaker: boolean;
}
