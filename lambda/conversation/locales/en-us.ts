/**
 * The en-US locale: every sentence (en-us-*.ts, by area), and American English phrasing for the ear.
 */
import { changes, person, returns } from './en-us-support';
import { englishPhrasing } from './english-phrasing';
import { notify } from './en-us-notify';
import { cart, checkout, orders } from './en-us-commerce';
import { common, help, list, product } from './en-us-shopping';
import { code, errors, platform, privacy, store } from './en-us-store';
import type { Locale } from './locale';

/** American English. */
export const enUS: Locale = {
  tag: 'en-US',
  phrasing: englishPhrasing({ tag: 'en-US', dateOrder: 'month-day', dayHalf: 'AM' }),
  reviewedByNativeSpeaker: false,
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
  notify,
  store,
  code,
  privacy,
  errors,
  platform,
};
