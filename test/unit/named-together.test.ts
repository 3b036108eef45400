/**
 * Where a spoken request names several products: the list's joins ("and", "plus", "as well as",
 * an article starting the next one, since speech has no commas), each part kept as said with its
 * count, and the words that are not a list of products left whole.
 */
import { MOST_NAMED_TOGETHER } from '../../lambda/conversation/dialog-state';
import { namedTogether } from '../../lambda/conversation/understanding/named-together';

describe('namedTogether', () => {
  it.each([
    ['milk and eggs', ['milk', 'eggs']],
    ['bananas a loaf of sourdough and some butter', ['bananas', 'loaf of sourdough', 'butter']],
    ['apples and also some orange juice', ['apples', 'orange juice']],
    ['two milks and three eggs', ['two milks', 'three eggs']],
    ['coffee plus a dozen eggs', ['coffee', 'dozen eggs']],
    ['rice as well as beans', ['rice', 'beans']],
    ['bread, butter, and jam', ['bread', 'butter', 'jam']],
    ['दूध और अंडे', ['दूध', 'अंडे']],
  ])('"%s" names %j', (words, parts) => {
    expect(namedTogether(words)).toEqual(parts);
  });

  it.each([
    ['oat milk'],
    ['whole wheat bread'],
    ['milk and the second one'],
    ['milk and it'],
    ['and eggs'],
    ['milk and'],
  ])('"%s" is not a list of products', (words) => {
    expect(namedTogether(words)).toBeUndefined();
  });

  it(`takes at most ${MOST_NAMED_TOGETHER} products from one request`, () => {
    const many = Array.from({ length: MOST_NAMED_TOGETHER + 1 }, (_, i) => `thing${i}`).join(' and ');
    expect(namedTogether(many)).toBeUndefined();
    const most = Array.from({ length: MOST_NAMED_TOGETHER }, (_, i) => `thing${i}`).join(' and ');
    expect(namedTogether(most)).toHaveLength(MOST_NAMED_TOGETHER);
  });
});
