/**
 * The en-IN locale: Indian English. The sentences are en-US's where Indian English says the same
 * and its own where it does not (en-in-sentences.ts); dates say the day before the month ("on
 * Friday, 20 March"), times "6 pm", rupees and paise by the currency, with amounts from a lakh up
 * in lakhs and crores, and cards grouped the Indian way ("₹1,00,000.00").
 */
import { checkout, common, help, list, orders, store } from './en-in-sentences';
import { enUS } from './en-us';
import { englishPhrasing } from './english-phrasing';
import type { Locale } from './locale';

/** Indian English. */
export const enIN: Locale = {
  ...enUS,
  tag: 'en-IN',
  phrasing: englishPhrasing({ tag: 'en-IN', dateOrder: 'day-month', dayHalf: 'am' }),
  reviewedByNativeSpeaker: false,
  common,
  help,
  list,
  checkout,
  orders,
  store,
};
