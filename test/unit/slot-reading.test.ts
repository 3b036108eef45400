/**
 * Reading a product slot's words for what they say besides a product: counts, "more", unit and
 * package words, and references to what was just heard (ordinals, the last, the cheapest, a word
 * from a name, a pointer). Unit words and "more" never come out as product words.
 */
import { onlyHowMany, readSlot } from '../../lambda/conversation/understanding/slot-reading';

describe('readSlot', () => {
  it.each([
    ['boxes', { more: false, unit: 'boxes' }],
    ['two boxes', { more: false, count: 2, unit: 'boxes' }],
    ['the sourdough back', { more: false, product: 'sourdough' }],
    ['slices', { more: false, unit: 'slices' }],
    ['two quarts of milk', { more: false, count: 2, unit: 'quarts', product: 'milk' }],
    ['three more', { more: true, count: 3 }],
    ['more', { more: true }],
    ['a couple of those', { more: false, count: 2, reference: { kind: 'pointer' } }],
    ['another one', { more: true, count: 1 }],
    ['it', { more: false, reference: { kind: 'pointer' } }],
    ['that one', { more: false, reference: { kind: 'pointer' } }],
    ['the second one to my cart', { more: false, reference: { kind: 'position', position: 2 } }],
    ['the 3rd', { more: false, reference: { kind: 'position', position: 3 } }],
    ['number two', { more: false, reference: { kind: 'position', position: 2 } }],
    ['the last one', { more: false, reference: { kind: 'last' } }],
    ['the middle one', { more: false, reference: { kind: 'position', position: 2 } }],
    ['egg carton', { more: false, unit: 'carton', product: 'egg' }],
    ['the egg carton', { more: false, unit: 'carton', product: 'egg' }],
    ['the one in the middle', { more: false, reference: { kind: 'position', position: 2 } }],
    ['cheapest one', { more: false, reference: { kind: 'cheapest' } }],
    ['the least expensive one', { more: false, reference: { kind: 'cheapest' } }],
    ['the oatly one', { more: false, reference: { kind: 'named', words: 'oatly' } }],
    ['the one from silk', { more: false, reference: { kind: 'named', words: 'silk' } }],
    ['the salted kind', { more: false, reference: { kind: 'named', words: 'salted' } }],
    ['the crunchy type', { more: false, reference: { kind: 'named', words: 'crunchy' } }],
    ['two bottles of root beer please', { more: false, count: 2, unit: 'bottles', product: 'root beer' }],
    ['some oat milk to the basket', { more: false, product: 'oat milk' }],
    ['a dozen eggs', { more: false, count: 1, unit: 'dozen', product: 'eggs' }],
    ['milk from my grocery cart', { more: false, product: 'milk', away: true }],
    ['the bread off the shopping basket', { more: false, product: 'bread', away: true }],
    ['that off of my cart', { more: false, reference: { kind: 'pointer' }, away: true }],
    ['the eggs out of the basket', { more: false, product: 'eggs', away: true }],
    ['eggs into my cart', { more: false, product: 'eggs' }],
    ['any of this anymore', { more: false, reference: { kind: 'everything' } }],
    ['all of it from my cart', { more: false, reference: { kind: 'everything' }, away: true }],
    ['all of it', { more: false, reference: { kind: 'everything' } }],
    ['everything in my cart', { more: false, reference: { kind: 'everything' } }],
    ['my shopping cart', { more: false, reference: { kind: 'everything' } }],
    ['it all', { more: false, reference: { kind: 'everything' } }],
    ['the whole basket', { more: false, reference: { kind: 'everything' } }],
    ['the last thing i added', { more: false, reference: { kind: 'pointer' } }],
    ['the one i just put in', { more: false, reference: { kind: 'pointer' } }],
    ['the bananas that i added', { more: false, product: 'bananas' }],
    ['i added', { more: false, product: 'i added' }],
  ])('reads "%s"', (words, expected) => {
    expect(readSlot(words)).toEqual(expected);
  });

  it('says when the words only say how many', () => {
    expect(onlyHowMany(readSlot('two boxes'))).toBe(true);
    expect(onlyHowMany(readSlot('three more'))).toBe(true);
    expect(onlyHowMany(readSlot('two bottles of root beer'))).toBe(false);
    expect(onlyHowMany(readSlot('the second one'))).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const words of ['', '   ', '#1', "''", '-', 'the the the', '9999 more more', 'one one one']) {
      expect(() => readSlot(words)).not.toThrow();
    }
  });
});
