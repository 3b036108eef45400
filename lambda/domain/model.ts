/**
 * The domain's data: products, carts, orders, customers and store settings. Plain readonly types,
 * no behaviour and no I/O; the rules that act on them live in the *-rules.ts and *-service.ts files.
 */

/** An amount of money in minor units (cents for USD) of one currency; the rules are in money.ts. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** A product the store sells. `stock` is the number of units that can still be sold. */
export interface Product {
  readonly sku: string;
  readonly name: string;
  readonly brand?: string;
  readonly category?: string;
  readonly size?: string;
  /** Other things people call it ("soda" for "soft drink"). */
  readonly synonyms: readonly string[];
  /** Its name and other names in other locales' languages, by BCP 47 tag ("hi-IN": "दूध"). */
  readonly localNames?: Readonly<Record<string, LocalNames>>;
  readonly description?: string;
  readonly imageUrl?: string;
  readonly price: Money;
  readonly stock: number;
  /** Relative popularity, higher sells more; used to rank search results. */
  readonly popularity: number;
  /** Incremented on every write of the product. */
  readonly version: number;
  readonly updatedAt: string;
}

/** A product's name and other names in one locale's language. */
export interface LocalNames {
  readonly name?: string;
  readonly synonyms: readonly string[];
}

/** A product as a catalog file or the merchant supplies it, before the store assigns a version. */
export type ProductInput = Omit<Product, 'version' | 'updatedAt'>;

/** One line of a cart: the product, how many, and the unit price when it was added (a snapshot). */
export interface CartLine {
  readonly sku: string;
  readonly name: string;
  readonly brand?: string;
  readonly size?: string;
  readonly quantity: number;
  readonly unitPrice: Money;
}

/** A shopper's cart. `version` is 0 for a cart that has never been saved; saves are conditional on it. */
export interface Cart {
  readonly customerId: string;
  readonly lines: readonly CartLine[];
  readonly version: number;
  readonly updatedAt: string;
}

/** Where an order is in its life. */
export type OrderStatus =
  'placed' | 'confirmed' | 'packed' | 'shipped' | 'out_for_delivery' | 'delivered' | 'cancelled' | 'returned';

/** One line of an order or a quote, priced. */
export interface OrderLine {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly lineTotal: Money;
}

/** A delivery option as chosen for a quote or order. */
export interface ChosenDelivery {
  readonly optionId: string;
  readonly name: string;
  readonly price: Money;
  /** The date (YYYY-MM-DD, store time zone) the order is expected to arrive. */
  readonly expectedDate: string;
  /** The time of day it is expected, when the option delivers in a window. */
  readonly window?: DeliveryWindow;
}

/** A delivery time window, "HH:MM" to "HH:MM" in the store's time zone ("18:00" to "20:00"). */
export interface DeliveryWindow {
  readonly from: string;
  readonly to: string;
}

/** A named fee added to an order ("bag fee", "service fee"). */
export interface AppliedFee {
  readonly id: string;
  readonly name: string;
  readonly amount: Money;
}

/** What an order would cost: every figure the shopper hears before confirming. */
export interface Quote {
  readonly currency: string;
  readonly lines: readonly OrderLine[];
  readonly subtotal: Money;
  readonly delivery: ChosenDelivery;
  readonly fees: readonly AppliedFee[];
  readonly tax: Money;
  readonly total: Money;
}

/** How an order is paid. */
export interface PaymentRecord {
  readonly method: 'pay_on_delivery' | 'merchant_webhook';
  readonly reference: string;
  readonly status: 'due_on_delivery' | 'authorized';
}

/** A status change in an order's history. */
export interface StatusChange {
  readonly status: OrderStatus;
  readonly at: string;
  /** Who moved it: the shopper (a cancellation by voice) or the store; absent on older orders. */
  readonly by?: 'shopper' | 'store';
}

/** Lines added to a placed order before packing, the difference in total (paid on its own), its key. */
export interface OrderAmendment {
  readonly key: string;
  readonly at: string;
  readonly lines: readonly OrderLine[];
  readonly difference: Money;
  readonly payment: PaymentRecord;
}

