/**
 * The Indian demo store's settings: a neighbourhood grocery (kirana) in Delhi that delivers, selling
 * in rupees at shelf prices that include GST, as Indian MRPs do, serving Indian English and Hindi;
 * loaded by `npm start -- --store india` and `npm run db:start -- --store india`. Express delivery
 * comes in an evening window ("today, 6 to 8 pm"). One GST rate for the whole store: 5%, the rate
 * of most packaged groceries.
 */
import type { StoreSettings } from '../../domain/model';

const inr = (amount: number) => ({ amount, currency: 'INR' });

/** The Indian demo store. */
export const INDIA_STORE_SETTINGS: StoreSettings = {
  name: 'Apna Bazaar',
  sellerName: 'Apna Bazaar Kirana Store',
  currency: 'INR',
  locale: 'en-IN',
  locales: ['en-IN', 'hi-IN'],
  timeZone: 'Asia/Kolkata',
  taxRatePercent: '5',
  pricesIncludeTax: true,
  taxName: 'GST',
  taxDeliveryAndFees: false,
  fees: [],
  freeDeliveryThreshold: inr(49900),
  deliveryOptions: [
    {
      id: 'express',
      name: 'evening delivery',
      price: inr(2500),
      leadTimeDays: 0,
      cutoffHour: 16,
      window: { from: '18:00', to: '20:00' },
    },
    {
      id: 'standard',
      name: 'standard delivery',
      price: inr(1500),
      leadTimeDays: 1,
      cutoffHour: 21,
      window: { from: '09:00', to: '12:00' },
    },
    { id: 'pickup', name: 'store pickup', price: inr(0), leadTimeDays: 0, cutoffHour: 20 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 15,
  maxQuantityPerLine: 30,
  returnPolicy:
    'You can return packed items within 7 days if the seal is not opened. If fruit, vegetables or ' +
    'milk were not fresh, tell us the same day and we will replace them or refund you.',
  warrantyPolicy:
    'Electrical items carry the maker’s warranty. Keep your order number, and we will help you ' +
    'claim it.',
  substitutionPolicy:
    'If an item is out of stock, we call you before packing a replacement. If we cannot reach you, we ' +
    'leave it out and you are not charged for it.',
  storeAddress: 'Shop 4, Lajpat Nagar Central Market, New Delhi',
  hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '07:00', closes: '22:00' })),
  supportPhone: '+91 11 4055 0142',
  supportEmail: 'help@apnabazaar.example',
  supportHours: 'every day from eight in the morning to ten at night',
};
