/**
 * The words of a search without what only carries the request: "me some", "for me", "please",
 * hesitations; the product's own words are kept as said, and never all dropped.
 */
import { searchWords } from '../../lambda/conversation/understanding/search-words';

describe('searchWords', () => {
  it.each([
    ['me some oat milk', 'oat milk'],
    ['um some peanut butter for me please', 'peanut butter'],
    ['us a loaf of bread if you have it', 'loaf of bread'],
    ['Oatly oat milk', 'Oatly oat milk'],
    ['दूध', 'दूध'],
    ['some', 'some'],
    ['me', 'me'],
    ['half and half too', 'half and half'],
  ])('reads "%s" as "%s"', (said, meant) => {
    expect(searchWords(said)).toBe(meant);
  });
});
