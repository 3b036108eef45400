import { buildSearchIndex } from '../../../lambda/adapters/search/search-index';
import { product, usd } from './search-products';

const skus = (hits: readonly { product: { sku: string } }[]): string[] => hits.map((h) => h.product.sku);

describe('search ranking', () => {
  it('puts the text match first, even against a far more popular partial match', () => {
    const index = buildSearchIndex([
      product('COOK', 'Strawberry Jam Filled Shortbread Cookies', { popularity: 100000 }),
      product('JAM', 'Strawberry Jam', { popularity: 1 }),
    ]);
    expect(skus(index.search({ text: 'strawberry jam' }).hits)).toEqual(['JAM', 'COOK']);
  });

  it('leaves out the products carrying what was said to be unwanted, and keeps names that say "no"', () => {
    const index = buildSearchIndex([
      product('CHEERIOS', 'Cheerios', { synonyms: ['cereal'] }),
      product('SUGAR', 'Granulated Sugar', { popularity: 1000 }),
      product('FROSTED', 'Sugar Frosted Cereal'),
      product('OJ', 'Orange Juice No Pulp'),
    ]);
    expect(skus(index.search({ text: 'cereal without sugar' }).hits)).toEqual(['CHEERIOS']);
    expect(skus(index.search({ text: 'orange juice no pulp' }).hits)).toEqual(['OJ']);
  });

  it('breaks a tie on text by popularity', () => {
    const index = buildSearchIndex([
      product('A', 'Oat Milk', { brand: 'Alpha', popularity: 5 }),
      product('B', 'Oat Milk', { brand: 'Beta', popularity: 500 }),
    ]);
    expect(skus(index.search({ text: 'oat milk' }).hits)).toEqual(['B', 'A']);
  });

  it("lifts the shopper's usual product with their purchase history", () => {
    const index = buildSearchIndex([
      product('A', 'Oat Milk', { brand: 'Alpha', popularity: 5 }),
      product('B', 'Oat Milk', { brand: 'Beta', popularity: 500 }),
    ]);
    const history = new Map([['A', 4]]);
    expect(skus(index.search({ text: 'oat milk', history }).hits)).toEqual(['A', 'B']);
  });

  it('puts in-stock products before out-of-stock ones that match as well', () => {
    const index = buildSearchIndex([
      product('OUT', 'Whole Milk', { brand: 'Alpha', stock: 0, popularity: 900 }),
      product('IN', 'Whole Milk', { brand: 'Beta', stock: 3, popularity: 1 }),
    ]);
    const result = index.search({ text: 'whole milk' });
    expect(skus(result.hits)).toEqual(['IN', 'OUT']);
  });

  it('prefers the product whose name is what was said', () => {
    const index = buildSearchIndex([
      product('YOG', 'Whole Milk Greek Yogurt'),
      product('MILK', 'Whole Milk'),
    ]);
    expect(skus(index.search({ text: 'whole milk' }).hits)).toEqual(['MILK', 'YOG']);
  });

  it('uses the entity the platform resolved first, when the catalog has it', () => {
    const index = buildSearchIndex([product('MILK', 'Whole Milk'), product('OAT', 'Oat Milk')]);
    const resolved = index.search({ text: 'milk', resolvedSku: 'OAT' });
    expect(skus(resolved.hits)).toEqual(['OAT', 'MILK']);
    expect(resolved.ambiguous).toBe(false);
    expect(resolved.hits[0]!.score).toBeGreaterThan(resolved.hits[1]!.score);
    const unknown = index.search({ text: 'whole milk', resolvedSku: 'GONE' });
    expect(skus(unknown.hits)[0]).toBe('MILK');
  });

  it('returns at most the limit, and counts every match', () => {
    const index = buildSearchIndex(
      Array.from({ length: 30 }, (_, i) => product(`S${i}`, `Sparkling Water Flavour ${i}`)),
    );
    const result = index.search({ text: 'sparkling water', limit: 3 });
    expect(result.hits).toHaveLength(3);
    expect(result.total).toBe(30);
    expect(index.search({ text: 'sparkling water' }).hits).toHaveLength(10);
  });
});

describe('the clarification margin', () => {
  const index = buildSearchIndex([
    product('A', 'Vanilla Almond Milk', { brand: 'Silk' }),
    product('B', 'Vanilla Oat Milk', { brand: 'Oatly' }),
    product('C', 'Sharp Cheddar Cheese'),
  ]);

  it('is ambiguous when the top two are too close to call', () => {
    const result = index.search({ text: 'vanilla milk' });
    expect(result.ambiguous).toBe(true);
    expect(skus(result.hits).slice(0, 2).sort()).toEqual(['A', 'B']);
  });

  it('is not ambiguous when one product clearly wins', () => {
    expect(index.search({ text: 'vanilla oat milk' }).ambiguous).toBe(false);
    expect(index.search({ text: 'cheddar' }).ambiguous).toBe(false);
  });

  it('follows the configured margin', () => {
    const strict = buildSearchIndex(
      [product('A', 'Vanilla Almond Milk', { brand: 'Silk' }), product('B', 'Vanilla Oat Milk')],
      { ambiguityMargin: 0 },
    );
    expect(strict.search({ text: 'vanilla milk' }).ambiguous).toBe(false);
  });
});

