/**
 * The stored form of the store settings: one item at `settingsKey()`, every Money as integer minor
 * units in the store's currency. The same zod schema checks an item read back (a bad item gives a
 * clear CorruptItemError naming each bad field) and a settings object about to be saved.
 */
import * as z from 'zod';
import type { StoreSettings } from '../../domain/model';
import { ENTITY } from './keys';

const minor = z.number().int().nonnegative();
const text = z.string().trim().min(1, 'must not be empty');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The schema of a stored settings item (keys and bookkeeping aside). */
export const settingsItemSchema = z
  .object({
    type: z.literal(ENTITY.settings),
    name: text,
    sellerName: text,
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code like USD'),
    locale: z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'must be a locale like en-US'),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like America/New_York'),
    taxRatePercent: z.string().regex(/^\d{1,3}(\.\d{1,6})?$/, 'must be a percentage like 8.875'),
    taxDeliveryAndFees: z.boolean(),
    fees: z.array(z.object({ id: text, name: text, amount: minor })),
    freeDeliveryThreshold: minor.optional(),
    deliveryOptions: z
      .array(
        z.object({
          id: text,
          name: text,
          price: minor,
          leadTimeDays: z.number().int().min(0).max(60),
          cutoffHour: z.number().int().min(0).max(23),
        }),
      )
      .min(1, 'must offer at least one delivery option'),
    defaultDeliveryOptionId: text,
    cancelWindowMinutes: z.number().int().min(0),
    maxQuantityPerLine: z.number().int().min(1),
    returnPolicy: text,
    warrantyPolicy: text,
    hours: z.array(z.object({ day: z.number().int().min(0).max(6), opens: clockTime, closes: clockTime })),
    supportPhone: text,
    supportEmail: z.email('must be an e-mail address'),
    supportHours: text,
  })
  .refine((item) => item.deliveryOptions.some((option) => option.id === item.defaultDeliveryOptionId), {
    path: ['defaultDeliveryOptionId'],
    message: 'must be the id of one of the delivery options',
  });

type SettingsItem = z.infer<typeof settingsItemSchema>;

/** The item attributes of the settings; throws when a Money is not in the store's currency. */
export function settingsToItem(settings: StoreSettings): SettingsItem {
  const amountOf = (field: string, value: { amount: number; currency: string }): number => {
    if (value.currency !== settings.currency) {
      throw new Error(`${field} is in ${value.currency} but the store sells in ${settings.currency}`);
    }
    return value.amount;
  };
  return {
    ...settings,
    type: ENTITY.settings,
    fees: settings.fees.map((fee) => ({
      id: fee.id,
      name: fee.name,
      amount: amountOf(`fee ${fee.id}`, fee.amount),
    })),
    freeDeliveryThreshold: settings.freeDeliveryThreshold
      ? amountOf('freeDeliveryThreshold', settings.freeDeliveryThreshold)
      : undefined,
    deliveryOptions: settings.deliveryOptions.map((option) => ({
      id: option.id,
      name: option.name,
      price: amountOf(`delivery option ${option.id}`, option.price),
      leadTimeDays: option.leadTimeDays,
      cutoffHour: option.cutoffHour,
    })),
    hours: settings.hours.map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
  };
}

/** The settings a validated item holds, Money rebuilt in the store's currency. */
export function itemToSettings(item: SettingsItem): StoreSettings {
  const { currency } = item;
  const money = (amount: number) => ({ amount, currency });
  return {
    name: item.name,
    sellerName: item.sellerName,
    currency,
    locale: item.locale,
    timeZone: item.timeZone,
    taxRatePercent: item.taxRatePercent,
    taxDeliveryAndFees: item.taxDeliveryAndFees,
    fees: item.fees.map((fee) => ({ ...fee, amount: money(fee.amount) })),
    ...(item.freeDeliveryThreshold === undefined
      ? {}
      : { freeDeliveryThreshold: money(item.freeDeliveryThreshold) }),
    deliveryOptions: item.deliveryOptions.map((option) => ({ ...option, price: money(option.price) })),
    defaultDeliveryOptionId: item.defaultDeliveryOptionId,
    cancelWindowMinutes: item.cancelWindowMinutes,
    maxQuantityPerLine: item.maxQuantityPerLine,
    returnPolicy: item.returnPolicy,
    warrantyPolicy: item.warrantyPolicy,
    hours: item.hours,
    supportPhone: item.supportPhone,
    supportEmail: item.supportEmail,
    supportHours: item.supportHours,
  };
}
