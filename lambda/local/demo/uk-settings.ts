/**
 * The UK demo store's settings: a grocer in Leeds that delivers, selling in pounds with VAT in its
 * shelf prices, loaded by `npm start -- --store uk` and `npm run db:start -- --store uk`. One VAT
 * rate for the whole shop: the standard 20%, which most of what it sells carries (crisps, soft
 * drinks, household goods); food that is zero-rated in the UK is priced at the same rate here,
 * since a store has one tax rate.
 */
import type { StoreSettings } from '../../domain/model';

const gbp = (amount: number) => ({ amount, currency: 'GBP' });

/** The UK demo store. */
export const UK_STORE_SETTINGS: StoreSettings = {
  name: 'High Street Grocer',
  sellerName: 'High Street Grocer Ltd',
  currency: 'GBP',
  locale: 'en-GB',
  locales: ['en-GB'],
  timeZone: 'Europe/London',
  taxRatePercent: '20',
  pricesIncludeTax: true,
  taxName: 'VAT',
  taxDeliveryAndFees: true,
  fees: [{ id: 'bag-charge', name: 'carrier bag charge', amount: gbp(10) }],
  freeDeliveryThreshold: gbp(4000),
  deliveryOptions: [
    {
      id: 'standard',
      name: 'standard delivery',
      price: gbp(399),
      leadTimeDays: 1,
      cutoffHour: 22,
      window: { from: '08:00', to: '10:00' },
    },
    { id: 'express', name: 'same-day delivery', price: gbp(699), leadTimeDays: 0, cutoffHour: 13 },
    { id: 'pickup', name: 'click and collect', price: gbp(0), leadTimeDays: 0, cutoffHour: 17 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 30,
  maxQuantityPerLine: 50,
  returnPolicy:
    'You can return most things within 30 days for a full refund. If fresh or frozen food was not ' +
    'right, tell us within 7 days and we will refund it. Give it back to your driver, or bring it to ' +
    'the shop with your order number.',
  warrantyPolicy:
    'Small electricals and batteries come with the maker’s guarantee, usually one year. If one stops ' +
    'working in the first 90 days, we will replace it ourselves. Keep your order number and we will ' +
    'find the purchase for you.',
  substitutionPolicy:
    'If something is out of stock when we pick your order, we choose the nearest match at the same ' +
    'price or less and tell you at the door. Hand back anything you do not want and we will refund it.',
  storeAddress: '12 Harbour Street in Bristol, opposite the library',
  hours: [
    { day: 0, opens: '10:00', closes: '16:00' },
    { day: 1, opens: '07:00', closes: '22:00' },
    { day: 2, opens: '07:00', closes: '22:00' },
    { day: 3, opens: '07:00', closes: '22:00' },
    { day: 4, opens: '07:00', closes: '22:00' },
    { day: 5, opens: '07:00', closes: '22:00' },
    { day: 6, opens: '08:00', closes: '22:00' },
  ],
  supportPhone: '+44 113 496 0142',
  supportEmail: 'help@highstreetgrocer.example',
  supportHours: 'every day from eight in the morning to eight in the evening',
};
