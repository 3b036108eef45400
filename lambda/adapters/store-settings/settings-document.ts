/**
 * Store settings as a document: every Money as integer minor units in the store's currency. One zod
 * schema checks a document from outside (the merchant API's PUT /api/settings), an item read back
 * from the table and settings about to be saved (dynamodb/settings-item.ts adds the entity type);
 * each problem names its field.
 */
import * as z from 'zod';
import type { StoreSettings } from '../../domain/model';

const minor = z.number().int().nonnegative();
const text = z.string().trim().min(1, 'must not be empty');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30');
const localeTag = z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'must be a locale like en-US');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The schema of a settings document: what the settings hold, every amount in minor units. */
export const settingsDocumentSchema = z
  .object({
    name: text,
    sellerName: text,
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code like USD'),
    locale: localeTag,
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
          window: z.object({ from: clockTime, to: clockTime }).optional(),
        }),
      )
      .min(1, 'must offer at least one delivery option'),
    defaultDeliveryOptionId: text,
    cancelWindowMinutes: z.number().int().min(0),
    maxQuantityPerLine: z.number().int().min(1),
    returnPolicy: text,
    warrantyPolicy: text,
    substitutionPolicy: text.optional(),
    storeAddress: text.optional(),
    hours: z.array(z.object({ day: z.number().int().min(0).max(6), opens: clockTime, closes: clockTime })),
    supportPhone: text,
    supportEmail: z.email('must be an e-mail address'),
    supportHours: text,
    returnWindowDays: z.number().int().min(0).max(365).optional(),
    freshReturnWindowDays: z.number().int().min(0).max(365).optional(),
    freshCategories: z.array(text).max(50).optional(),
    locales: z.array(localeTag).min(1, 'must name at least one locale').optional(),
    pricesIncludeTax: z.boolean().optional(),
    taxName: text.optional(),
  })
  .refine((item) => !item.locales || item.locales.includes(item.locale), {
    path: ['locales'],
    message: 'must include the store locale',
  })
  .refine((item) => item.deliveryOptions.some((option) => option.id === item.defaultDeliveryOptionId), {
    path: ['defaultDeliveryOptionId'],
    message: 'must be the id of one of the delivery options',
  });

/** A checked settings document. */
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>;

/** The document of the settings; throws when a Money is not in the store's currency. */
export function settingsToDocument(settings: StoreSettings): SettingsDocument {
  const amountOf = (field: string, value: { amount: number; currency: string }): number => {
    if (value.currency !== settings.currency) {
      throw new Error(`${field} is in ${value.currency} but the store sells in ${settings.currency}`);
    }
    return value.amount;
  };
  const { locales, ...rest } = settings;
  return {
    ...rest,
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
      ...(option.window ? { window: { from: option.window.from, to: option.window.to } } : {}),
    })),
    hours: settings.hours.map((h) => ({ day: h.day, opens: h.opens, closes: h.closes })),
    freshCategories: settings.freshCategories ? [...settings.freshCategories] : undefined,
    ...(locales ? { locales: [...locales] } : {}),
  };
}

/** The settings a validated document holds, Money rebuilt in the store's currency. */
export function settingsFromDocument(item: SettingsDocument): StoreSettings {
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
    ...(item.substitutionPolicy === undefined ? {} : { substitutionPolicy: item.substitutionPolicy }),
    ...(item.storeAddress === undefined ? {} : { storeAddress: item.storeAddress }),
    hours: item.hours,
    supportPhone: item.supportPhone,
    supportEmail: item.supportEmail,
    supportHours: item.supportHours,
    ...(item.returnWindowDays === undefined ? {} : { returnWindowDays: item.returnWindowDays }),
    ...(item.freshReturnWindowDays === undefined
      ? {}
      : { freshReturnWindowDays: item.freshReturnWindowDays }),
    ...(item.freshCategories === undefined ? {} : { freshCategories: item.freshCategories }),
    ...(item.locales ? { locales: item.locales } : {}),
    ...(item.pricesIncludeTax === undefined ? {} : { pricesIncludeTax: item.pricesIncludeTax }),
    ...(item.taxName ? { taxName: item.taxName } : {}),
  };
}
