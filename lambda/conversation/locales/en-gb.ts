/**
 * The en-GB locale: British English. The sentences are en-US's where British English says the same
 * and its own where it does not (en-gb-*.ts); dates say the day before the month ("on Friday,
 * 20 March"), times "6 pm", money by its currency ("4 pounds 99").
 */
import { cart, checkout, orders } from './en-gb-commerce';
import { common, help, list, product } from './en-gb-shopping';
import { errors, platform, privacy, store } from './en-gb-store';
import { enUS } from './en-us';
import { englishPhrasing } from './english-phrasing';
import type { Locale } from './locale';

/** British English. */
export const enGB: Locale = {
  ...enUS,
  tag: 'en-GB',
  phrasing: englishPhrasing({ tag: 'en-GB', dateOrder: 'day-month', dayHalf: 'am' }),
  reviewedByNativeSpeaker: false,
  common,
  help,
  list,
  product,
  cart,
  checkout,
  orders,
  store,
  privacy,
  errors,
  platform,
};
