/**
 * Words that name the cart itself, not an aisle: a browse of them reads the cart back; and words in a
 * product slot that name no product (something to do, a place already named).
 */
import {
  namesAnAction,
  namesTheCart,
  withoutPointedPlace,
} from '../../lambda/conversation/understanding/cart-words';

describe('namesTheCart', () => {
  it.each(['there right now', 'my cart', 'the basket at the moment', 'there so far', 'my shopping cart'])(
    '"%s" names the cart',
    (words) => expect(namesTheCart(words)).toBe(true),
  );

  it.each(['dairy', 'the frozen aisle', 'right now', '', 'cart wheels', 'there bakery'])(
    '"%s" does not',
    (words) => expect(namesTheCart(words)).toBe(false),
  );
});

describe('namesAnAction', () => {
  it.each(['to pay for these', 'to check something', 'To hear my options', 'to get some help'])(
    '"%s" names something to do',
    (words) => {
      expect(namesAnAction(words)).toBe(true);
    },
  );

  it.each(['to tomatoes', 'two bananas', 'tomato soup', 'to', 'pay day candy bar'])(
    '"%s" may name a product',
    (words) => {
      expect(namesAnAction(words)).toBe(false);
    },
  );
});

describe('withoutPointedPlace', () => {
  it.each([
    ['eggs to it', 'eggs'],
    ['two cartons of milk onto that', 'two cartons of milk'],
    ['bananas in this', 'bananas'],
  ])('"%s" is "%s" put somewhere already named', (words, product) => {
    expect(withoutPointedPlace(words)).toBe(product);
  });

  it.each(['eggs', 'it', 'to it', 'peanut butter to go'])('"%s" points at no place', (words) => {
    expect(withoutPointedPlace(words)).toBeUndefined();
  });
});
