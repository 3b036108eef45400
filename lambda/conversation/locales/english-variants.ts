/**
 * English phrasing for one variety of English: what differs between American, British and Indian
 * English for the ear and the card (the order of day and month, "PM" or "pm", the grouping of
 * figures on a card); money is said by its currency (english-money.ts) in every variety.
 */
import type { Money } from '../../domain/model';
import { concat, say, type Phrase } from '../speech/phrase';
import { writtenMoney } from './english-money';
import {
  clauseWords,
  dateWords,
  listWords,
  moneyWords,
  ordinalWord,
  parseCount,
  parseOrdinal,
  sizeWords,
  timeWords,
  windowWords,
  type DateOrder,
  type DayHalf,
} from './english-phrasing';
import type { Phrasing } from './locale';

/** What one variety of English does its own way. */
export interface EnglishVariety {
  /** The BCP 47 tag whose grouping a card uses ("en-IN": "₹1,00,000.00"). */
  readonly tag: string;
  readonly dateOrder: DateOrder;
  readonly dayHalf: DayHalf;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The phrasing of a variety of English. */
export function englishPhrasing(variety: EnglishVariety): Phrasing {
  return {
    money: moneyWords,
    moneyShown: (value: Money) => writtenMoney(value, variety.tag),
    size: sizeWords,
    date: (date: string, today: string) => dateWords(date, today, variety.dateOrder),
    time: (hhmm: string) => timeWords(hhmm, variety.dayHalf),
    window: (from: string, to: string) => windowWords(from, to, variety.dayHalf),
    ordinal: ordinalWord,
    parseOrdinal,
    parseCount,
    list: listWords,
    clauses: clauseWords,
    quantityOf: (quantity: number, name: string): Phrase => say`${quantity} ${name}`,
    listEntry: (position: number, entry: Phrase): Phrase =>
      concat([capitalise(ordinalWord(position)), ', ', entry, '.']),
  };
}
