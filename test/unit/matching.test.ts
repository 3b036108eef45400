/**
 * Matching what a shopper said against the products in hand: every meaningful word must be heard in
 * a name (whole words, so "salted" is not "Unsalted"), and a word shoppers use where labels say
 * another ("smooth" for "Creamy") finds the product only when no name holds the word as said.
 */
import { matchNamed, namedInList } from '../../lambda/conversation/matching';

const butter = [{ name: 'Salted Butter Sticks' }, { name: 'Unsalted Butter' }];
const peanutButter = [
  { name: 'Creamy Peanut Butter', brand: 'Jif' },
  { name: 'Crunchy Peanut Butter', brand: 'Skippy' },
  { name: "Reese's Peanut Butter Cups" },
];

describe('matching words said against the products in hand', () => {
  it('hears every meaningful word as a whole word of the name or brand', () => {
    expect(matchNamed('salted', butter)).toEqual([0]);
    expect(matchNamed('unsalted', butter)).toEqual([1]);
    expect(matchNamed('the skippy', peanutButter)).toEqual([1]);
    expect(matchNamed('almond', peanutButter)).toEqual([]);
  });

  it('finds a product by the word labels use for the word said, only when none holds it as said', () => {
    expect(matchNamed('smooth', peanutButter)).toEqual([0]);
    expect(matchNamed('chunky', peanutButter)).toEqual([1]);
    expect(matchNamed('creamy', peanutButter)).toEqual([0]);
    const both = [{ name: 'Smooth Peanut Butter' }, { name: 'Creamy Peanut Butter' }];
    expect(matchNamed('smooth', both)).toEqual([0]);
  });

  it('prefers the item whose whole name was said over those that only hold the words', () => {
    const colas = [{ name: 'Pepsi' }, { name: 'Pepsi Zero Sugar' }];
    expect(matchNamed('pepsi', colas)).toEqual([0, 1]);
    expect(namedInList('pepsi', colas)).toEqual([0]);
  });
});
