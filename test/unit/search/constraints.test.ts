import { parseConstraints, type ConstraintVocabulary } from '../../../lambda/adapters/search/constraints';
import { normaliseWords, tokens } from '../../../lambda/adapters/search/normalise';

const phrase = (name: string): { words: string[]; name: string } => ({ words: tokens(name), name });
const vocabulary: ConstraintVocabulary = {
  currency: 'USD',
  brands: [phrase('Pepperidge Farm'), phrase("Lay's"), phrase('Jif')],
  categories: [phrase('Dairy & Eggs'), phrase('Frozen'), phrase('Bakery')],
};
const parse = (text: string): ReturnType<typeof parseConstraints> =>
  parseConstraints(normaliseWords(text), vocabulary);

describe('constraints in a spoken phrase', () => {
  it.each([
    ['bread under five dollars', 500],
    ['chips less than 3 bucks', 300],
    ['coffee below four ninety nine', 499],
    ['wine under $12.50', 1250],
    ['milk under 2 dollars and 50 cents', 250],
    ['gum under 99 cents', 99],
    ['tea for max 5 dollars', 500],
    ['cheaper than ten dollars', 1000],
  ])('reads the price ceiling in "%s"', (text, cents) => {
    expect(parse(text).constraints.maxPrice).toEqual({ amount: cents, currency: 'USD' });
  });

  it('takes the ceiling out of the words left to match', () => {
    expect(parse('bread under five dollars').rest).toEqual(['bread']);
  });

  it('does not read a product name as a price', () => {
    expect(parse('pepsi max zero').constraints).toEqual({});
    expect(parse('pepsi max zero').rest).toEqual(['pepsi', 'max', '0']);
    expect(parse('up to date coffee').constraints.maxPrice).toBeUndefined();
  });

  it('reads "without sugar" and "with no nuts" as words a product must not carry', () => {
    expect(parse('cereal without sugar')).toEqual({ constraints: { without: ['sugar'] }, rest: ['cereal'] });
    expect(parse('granola with no nuts').constraints.without).toEqual(['nut']);
    expect(parse('orange juice no pulp')).toEqual({
      constraints: {},
      rest: ['orange', 'juice', 'no', 'pulp'],
    });
    expect(parse('bread without gluten').constraints).toEqual({ glutenFree: true });
  });

  it('reads cheapest, organic and gluten free', () => {
    expect(parse('cheapest organic gluten free bread')).toEqual({
      constraints: { cheapest: true, organic: true, glutenFree: true },
      rest: ['bread'],
    });
    expect(parse('least expensive gluten-free pasta').constraints).toEqual({
      cheapest: true,
      glutenFree: true,
    });
  });

  it('reads a size', () => {
    expect(parse('pasta sixteen ounce').constraints.size).toBe('16 oz');
    expect(parse('seven up two liters').constraints.size).toBe('2 l');
    expect(parse('coke twelve pack').constraints.size).toBe('12 pack');
  });

  it('reads a category only when it is named as a place', () => {
    expect(parse('peas in frozen')).toEqual({ constraints: { category: 'Frozen' }, rest: ['pea'] });
    expect(parse('milk from the dairy aisle').constraints.category).toBe('Dairy & Eggs');
    expect(parse('bakery section rolls').constraints.category).toBe('Bakery');
    expect(parse('frozen peas').constraints.category).toBeUndefined();
  });

  it('reads a brand the catalog carries', () => {
    expect(parse('lays chips')).toEqual({ constraints: { brand: "Lay's" }, rest: ['chip'] });
    expect(parse('pepperidge farm goldfish').constraints.brand).toBe('Pepperidge Farm');
    expect(parseConstraints(normaliseWords('jif peanut butter'), vocabulary, false).constraints).toEqual({});
  });

  it('finds nothing in a phrase without constraints, or in nothing', () => {
    expect(parse('whole milk')).toEqual({ constraints: {}, rest: ['whole', 'milk'] });
    expect(parse('')).toEqual({ constraints: {}, rest: [] });
  });
});
