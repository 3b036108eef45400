import {
  allowedEdits,
  boundedDistance,
  deletionVariants,
} from '../../../lambda/adapters/search/edit-distance';
import { phoneticKey } from '../../../lambda/adapters/search/phonetic';

describe('phonetic keys', () => {
  it('give words that sound alike the same key', () => {
    const alike: [string, string][] = [
      ['peenut', 'peanut'],
      ['allmond', 'almond'],
      ['has', 'hass'],
      ['serial', 'cereal'],
      ['fone', 'phone'],
      ['night', 'knight'],
      ['lacktade', 'lactaid'],
      ['checks', 'chex'],
      ['cheeseits', 'cheezit'],
    ];
    for (const [a, b] of alike) expect([a, phoneticKey(a)]).toEqual([a, phoneticKey(b)]);
  });

  it('keep different-sounding words apart', () => {
    const apart: [string, string][] = [
      ['milk', 'silk'],
      ['bread', 'brand'],
      ['pepsi', 'pops'],
      ['tea', 'tide'],
    ];
    for (const [a, b] of apart) expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it('keys digits to themselves and the empty word to nothing', () => {
    expect(phoneticKey('12')).toBe('12');
    expect(phoneticKey('')).toBe('');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('form', 'from', 5)).toBe(1);
    expect(boundedDistance('bran', 'brand', 5)).toBe(1);
    expect(boundedDistance('same', 'same', 0)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(boundedDistance('almond', 'walnut', 1)).toBe(2);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('lists each one-letter deletion once', () => {
    expect(deletionVariants('book')).toEqual(['book', 'ook', 'bok', 'boo']);
  });

  it('allows more edits in longer words and none in short ones', () => {
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});
