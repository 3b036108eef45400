/**
 * Attribute words decide the product: over the real index, a product carrying the reading said (in
 * any of its phrases) outranks a more popular one that says nothing of it, and one carrying a
 * conflicting reading ranks below both.
 */
import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import type { Product } from '../../../lambda/domain/model';
import { product } from './search-products';

const skus = (hits: readonly { product: { sku: string } }[]): string[] => hits.map((h) => h.product.sku);
const order = (products: Product[], text: string): string[] =>
  skus(buildSearchIndex(products).search({ text }).hits);

describe('attribute words', () => {
  const milks = [
    product('WHOLE', 'Whole Milk', { popularity: 900 }),
    product('TWO', 'Reduced Fat Milk', { popularity: 5000 }),
    product('FREE', 'Fat Free Milk', { popularity: 5 }),
    product('PLAIN', 'Organic Milk', { popularity: 100 }),
    product('VITD', 'Vitamin D Milk', { popularity: 1 }),
  ];

  it('finds the reading said in another of its phrases, above more popular products', () => {
    expect(order(milks, 'skim milk').slice(0, 2)).toEqual(['FREE', 'PLAIN']);
    expect(order(milks, 'nonfat milk').slice(0, 2)).toEqual(['FREE', 'PLAIN']);
    expect(order(milks, 'two percent milk').slice(0, 2)).toEqual(['TWO', 'PLAIN']);
  });

  it('puts products carrying a conflicting reading below those that say nothing of it', () => {
    const withoutWhole = milks.filter((p) => p.sku !== 'WHOLE');
    expect(order(withoutWhole, 'whole milk')).toEqual(['VITD', 'PLAIN', 'TWO', 'FREE']);
    expect(order(milks, 'skim milk').slice(2).sort()).toEqual(['TWO', 'VITD', 'WHOLE']);
  });

  it('tells unsalted from salted butter', () => {
    const butters = [
      product('SALTED', 'Salted Butter', { popularity: 900 }),
      product('NOSALT', 'Sweet Cream Butter No Salt Added', { popularity: 3 }),
      product('PLAIN', 'Butter Sticks', { popularity: 100 }),
    ];
    expect(order(butters, 'unsalted butter')).toEqual(['NOSALT', 'PLAIN', 'SALTED']);
    expect(order(butters, 'salted butter')[0]).toBe('SALTED');
  });

  it('tells decaf from regular coffee', () => {
    const coffees = [
      product('REG', 'Ground Coffee', { popularity: 900 }),
      product('DECAF', 'Decaffeinated Ground Coffee', { popularity: 5 }),
    ];
    expect(order(coffees, 'decaf coffee')).toEqual(['DECAF', 'REG']);
  });

  it('reads sizes said as words: half gallon, gallon, dozen', () => {
    const sized = [
      product('GAL', 'Whole Milk', { size: '1 gallon', popularity: 900 }),
      product('HALF', 'Whole Milk', { size: '64 fl oz', popularity: 5 }),
      product('EGG18', 'Large Eggs', { size: '18 count', popularity: 900 }),
      product('EGG12', 'Large Eggs', { size: '12 ct', popularity: 5 }),
    ];
    expect(order(sized, 'half gallon of whole milk')[0]).toBe('HALF');
    expect(order(sized, 'a half gallon of milk')[0]).toBe('HALF');
    expect(order(sized, 'gallon of milk')[0]).toBe('GAL');
    expect(order(sized, 'a dozen eggs')[0]).toBe('EGG12');
    expect(order(sized, 'dozen large eggs')[0]).toBe('EGG12');
  });
});
