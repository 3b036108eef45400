/**
 * What the conversation talks with before a merchant has set the store up: no name, no delivery,
 * no policies and no hours, so every answer that needs them says they are not set yet, while the
 * catalog can still be searched. Nothing can be bought: checkout reads the real settings.
 */
import type { StoreSettings } from './model';

/** The stand-in settings of a store that has none yet. */
export const UNSET_STORE: StoreSettings = {
  name: 'this store',
  sellerName: 'this store',
  currency: 'USD',
  locale: 'en-US',
  timeZone: 'UTC',
  taxRatePercent: '0',
  taxDeliveryAndFees: false,
  fees: [],
  deliveryOptions: [],
  defaultDeliveryOptionId: '',
  cancelWindowMinutes: 0,
  maxQuantityPerLine: 1,
  returnPolicy: '',
  warrantyPolicy: '',
  hours: [],
  supportPhone: '',
  supportEmail: '',
  supportHours: '',
};
