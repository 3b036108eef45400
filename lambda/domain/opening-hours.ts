/**
 * When the store's team is next in, from its opening hours in the store's time zone: open now, or
 * the next opening within a week (the time and how many days ahead), or unknown when the store set
 * no hours. What a shopper is promised about a call back follows from it.
 */
import { addDays, localTime } from './delivery';
import type { OpeningHours } from './model';

/** The team's next availability. */
export type NextOpening =
  | { readonly kind: 'open' }
  | { readonly kind: 'opens'; readonly opens: string; readonly daysAhead: number; readonly weekday: number }
  | { readonly kind: 'unknown' };

/** "HH:MM" of an instant in a time zone. */
function clockTime(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(now)
    .replace(/[^\d:]/g, '');
}

/** Whether the team is in now, else when it next opens. */
export function nextOpening(hours: readonly OpeningHours[], now: Date, timeZone: string): NextOpening {
  if (hours.length === 0) return { kind: 'unknown' };
  const local = localTime(now, timeZone);
  const time = clockTime(now, timeZone);
  const today = hours.find((h) => h.day === local.weekday);
  if (today && today.opens <= time && time < today.closes) return { kind: 'open' };
  if (today && time < today.opens)
    return { kind: 'opens', opens: today.opens, daysAhead: 0, weekday: local.weekday };
  for (let ahead = 1; ahead <= 7; ahead++) {
    const weekday = new Date(`${addDays(local.date, ahead)}T12:00:00Z`).getUTCDay();
    const day = hours.find((h) => h.day === weekday);
    if (day) return { kind: 'opens', opens: day.opens, daysAhead: ahead, weekday };
  }
  return { kind: 'unknown' };
}