describe('constraints applied', () => {
  const index = buildSearchIndex([
    product('B1', 'Sourdough Bread', { price: usd(549), category: 'Bakery' }),
    product('B2', 'White Bread', { price: usd(249), category: 'Bakery' }),
    product('B3', 'Organic Whole Wheat Bread', { price: usd(449), category: 'Bakery' }),
    product('B4', 'Gluten-Free Multigrain Bread', { price: usd(699), category: 'Bakery', brand: 'Canyon' }),
    product('B5', 'Garlic Bread', { price: usd(199), category: 'Frozen', stock: 0 }),
    product('P1', 'Frozen Peas', { price: usd(199), category: 'Frozen', size: '12 oz' }),
    product('P2', 'Frozen Peas', { price: usd(349), category: 'Frozen', size: '32 oz' }),
  ]);

  it('applies a price ceiling', () => {
    const result = index.search({ text: 'bread under five dollars' });
    expect(result.constraints.maxPrice).toEqual(usd(500));
    expect(skus(result.hits).sort()).toEqual(['B2', 'B3', 'B5']);
  });

  it('understands but does not apply a ceiling it is told to ignore', () => {
    const result = index.search({ text: 'gluten free bread under five dollars', ignore: ['maxPrice'] });
    expect(result.constraints).toMatchObject({ maxPrice: usd(500), glutenFree: true });
    expect(skus(result.hits)).toEqual(['B4']);
    expect(index.search({ text: 'gluten free bread under five dollars' }).hits).toEqual([]);
  });

  it('orders by price for "cheapest", in-stock first', () => {
    const result = index.search({ text: 'cheapest bread' });
    expect(result.constraints.cheapest).toBe(true);
    expect(skus(result.hits)).toEqual(['B2', 'B3', 'B1', 'B4', 'B5']);
  });

  it('applies organic, gluten free, category, brand and size', () => {
    expect(skus(index.search({ text: 'organic bread' }).hits)).toEqual(['B3']);
    expect(skus(index.search({ text: 'gluten free bread' }).hits)).toEqual(['B4']);
    expect(skus(index.search({ text: 'bread in frozen' }).hits)).toEqual(['B5']);
    const brand = index.search({ text: 'canyon bread' });
    expect(brand.constraints.brand).toBe('Canyon');
    expect(skus(brand.hits)).toEqual(['B4']);
    expect(skus(index.search({ text: 'peas thirty two ounce' }).hits)).toEqual(['P2']);
  });

  it('lists what fits the constraints alone when no other word was said', () => {
    const result = index.search({ text: 'cheapest in frozen' });
    expect(result.terms).toBe('');
    expect(skus(result.hits)).toEqual(['P1', 'P2', 'B5']);
  });

  it('returns nothing, with the constraints, when nothing fits', () => {
    const result = index.search({ text: 'bread under one dollar' });
    expect(result).toMatchObject({ hits: [], total: 0, ambiguous: false });
    expect(result.constraints.maxPrice).toEqual(usd(100));
  });
});

describe('cheapest of what was said', () => {
  const price = (amount: number) => ({ price: usd(amount) });
  const index = buildSearchIndex([
    product('ROT', 'Organic Chickpea Pasta Rotini', { ...price(349), synonyms: ['chickpea pasta'] }),
    product('ELB', 'Elbow Macaroni', { ...price(129), synonyms: ['elbows', 'elbow pasta'] }),
    product('SPA', 'Spaghetti', { ...price(199), synonyms: ['spaghetti pasta'] }),
    product('SAU', 'Traditional Pasta Sauce', { ...price(99) }),
    product('EGG', 'Large White Eggs', { ...price(399) }),
    product('WHI', 'Liquid Whites', { ...price(329), synonyms: ['liquid eggs'] }),
    product('HAH', 'Half and Half', { ...price(249), synonyms: ['cream for coffee'] }),
    product('COF', 'Ground Coffee', { ...price(799) }),
  ]);

  it('counts a product whose short other name says what was said when no name does: "cheapest pasta"', () => {
    expect(skus(index.search({ text: 'cheapest pasta' }).hits).slice(0, 3)).toEqual(['ELB', 'SPA', 'ROT']);
  });

  it('keeps to the products named so when one is: "cheapest eggs" is not the liquid whites', () => {
    expect(skus(index.search({ text: 'cheapest eggs' }).hits)[0]).toBe('EGG');
  });

  it('reads a name before "for": "cream for coffee" is cream, not the cheapest coffee', () => {
    expect(skus(index.search({ text: 'cheapest coffee' }).hits)[0]).toBe('COF');
  });
});

describe('empty input', () => {
  it('answers an empty catalog with an empty result', () => {
    const index = buildSearchIndex([]);
    for (const text of ['milk', 'cheapest milk under 5 dollars', '']) {
      expect(index.search({ text })).toMatchObject({ hits: [], total: 0, ambiguous: false });
    }
  });

  it('answers an empty or meaningless query with an empty result', () => {
    const index = buildSearchIndex([product('MILK', 'Whole Milk')]);
    for (const text of ['', '   ', 'the', '?!', 'zzzzqqq', '🥛', 'a'.repeat(5000)]) {
      expect(index.search({ text })).toEqual({
        hits: [],
        total: 0,
        ambiguous: false,
        constraints: {},
        terms: expect.any(String) as string,
      });
    }
  });
});
