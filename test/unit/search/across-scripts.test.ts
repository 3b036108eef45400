/**
 * Search across scripts over the India demo catalog: a product is found alike from its Devanagari
 * name, its romanised Hindi name in the spellings people type, and its English name; a request said
 * around the product words ("mujhe doodh chahiye") finds it too; and a snapshot keeps the products'
 * Hindi names and answers as the index it was made from.
 */
import { join } from 'node:path';
import { readCatalogFile } from '../../../lambda/adapters/catalog-file/read-catalog-file';
import {
  buildSearchIndex,
  searchIndexOver,
  type SearchIndex,
} from '../../../lambda/adapters/search/search-index';
import { decodeIndex, encodeIndex } from '../../../lambda/adapters/search/snapshot-codec';
import type { Product } from '../../../lambda/domain/model';

const INDIA_CATALOG = join(__dirname, '../../../lambda/local/demo/india-catalog.csv');

let products: Product[];
let index: SearchIndex;

beforeAll(async () => {
  products = [];
  for await (const row of readCatalogFile(INDIA_CATALOG, { currency: 'INR' })) {
    if (row.error) throw new Error(`line ${row.line}: ${row.error.field}: ${row.error.reason}`);
    products.push({ ...row.product!, version: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
  }
  index = buildSearchIndex(products, { currency: 'INR' });
});

const top = (text: string, n = 3, over = index): string[] =>
  over
    .search({ text })
    .hits.slice(0, n)
    .map((h) => h.product.sku);

describe('search across scripts', () => {
  it.each([
    ['दूध', 'doodh', 'dudh', 'milk'],
    ['आटा', 'aata', 'atta', 'atta'],
    ['चावल', 'chawal', 'chaval', 'rice'],
    ['प्याज़', 'pyaaz', 'pyaj', 'onion'],
    ['जीरा', 'jeera', 'zeera', 'cumin'],
    ['मूँग दाल', 'moong dal', 'mung daal', 'moong dal'],
    ['सरसों का तेल', 'sarson ka tel', 'sarso tel', 'mustard oil'],
  ])('%s, %s, %s and %s find the same products', (devanagari, romanised, variant, english) => {
    const found = top(devanagari);
    expect(found.length).toBeGreaterThan(0);
    expect(top(romanised)).toEqual(found);
    expect(top(variant)).toEqual(found);
    expect(top(english, 10)).toEqual(expect.arrayContaining([found[0]]));
  });

  it('reads a Devanagari spelling variant as the word (nukta, chandrabindu)', () => {
    expect(top('प्याज')).toEqual(top('प्याज़'));
    expect(top('मूंग दाल')).toEqual(top('मूँग दाल'));
  });

  it('looks past the words of a request said in Hindi', () => {
    expect(top('mujhe doodh chahiye')).toEqual(top('doodh'));
    expect(top('मुझे आटा चाहिए')).toEqual(top('आटा'));
    expect(top('आपके पास हल्दी है क्या', 1)).toEqual(['SPI-006']);
  });

  it('reads a price ceiling said the Hindi way, after the amount, or in Indian English', () => {
    const maxPrice = (text: string) => index.search({ text }).constraints.maxPrice;
    expect(maxPrice('200 रुपये से कम की चाय')).toEqual({ amount: 20000, currency: 'INR' });
    expect(maxPrice('chai 200 rupaye tak')).toEqual({ amount: 20000, currency: 'INR' });
    expect(maxPrice('tea under 200 rupees')).toEqual({ amount: 20000, currency: 'INR' });
    expect(maxPrice('200 ग्राम चाय')).toBeUndefined();
    const teas = index.search({ text: '200 रुपये से कम की चाय' }).hits.map((h) => h.product);
    expect(teas.length).toBeGreaterThan(0);
    expect(teas.every((p) => p.price.amount <= 20000)).toBe(true);
    expect(teas.map((p) => p.sku)).toContain('BEV-003');
  });

  it('finds a branded product by its brand in either script', () => {
    expect(top('अमूल मक्खन', 1)).toEqual(top('amul butter', 1));
    expect(top('amul makhan', 1)).toEqual(['DRY-006']);
  });

  it('keeps Hindi names through a snapshot, which answers as the index it was made from', () => {
    const { data } = decodeIndex(encodeIndex(index.data, 7));
    const restored = searchIndexOver(data);
    for (const query of ['दूध', 'chawal', 'sarson ka tel', 'milk']) {
      expect(top(query, 3, restored)).toEqual(top(query));
    }
    const milk = restored.search({ text: 'दूध' }).hits[0]!.product;
    expect(milk.localNames?.['hi-IN']?.name).toMatch(/दूध/);
  });
});
