/** Words that name the cart itself, not an aisle: a browse of them reads the cart back. */
import { namesTheCart } from '../../lambda/conversation/understanding/cart-words';

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
