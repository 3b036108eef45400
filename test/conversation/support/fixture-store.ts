/**
 * A small store for conversation tests: settings and about twenty products, written here (not the
 * demo catalog), with names that exercise SSML escaping (&, <, >, quotes, accents), a sold-out
 * product, a nearly sold-out one, four oat milks for paging and two near-identical coffees.
 */
import type { ProductInput, StoreSettings } from '../../../lambda/domain/model';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The store's settings: three delivery options, a bag fee, free standard delivery from $35. */
export const FIXTURE_SETTINGS: StoreSettings = {
  name: 'Corner & Co. Grocer',
  sellerName: 'Corner & Co. Grocer LLC',
  currency: 'USD',
  locale: 'en-US',
  timeZone: 'America/New_York',
  taxRatePercent: '8.875',
  taxDeliveryAndFees: false,
  fees: [{ id: 'bag', name: 'Bag fee', amount: usd(10) }],
  freeDeliveryThreshold: usd(3500),
  deliveryOptions: [
    { id: 'standard', name: 'Standard delivery', price: usd(499), leadTimeDays: 2, cutoffHour: 17 },
    { id: 'express', name: 'Express delivery', price: usd(999), leadTimeDays: 1, cutoffHour: 12 },
    { id: 'pickup', name: 'Store pickup', price: usd(0), leadTimeDays: 0, cutoffHour: 18 },
  ],
  defaultDeliveryOptionId: 'standard',
  cancelWindowMinutes: 30,
  maxQuantityPerLine: 20,
  returnPolicy:
    "Return unopened items within 30 days for a full refund; fresh food <can't> be returned & that's final.",
  warrantyPolicy: "Appliances carry the maker's one-year warranty, and we'll help you claim it.",
  substitutionPolicy: "If something's out of stock we pick the closest match & you can <refuse> it at the door.",
  storeAddress: '7 Mill & Main Street, behind the <old> bakery',
  hours: [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '08:00', closes: '20:00' })),
  supportPhone: '+1 555 010 0199',
  supportEmail: 'help@corner.example',
  supportHours: 'weekdays from 9 AM to 5 PM',
};

type Seed = [
  sku: string,
  name: string,
  brand: string | undefined,
  category: string,
  size: string,
  cents: number,
  stock: number,
  popularity: number,
];

const SEEDS: readonly Seed[] = [
  ['OAT-OATLY', 'Oatly Oat Milk', 'Oatly', 'dairy', '64 fl oz', 499, 40, 90],
  ['OAT-PLANET', 'Planet Oat Extra Creamy Oatmilk', 'Planet Oat', 'dairy', '52 fl oz', 399, 25, 70],
  ['OAT-CALIFIA', 'Califia Farms Oat Barista Blend', 'Califia Farms', 'dairy', '32 fl oz', 549, 10, 50],
  ['OAT-SILK', 'Silk Oat Yeah Oatmilk', 'Silk', 'dairy', '64 fl oz', 459, 8, 40],
  ['ICE-BJ', "Ben & Jerry's Chocolate Fudge Brownie", "Ben & Jerry's", 'frozen', '16 oz', 599, 12, 60],
  ['MAC-ANNIE', "Annie's Shells & White Cheddar", "Annie's", 'pantry', '6 oz', 229, 30, 55],
  ['PRETZEL-TINY', 'Rold Gold <Tiny Twists> Pretzels', 'Rold Gold', 'snacks', '16 oz', 349, 15, 35],
  ['BREAD-SOUR', 'Baker\'s "Daily" Sourdough Loaf', "Baker's", 'bakery', '24 oz', 449, 6, 65],
  ['BANANAS', 'Bananas', undefined, 'produce', '1 lb', 69, 200, 95],
  ['YOGURT-CHOBANI', 'Chobani Greek Yogurt Plain', 'Chobani', 'dairy', '32 oz', 599, 0, 45],
  [
    'COFFEE-FOLGERS-ROAST',
    'Folgers Classic Roast Ground Coffee',
    'Folgers',
    'coffee and tea',
    '25.9 oz',
    1099,
    20,
    50,
  ],
  [
    'COFFEE-FOLGERS-DECAF',
    'Folgers Classic Decaf Ground Coffee',
    'Folgers',
    'coffee and tea',
    '25.9 oz',
    1099,
    20,
    50,
  ],
  ['COFFEE-LAVAZZA', 'Lavazza Crema e Gusto Espresso', 'Lavazza', 'coffee and tea', '8.8 oz', 899, 9, 30],
  [
    'COFFEE-BUSTELO',
    'Café Bustelo Espresso Ground Coffee',
    'Café Bustelo',
    'coffee and tea',
    '10 oz',
    549,
    11,
    40,
  ],
  ['EGGS-LARGE', "Eggland's Best Large Eggs", "Eggland's Best", 'dairy', '12 ct', 449, 50, 85],
  ['TOWELS-BOUNTY', 'Bounty Select-A-Size Paper Towels', 'Bounty', 'paper goods', '6 ct', 1299, 14, 60],
  ['CHEDDAR-TILLAMOOK', 'Tillamook Sharp Cheddar', 'Tillamook', 'dairy', '8 oz', 399, 3, 50],
  ['APPLES-GALA', 'Organic Gala Apples', undefined, 'produce', '2 lb', 499, 30, 60],
  ['KETCHUP-HEINZ', 'Heinz Tomato Ketchup', 'Heinz', 'pantry', '20 oz', 329, 25, 50],
  ['PASTA-BARILLA', 'Barilla Spaghetti', 'Barilla', 'pantry', '16 oz', 179, 40, 55],
  ['SOAP-DAWN', 'Dawn Ultra Dish Soap', 'Dawn', 'household', '19.4 fl oz', 399, 18, 40],
  ['CAT-PURINA', 'Purina Cat Chow', 'Purina', 'pet', '3.15 lb', 899, 7, 30],
];

/** The fixture products. */
export const FIXTURE_PRODUCTS: readonly ProductInput[] = SEEDS.map(
  ([sku, name, brand, category, size, cents, stock, popularity]) => ({
    sku,
    name,
    ...(brand ? { brand } : {}),
    category,
    size,
    synonyms: [],
    description: `${name}, ${size}.`,
    price: usd(cents),
    stock,
    popularity,
  }),
);

/** A fixture product by sku. */
export function fixture(sku: string): ProductInput {
  const product = FIXTURE_PRODUCTS.find((p) => p.sku === sku);
  if (!product) throw new Error(`no fixture product ${sku}`);
  return product;
}

/** Tuesday 10 March 2026, 10:00 in New York (14:00 UTC). */
export const FIXTURE_NOW = new Date('2026-03-10T14:00:00.000Z');
