/**
 * Test data builders: store settings and products with sensible defaults, for domain and service
 * tests. Each test states the fields it depends on.
 */
import type { Product, StoreSettings } from '../../lambda/domain/model';

/** US dollars in minor units. */
export const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Store settings for tests: 8.875% tax, a 10-cent bag fee, free standard delivery from $35. */
export function storeSettings(overrides: Partial<StoreSettings> = {}): StoreSettings {
  return {
    name: 'Corner & Co Market',
    sellerName: 'Corner & Co Market LLC',
    currency: 'USD',
    locale: 'en-US',
    timeZone: 'America/New_York',
    taxRatePercent: '8.875',
    taxDeliveryAndFees: false,
    fees: [{ id: 'bag', name: 'bag fee', amount: usd(10) }],
    freeDeliveryThreshold: usd(3500),
    deliveryOptions: [
      { id: 'standard', name: 'standard delivery', price: usd(499), leadTimeDays: 1, cutoffHour: 20 },
      { id: 'express', name: 'express delivery', price: usd(999), leadTimeDays: 0, cutoffHour: 14 },
      { id: 'pickup', name: 'store pickup', price: usd(0), leadTimeDays: 0, cutoffHour: 18 },
    ],
    defaultDeliveryOptionId: 'standard',
    cancelWindowMinutes: 30,
    maxQuantityPerLine: 50,
    returnPolicy: 'Return unopened items within 30 days for a full refund.',
    warrantyPolicy: 'Appliances carry the maker’s one-year warranty.',
    substitutionPolicy: 'Out of stock items are left out, and you are not charged for them.',
    storeAddress: '20 Elm Street',
    hours: [1, 2, 3, 4, 5, 6, 0].map((day) => ({ day, opens: '08:00', closes: '21:00' })),
    supportPhone: '555-0100',
    supportEmail: 'help@example.com',
    supportHours: 'every day from nine to six',
    ...overrides,
  };
}

/** A product with defaults: in stock, version 1. */
export function product(sku: string, name: string, price: number, overrides: Partial<Product> = {}): Product {
  return {
    sku,
    name,
    synonyms: [],
    price: usd(price),
    stock: 100,
    popularity: 0,
    version: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
