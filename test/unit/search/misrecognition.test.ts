import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import { product } from './search-products';

const catalog = [
  product('AVO', 'Organic Hass Avocado', { category: 'Produce' }),
  product('MILK', 'Whole Milk', { category: 'Dairy & Eggs' }),
  product('PB', 'Peanut Butter Creamy', { brand: 'Jif' }),
  product('RB', 'Raisin Bran Cereal', { brand: "Kellogg's" }),
  product('BF', 'Bran Flakes Cereal', { brand: 'Post' }),
  product('RAIS', 'Golden Raisins', { brand: 'Sun-Maid' }),
  product('AB', 'Almond Butter', { brand: "Justin's" }),
  product('ALLP', 'All Purpose Flour', { brand: 'Gold Medal' }),
  product('8G', 'Eight Grain Bread', { brand: 'Pepperidge Farm' }),
  product('WW', 'Whole Wheat Bread', { brand: 'Pepperidge Farm' }),
  product('GA', 'Canada Dry Ginger Ale', { brand: 'Canada Dry' }),
  product('GIN', 'Ground Ginger', { brand: 'McCormick' }),
  product('NB', 'Spiral Notebook', { brand: 'Five Star' }),
  product('CM', 'Coffee-mate French Vanilla Creamer', { brand: 'Coffee-mate' }),
  product('COF', 'House Blend Ground Coffee', { brand: 'Starbucks' }),
  product('LAYS', "Lay's Classic Potato Chips", { brand: "Lay's" }),
  product('DOR', 'Doritos Nacho Cheese Tortilla Chips', { brand: 'Doritos' }),
  product('PZS', 'Pepsi Zero Sugar', { brand: 'Pepsi' }),
  product('PEP', 'Pepsi Cola', { brand: 'Pepsi' }),
  product('CZ', 'Cheez-It Original Crackers', { brand: 'Cheez-It' }),
  product('HNC', 'Honey Nut Cheerios', { brand: 'General Mills' }),
  product('PAS', 'Penne Pasta', { brand: 'Barilla' }),
  product('POST', 'Post Honey Bunches of Oats', { brand: 'Post' }),
  product('CHK', 'Chickpeas', { brand: 'Goya' }),
  product('BLK', 'Black Beans', { brand: 'Goya' }),
  product('SILK', 'Silk Soymilk', { brand: 'Silk' }),
  product('COKE', 'Coca-Cola Classic', { brand: 'Coca-Cola', synonyms: ['coke'] }),
];
const index = buildSearchIndex(catalog);
const first = (text: string): string | undefined => index.search({ text }).hits[0]?.product.sku;

describe('search survives what speech recognition does to product names', () => {
  it.each([
    ['organic has avocado', 'AVO'],
    ['pee nut butter', 'PB'],
    ['raisin brand', 'RB'],
    ['all mond butter', 'AB'],
    ['eight grain bread', '8G'],
    ['8-grain bread', '8G'],
    ['gingerale', 'GA'],
    ['ginger ale', 'GA'],
    ['note book', 'NB'],
    ['coffee mate creamer', 'CM'],
    ['coffeemate', 'CM'],
    ['lays chips', 'LAYS'],
    ['pepsi max zero', 'PZS'],
    ['cheese its', 'CZ'],
    ['honey nut cheery owes', 'HNC'],
    ['whole milk', 'MILK'],
  ])('"%s" finds %s first', (text, sku) => {
    expect(first(text)).toBe(sku);
  });

  it('ranks the exact word above a rarer sound-alike', () => {
    expect(first('pasta')).toBe('PAS');
    expect(first('honey bunches of oats')).toBe('POST');
  });

  it('reads a brand alone as the brand, and lists what it has', () => {
    const result = index.search({ text: 'post' });
    expect(result.constraints).toEqual({ brand: 'Post' });
    expect(result.hits.map((h) => h.product.sku).sort()).toEqual(['BF', 'POST']);
    expect(result.hits.every((h) => h.score >= 1)).toBe(true);
  });

  it('ranks a sound-alike below the exact match but still finds it', () => {
    const skus = index.search({ text: 'milk' }).hits.map((h) => h.product.sku);
    expect(skus[0]).toBe('MILK');
    expect(skus.indexOf('SILK')).toBeGreaterThan(0);
  });

  it('finds products by the catalog synonyms and the built-in grocery synonyms', () => {
    expect(first('coke')).toBe('COKE');
    expect(
      index
        .search({ text: 'soda' })
        .hits.map((h) => h.product.sku)
        .sort(),
    ).toEqual(['COKE', 'PEP']);
    expect(first('garbanzo beans')).toBe('CHK');
  });

  it('reports the words it matched, with constraints taken out', () => {
    expect(index.search({ text: 'do you have raisin bran under five dollars' }).terms).toBe('raisin bran');
  });
});
