import {
  canonicalUnits,
  normaliseWords,
  numbersAsDigits,
  rawWords,
  stem,
  tokens,
} from '../../../lambda/adapters/search/normalise';

describe('search normalisation', () => {
  it('gives singular and plural the same stem', () => {
    const pairs: [string, string][] = [
      ['berries', 'berry'],
      ['cookies', 'cookie'],
      ['peaches', 'peach'],
      ['tomatoes', 'tomato'],
      ['loaves', 'loaf'],
      ['chips', 'chip'],
      ['boxes', 'box'],
      ['candies', 'candy'],
      ['pies', 'pie'],
    ];
    for (const [plural, singular] of pairs) expect([plural, stem(plural)]).toEqual([plural, stem(singular)]);
  });

  it('leaves words that only look plural alone', () => {
    expect(['hummus', 'swiss', 'asparagus', 'couscous', 'molasses'].map(stem)).toEqual([
      'hummus',
      'swiss',
      'asparagus',
      'couscous',
      stem('molasses'),
    ]);
    expect(stem('12')).toBe('12');
  });

  it('drops case, accents and apostrophes, spells symbols out and splits on punctuation', () => {
    expect(rawWords("Lay's Häagen-Dazs Ben & Jerry's")).toEqual([
      'lays',
      'haagen',
      'dazs',
      'ben',
      'and',
      'jerrys',
    ]);
    expect(rawWords('8-grain 12oz 2% $5.49')).toEqual([
      '8',
      'grain',
      '12',
      'oz',
      '2',
      'percent',
      '5.49',
      'dollars',
    ]);
  });

  it('reads number words as digits', () => {
    expect(numbersAsDigits(['eight', 'grain'])).toEqual(['8', 'grain']);
    expect(numbersAsDigits(['twenty', 'four', 'pack'])).toEqual(['24', 'pack']);
    expect(numbersAsDigits(['one', 'hundred', 'ct'])).toEqual(['100', 'ct']);
    expect(numbersAsDigits(['five', 'ninety', 'nine'])).toEqual(['5', '99']);
    expect(numbersAsDigits(['a', 'dozen', 'eggs'])).toEqual(['a', '12', 'eggs']);
  });

  it('writes units one way, and short unit letters only after a number', () => {
    expect(canonicalUnits(['16', 'ounces'])).toEqual(['16', 'oz']);
    expect(canonicalUnits(['12', 'fl', 'oz'])).toEqual(['12', 'oz']);
    expect(canonicalUnits(['2', 'liters', 'of', 'pop'])).toEqual(['2', 'l', 'of', 'pop']);
    expect(canonicalUnits(['pound', 'cake'])).toEqual(['lb', 'cake']);
    expect(canonicalUnits(['pack', 'of', 'gum'])).toEqual(['pack', 'of', 'gum']);
    expect(canonicalUnits(['500', 'g'])).toEqual(['500', 'g']);
  });

  it('makes spoken and written forms of the same product identical', () => {
    expect(normaliseWords('eight grain bread')).toEqual(normaliseWords('8-Grain Bread'));
    expect(normaliseWords('twelve ounce')).toEqual(normaliseWords('12oz'));
    expect(normaliseWords('Mac & Cheese')).toEqual(normaliseWords('mac and cheese'));
  });

  it('removes stop words from what is matched', () => {
    expect(tokens('do you have some of the whole milk please')).toEqual(['whole', 'milk']);
    expect(tokens('')).toEqual([]);
    expect(tokens('  ?! ')).toEqual([]);
  });
});
