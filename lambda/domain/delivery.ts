/**
 * Delivery dates: when an order placed now, with a given option, is expected to arrive, in the
 * store's time zone. Pure calendar arithmetic on the platform's Intl time-zone data.
 */
import type { DeliveryOption } from './model';

/** A calendar date and hour in a time zone. */
export interface LocalTime {
  readonly date: string;
  readonly hour: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date (YYYY-MM-DD), hour and weekday of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date an order placed at `now` with this option is expected to arrive (store time zone). */
export function expectedDeliveryDate(option: DeliveryOption, now: Date, timeZone: string): string {
  const local = localTime(now, timeZone);
  const start = local.hour >= option.cutoffHour ? addDays(local.date, 1) : local.date;
  return addDays(start, option.leadTimeDays);
}
