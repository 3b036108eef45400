/**
 * Brand names used for a kind of product, and the needs a product meets ("a headache", "my cold"),
 * over the real index: read as the kind when the catalog has no product named so, searched as said
 * when it has.
 */
import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import { product } from './search-products';

const first = (index: ReturnType<typeof buildSearchIndex>, text: string): string | undefined =>
  index.search({ text }).hits[0]?.product.sku;

describe('generic brand names', () => {
  const store = buildSearchIndex([
    product('WIPES', 'Disinfecting Wipes Lemon', { brand: 'Corner Market', popularity: 5 }),
    product('BABY', 'Baby Wipes Unscented', { popularity: 900 }),
    product('ACET', 'Acetaminophen Extra Strength 500 mg'),
    product('IBU', 'Ibuprofen 200 mg Tablets'),
    product('BALM', 'Lip Balm Original'),
    product('MARKER', 'Permanent Marker Black'),
    product('GLASS', 'Glass Cleaner Spray'),
    product('JELLY', 'Petroleum Jelly'),
    product('BAGS', 'Storage Bags Gallon'),
    product('TISSUE', 'Facial Tissues'),
    product('SWABS', 'Cotton Swabs'),
    product('TAPE', 'Duct Tape', { popularity: 900 }),
  ]);

  it.each([
    ['clorox wipes', 'WIPES'],
    ['tylenol', 'ACET'],
    ['extra strength tylenol', 'ACET'],
    ['advil', 'IBU'],
    ['chapstick', 'BALM'],
    ['a sharpie', 'MARKER'],
    ['windex', 'GLASS'],
    ['vaseline', 'JELLY'],
    ['ziploc bags', 'BAGS'],
    ['kleenex', 'TISSUE'],
    ['q-tips', 'SWABS'],
  ])('reads "%s" as the kind of product it names', (text, sku) => {
    expect(first(store, text)).toBe(sku);
  });

  it.each([
    ['a headache', ['ACET', 'IBU']],
    ['my cold', ['COLD']],
    ['an upset stomach', ['TUMS']],
    ['my allergies', ['ALLERGY']],
  ])('reads the need "%s" as the kind of product that meets it', (text, skus) => {
    const needs = buildSearchIndex([
      product('ACET', 'Acetaminophen Extra Strength', { synonyms: ['pain reliever'] }),
      product('IBU', 'Ibuprofen 200 mg', { synonyms: ['pain reliever'] }),
      product('COLD', 'Nighttime Cold and Flu Relief', { synonyms: ['cold medicine'] }),
      product('BREW', 'Cold Brew Coffee Concentrate', { popularity: 900 }),
      product('TUMS', 'Antacid Tablets'),
      product('ALLERGY', 'Allergy Relief 24 Hour'),
    ]);
    expect(skus).toContain(first(needs, text));
  });

  it('searches the brand as said when the catalog sells it', () => {
    const brands = buildSearchIndex([
      product('STORE', 'Facial Tissues', { brand: 'Corner Market', popularity: 900 }),
      product('KLEENEX', 'Ultra Soft Facial Tissues', { brand: 'Kleenex', popularity: 1 }),
      product('LYSOL', 'Disinfecting Wipes', { brand: 'Lysol', popularity: 900 }),
      product('CLOROX', 'Clorox Disinfecting Wipes Fresh Scent', { popularity: 1 }),
    ]);
    expect(first(brands, 'kleenex')).toBe('KLEENEX');
    expect(first(brands, 'clorox wipes')).toBe('CLOROX');
  });
});
