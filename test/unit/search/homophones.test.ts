/**
 * Sound-alike words a recogniser writes, over the real index: the reading the catalog satisfies is
 * searched, and the words as heard win when the catalog has them.
 */
import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import { product } from './search-products';

const store = buildSearchIndex([
  product('FLOUR', 'Flour Tortillas', { popularity: 1 }),
  product('CORN', 'Corn Tortillas', { popularity: 900 }),
  product('THYME', 'Fresh Thyme', { popularity: 1 }),
  product('LIMES', 'Fresh Limes', { popularity: 900 }),
  product('CEREAL', 'Honey Nut Cereal'),
  product('MOUSSE', 'Chocolate Mousse Cups'),
  product('CHOC', 'Chocolate Bar', { popularity: 900 }),
  product('PEARS', 'Bartlett Pears'),
  product('LEEKS', 'Leeks'),
  product('BREAD', 'Whole Wheat Bread'),
  product('CRACKERS', 'Whole Wheat Crackers', { popularity: 900 }),
  product('TRACKS', 'Moose Tracks Ice Cream'),
  product('STEAK', 'Ribeye Steak'),
]);

describe('homophones', () => {
  it.each([
    ['flower tortillas', 'FLOUR', 'flour tortilla'],
    ['fresh time', 'THYME', 'fresh thyme'],
    ['serial', 'CEREAL', 'cereal'],
    ['chocolate moose', 'MOUSSE', 'chocolate mousse'],
    ['pairs', 'PEARS', 'pear'],
    ['leaks', 'LEEKS', 'leek'],
    ['whole wheat bred', 'BREAD', 'whole wheat bread'],
    ['ribeye stake', 'STEAK', 'ribeye steak'],
  ])('reads "%s" as the catalog can satisfy it', (text, sku, terms) => {
    const result = store.search({ text });
    expect(result.hits[0]?.product.sku).toBe(sku);
    expect(result.terms).toBe(terms);
  });

  it('keeps the words as heard when the catalog has them', () => {
    const result = store.search({ text: 'moose tracks ice cream' });
    expect(result.hits[0]?.product.sku).toBe('TRACKS');
    expect(result.terms).toBe('moose track ice cream');
  });
});