/** A placed order: its status moves; lines may be added before packing (the quote as it stands). */
export interface Order {
  readonly orderId: string;
  readonly customerId: string;
  readonly placedAt: string;
  readonly status: OrderStatus;
  readonly history: readonly StatusChange[];
  readonly quote: Quote;
  readonly payment: PaymentRecord;
  readonly idempotencyKey: string;
  readonly version: number;
  readonly amendments?: readonly OrderAmendment[];
}

/** A customer's profile: preferences and purchase protection. Personal data stays in here only. */
export interface CustomerProfile {
  readonly customerId: string;
  readonly name?: string;
  readonly addressSummary?: string;
  /** Speech rate in percent of normal (100); applied with SSML prosody to every response. */
  readonly speechRate: number;
  /** Salted scrypt hash of the 4-digit voice code, when the customer set one. */
  readonly voiceCodeHash?: string;
  readonly voiceCodeFailures: number;
  /** ISO time until which purchases are locked after too many wrong voice codes. */
  readonly purchasesLockedUntil?: string;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly version: number;
}

/** A delivery option the store offers. Orders before the cut-off hour count from today. */
export interface DeliveryOption {
  readonly id: string;
  readonly name: string;
  readonly price: Money;
  /** Whole days from the order day (after cut-off: from the next day) until delivery; 0 is same day. */
  readonly leadTimeDays: number;
  /** Hour of the day (0-23, store time zone) after which an order counts as placed the next day. */
  readonly cutoffHour: number;
  /** The time of day it arrives, when it delivers in a window ("today, 6 to 8 pm"). */
  readonly window?: DeliveryWindow;
}

/** A fee the store charges on every order. */
export interface StoreFee {
  readonly id: string;
  readonly name: string;
  readonly amount: Money;
}

/** Opening hours for one weekday (0 = Sunday), "HH:MM" in the store's time zone. */
export interface OpeningHours {
  readonly day: number;
  readonly opens: string;
  readonly closes: string;
}

/** Everything about the store that the conversation says or the checkout computes with. */
export interface StoreSettings {
  readonly name: string;
  /** The seller named in the checkout read-back. */
  readonly sellerName: string;
  readonly currency: string;
  readonly locale: string;
  readonly timeZone: string;
  /** Sales tax as a decimal percentage string, e.g. "8.875". */
  readonly taxRatePercent: string;
  /** Whether delivery and fees are taxed as well as goods. */
  readonly taxDeliveryAndFees: boolean;
  readonly fees: readonly StoreFee[];
  /** Standard delivery is free when the subtotal reaches this amount. */
  readonly freeDeliveryThreshold?: Money;
  readonly deliveryOptions: readonly DeliveryOption[];
  readonly defaultDeliveryOptionId: string;
  /** Minutes after placing during which the shopper may cancel. */
  readonly cancelWindowMinutes: number;
  readonly maxQuantityPerLine: number;
  readonly returnPolicy: string;
  readonly warrantyPolicy: string;
  /**
   * What happens when an item is out of stock as the order is packed (a similar item, or left out and
   * not charged), read aloud when asked; none set is said plainly.
   */
  readonly substitutionPolicy?: string;
  /** Where the store is, as it should be heard ("418 Maple Avenue, by the post office"), for pickup. */
  readonly storeAddress?: string;
  readonly hours: readonly OpeningHours[];
  readonly supportPhone: string;
  readonly supportEmail: string;
  /** When a person answers handoff requests, in words ("weekdays nine to five"). */
  readonly supportHours: string;
  /** Days after delivery a line may be returned (none set: no return policy); fresh food's, shorter. */
  readonly returnWindowDays?: number;
  readonly freshReturnWindowDays?: number;
  /** Catalog categories counted as fresh food ("Dairy", "Produce"), compared ignoring case. */
  readonly freshCategories?: readonly string[];
  /**
   * The locales the store serves (BCP 47, e.g. ["hi-IN", "en-IN"]), `locale` among them; a shopper
   * whose device speaks another is answered in the nearest of these. Just `locale` when unset.
   */
  readonly locales?: readonly string[];
  /**
   * Shelf prices include the tax (VAT, GST), as in the UK and India: the total adds nothing for
   * tax and the read-back names the tax it contains. Sales tax is added on top when unset.
   */
  readonly pricesIncludeTax?: boolean;
  /** What the tax is called in the read-back ("VAT", "GST"); "tax" when unset. */
  readonly taxName?: string;
}
