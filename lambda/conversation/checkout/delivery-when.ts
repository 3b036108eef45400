/**
 * When a delivery is expected, for the ear: the day relative to today ("tomorrow", "on Friday"),
 * and the time window when the option delivers in one ("today, 6 to 8 pm").
 */
import type { DeliveryWindow } from '../../domain/model';
import type { Locale } from '../locales/locale';

/** The expected day, with its time window when there is one. */
export function deliveryWhen(locale: Locale, today: string, date: string, window?: DeliveryWindow): string {
  const day = locale.phrasing.date(date, today);
  return window ? `${day}, ${locale.phrasing.window(window.from, window.to)}` : day;
}
