/**
 * The demo catalog file reads cleanly through the production reader and is the store the demo
 * promises: every department, real brands and the store brand, sold-out and low-stock items, and the
 * names and synonyms speech recognition has to cope with.
 */
import { readCatalogFile } from '../../lambda/adapters/catalog-file/read-catalog-file';
import type { ProductInput } from '../../lambda/domain/model';
import { DEMO_CATALOG_PATH } from '../../lambda/local/load-demo-store';

let products: ProductInput[];

beforeAll(async () => {
  products = [];
  for await (const row of readCatalogFile(DEMO_CATALOG_PATH, { currency: 'USD' })) {
    if (row.error) throw new Error(`line ${row.line}: ${row.error.field}: ${row.error.reason}`);
    products.push(row.product!);
  }
});

const named = (pattern: RegExp) => products.filter((p) => pattern.test(`${p.brand ?? ''} ${p.name}`));

describe('the demo catalog', () => {
  it('has at least 300 valid products across every department', () => {
    expect(products.length).toBeGreaterThanOrEqual(300);
    expect(new Set(products.map((p) => p.category))).toEqual(
      new Set([
        'Dairy',
        'Bakery',
        'Produce',
        'Meat & Seafood',
        'Frozen',
        'Pantry',
        'Breakfast',
        'Snacks',
        'Beverages',
        'Coffee & Tea',
        'Baby',
        'Pet',
        'Household',
        'Paper Goods',
        'Personal Care',
        'Health',
      ]),
    );
    expect(products.every((p) => p.brand && p.size && p.price.amount > 0 && p.synonyms.length > 0)).toBe(
      true,
    );
  });

  it('has a few sold-out and low-stock items', () => {
    expect(products.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(3);
    expect(products.filter((p) => p.stock > 0 && p.stock <= 3).length).toBeGreaterThanOrEqual(3);
  });

  it('has the names speech recognition mangles', () => {
    for (const pattern of [
      /raisin bran/i,
      /almond butter/i,
      /8-grain bread/i,
      /coffee-mate/i,
      /lay's/i,
      /pepsi zero sugar/i,
      /ginger ale/i,
      /organic/i,
      /gluten free/i,
    ]) {
      expect(named(pattern).length).toBeGreaterThan(0);
    }
    const oatMilks = named(/oat milk/i).map((p) => p.brand);
    expect(oatMilks).toEqual(expect.arrayContaining(['Oatly', 'Corner Market']));
  });

  it('carries the synonyms people say', () => {
    const withSynonyms = (...words: string[]) =>
      products.filter((p) => words.every((word) => p.synonyms.includes(word)));
    expect(withSynonyms('soda', 'pop', 'soft drink').length).toBeGreaterThan(0);
    expect(withSynonyms('toilet paper', 'tp', 'bathroom tissue').length).toBeGreaterThan(0);
  });
});
