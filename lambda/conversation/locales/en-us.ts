/**
 * The en-US locale: every sentence (en-us-*.ts, by area), and American English phrasing for the ear.
 */
import { concat, say, type Phrase } from '../speech/phrase';
import {
  clauseWords,
  dateWords,
  listWords,
  moneyFigures,
  moneyWords,
  ordinalWord,
  parseCount,
  parseOrdinal,
  sizeWords,
  timeWords,
} from './english-phrasing';
import { changes, person, returns } from './en-us-after-order';
import { cart, checkout, orders } from './en-us-commerce';
import { common, help, list, product } from './en-us-shopping';
import { code, errors, platform, privacy, store } from './en-us-store';
import type { Locale } from './locale';

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** American English. */
export const enUS: Locale = {
  tag: 'en-US',
  phrasing: {
    money: moneyWords,
    moneyShown: moneyFigures,
    size: sizeWords,
    date: dateWords,
    time: timeWords,
    ordinal: ordinalWord,
    parseOrdinal,
    parseCount,
    list: listWords,
    clauses: clauseWords,
    quantityOf: (quantity: number, name: string): Phrase => say`${quantity} ${name}`,
    listEntry: (position: number, entry: Phrase): Phrase =>
      concat([capitalise(ordinalWord(position)), ', ', entry, '.']),
  },
  common,
  help,
  list,
  product,
  cart,
  checkout,
  orders,
  changes,
  returns,
  person,
  store,
  code,
  privacy,
  errors,
  platform,
};
