/** Spoken orders in a search phrase: the real index orders the matching products by price or popularity. */
import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import { product, usd } from './search-products';

const skus = (hits: readonly { product: { sku: string } }[]): string[] => hits.map((h) => h.product.sku);

const coffees = buildSearchIndex([
  product('GROUND-1', 'Original Medium Roast Ground Coffee', { price: usd(999), popularity: 82, synonyms: ['coffee'] }),
  product('GROUND-2', 'Pike Place Roast Ground Coffee', { price: usd(1099), popularity: 74, synonyms: ['coffee'] }),
  product('BEANS', 'French Roast Whole Bean Coffee', { price: usd(799), popularity: 45 }),
  product('DECAF', 'Decaf Ground Coffee', { price: usd(749), popularity: 28 }),
  product('FILTERS', 'Coffee Filters Basket', { price: usd(299), popularity: 35 }),
  product('MUG', 'Coffee Mug', { price: usd(199), popularity: 90 }),
  product('TEA', 'Green Tea', { price: usd(349), popularity: 50 }),
]); // prettier-ignore

describe('spoken orders', () => {
  it.each([
    'cheapest coffee',
    'least expensive coffee',
    'coffee lowest price',
    'the cheapest coffee you have',
  ])('orders the coffees by price for "%s", not the things named after coffee', (text) => {
    const result = coffees.search({ text, limit: 4 });
    expect(result.constraints.cheapest).toBe(true);
    expect(skus(result.hits)).toEqual(['DECAF', 'BEANS', 'GROUND-1', 'GROUND-2']);
    expect(result.terms).toBe('coffee');
  });

  it.each(['most popular coffee', 'best selling coffee', 'your best seller coffee'])(
    'orders the coffees by popularity for "%s"',
    (text) => {
      const result = coffees.search({ text, limit: 4 });
      expect(result.constraints.mostPopular).toBe(true);
      expect(skus(result.hits)).toEqual(['GROUND-1', 'GROUND-2', 'BEANS', 'DECAF']);
    },
  );

  it('counts a product whose name ends in a description or packaging as what was said', () => {
    const index = buildSearchIndex([
      product('CREAMY', 'Creamy Peanut Butter', { price: usd(349) }),
      product('CRUNCHY', 'Peanut Butter Crunchy', { price: usd(109) }),
      product('CUPS', 'Peanut Butter Cups', { price: usd(99) }),
      product('LIQUID', 'Lavender Scent Laundry Detergent', { price: usd(1299) }),
      product('PACS', 'Pods Ocean Mist Laundry Detergent Pacs', { price: usd(899) }),
    ]); // prettier-ignore
    expect(skus(index.search({ text: 'cheapest peanut butter', limit: 3 }).hits)).toEqual([
      'CRUNCHY',
      'CREAMY',
      'CUPS',
    ]);
    expect(skus(index.search({ text: 'cheapest laundry detergent', limit: 1 }).hits)).toEqual(['PACS']);
  });

  it('does not search the order words as product words', () => {
    const index = buildSearchIndex([
      product('PRICE', 'Price Chopper Lowest Price Bread', { price: usd(100) }),
      product('WHITE', 'White Bread', { price: usd(300), popularity: 900 }),
      product('WHEAT', 'Whole Wheat Bread', { price: usd(250), popularity: 10 }),
    ]);
    const result = index.search({ text: 'most popular bread' });
    expect(result.terms).toBe('bread');
    expect(skus(result.hits)[0]).toBe('WHITE');
  });

  it('puts in-stock products first, then the order', () => {
    const index = buildSearchIndex([
      product('A', 'Peanut Butter', { brand: 'Alpha', price: usd(199), stock: 0 }),
      product('B', 'Peanut Butter', { brand: 'Beta', price: usd(299), popularity: 5 }),
      product('C', 'Peanut Butter', { brand: 'Gamma', price: usd(399), popularity: 50 }),
    ]);
    expect(skus(index.search({ text: 'cheapest peanut butter' }).hits)).toEqual(['B', 'C', 'A']);
    expect(skus(index.search({ text: 'most popular peanut butter' }).hits)).toEqual(['C', 'B', 'A']);
  });

  it('is ambiguous only when the first two tie on the key', () => {
    const index = buildSearchIndex([
      product('A', 'Oat Milk', { brand: 'Alpha', price: usd(399), popularity: 5 }),
      product('B', 'Oat Milk', { brand: 'Beta', price: usd(399), popularity: 9 }),
    ]);
    expect(index.search({ text: 'cheapest oat milk' }).ambiguous).toBe(true);
    expect(index.search({ text: 'most popular oat milk' }).ambiguous).toBe(false);
  });
});
