/**
 * The hi-IN locale: every sentence (hi-in-*.ts, by area) in Hindi as spoken in India, and Hindi
 * phrasing for the ear. Written to Amazon's hi-IN guide (Hindi words in Devanagari, English words
 * in Latin script). Not yet reviewed by a native speaker.
 */
import { concat, type Phrase } from '../speech/phrase';
import {
  hindiClauseWords,
  hindiDateWords,
  hindiListWords,
  hindiOrdinal,
  hindiSizeWords,
  hindiTimeWords,
  hindiWindowWords,
  parseHindiCount,
  parseHindiOrdinal,
  rupeeFigures,
  rupeeWords,
} from './hindi-phrasing';
import { cart, checkout, orders } from './hi-in-commerce';
import { notify } from './hi-in-notify';
import { common, help, list, product } from './hi-in-shopping';
import { code, errors, platform, privacy, store } from './hi-in-store';
import { changes, person, returns } from './hi-in-support';
import type { Locale } from './locale';

/** Hindi (India). */
export const hiIN: Locale = {
  tag: 'hi-IN',
  phrasing: {
    money: rupeeWords,
    moneyShown: rupeeFigures,
    size: hindiSizeWords,
    date: hindiDateWords,
    time: hindiTimeWords,
    window: hindiWindowWords,
    ordinal: hindiOrdinal,
    parseOrdinal: parseHindiOrdinal,
    parseCount: parseHindiCount,
    list: hindiListWords,
    clauses: hindiClauseWords,
    quantityOf: (quantity: number, name: string): Phrase => concat([String(quantity), ' ', name]),
    listEntry: (position: number, entry: Phrase): Phrase =>
      concat([hindiOrdinal(position), ', ', entry, '.']),
  },
  reviewedByNativeSpeaker: false,
  common,
  help,
  list,
  product,
  cart,
  checkout,
  orders,
  notify,
  changes,
  returns,
  person,
  store,
  code,
  privacy,
  errors,
  platform,
};
