/**
 * The demo store's settings: a neighbourhood grocery in New York that delivers, loaded by
 * `npm run db:start` and `npm start` so the whole product can be tried without a merchant's data.
 * The policies are written to be heard: short sentences, no lists or symbols that read badly aloud.
 */
import type { StoreSettings } from '../../domain/model';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The demo store. */
export const DEMO_STORE_SETTINGS: StoreSettings = {
  name: 'Corner Market',
  sellerName: 'Corner Market Groceries',
  currency: 'USD',
  locale: 'en-US',
  timeZone: 'America/New_York',
  taxRatePercent: '8.875',
  taxDeliveryAndFees: false,
  fees: [{ id: 'bag-fee', name: 'bag fee', amount: usd(10) }],
  freeDeliveryThreshold: usd(3500),
  deliveryOptions: [
    { id: 'standard', name: 'standard delivery', price: usd(499), leadTimeDays: 1, cutoffHour: 20 },
    { id: 'express', name: 'express same-day delivery', price: usd(999), leadTimeDays: 0, cutoffHour: 14 },
    { id: 'pickup', name: 'store pickup', price: usd(0), leadTimeDays: 0, cutoffHour: 18 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 30,
  maxQuantityPerLine: 50,
  returnPolicy:
    'You can return most items within 30 days for a full refund. Fresh food, frozen food and opened ' +
    'personal care items can be returned within 7 days if something was wrong with them. Just call us ' +
    'or hand the item to your driver, and we will refund you the same way you paid.',
  warrantyPolicy:
    'Small appliances and batteries we sell carry the maker’s warranty, usually one year. If one stops ' +
    'working in the first 90 days, we will replace it for you ourselves. Keep your order number, and ' +
    'we will look up the purchase for you.',
  substitutionPolicy:
    'If something you ordered is out of stock when we pack your order, we pick the closest match at the ' +
    'same price or less, and tell you at the door. You can hand it back to the driver and we refund it. ' +
    "If you'd rather have no substitutes, say 'talk to a person' and we'll note it for your orders.",
  storeAddress: '418 Maple Avenue in Springfield, next to the post office',
  hours: [
    { day: 0, opens: '09:00', closes: '19:00' },
    { day: 1, opens: '07:00', closes: '22:00' },
    { day: 2, opens: '07:00', closes: '22:00' },
    { day: 3, opens: '07:00', closes: '22:00' },
    { day: 4, opens: '07:00', closes: '22:00' },
    { day: 5, opens: '07:00', closes: '23:00' },
    { day: 6, opens: '08:00', closes: '23:00' },
  ],
  supportPhone: '+1 212 555 0142',
  supportEmail: 'help@cornermarket.example',
  supportHours: 'every day from eight in the morning to eight in the evening',
  returnWindowDays: 30,
  freshReturnWindowDays: 7,
  freshCategories: ['Dairy', 'Produce', 'Bakery', 'Meat & Seafood', 'Frozen'],
};
