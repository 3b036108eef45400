/** Cart rules: quantity limits, stock, line arithmetic. */
import {
  assertInStock,
  assertQuantity,
  cartSubtotal,
  itemCount,
  lineFor,
  withLine,
} from '../../../lambda/domain/cart-rules';
import type { Cart } from '../../../lambda/domain/model';
import { product } from '../../support/store-fixture';

const empty: Cart = { customerId: 'c1', lines: [], version: 0, updatedAt: '' };

describe('cart rules', () => {
  it('accepts whole quantities from 1 to the limit only', () => {
    expect(() => assertQuantity(1, 50)).not.toThrow();
    expect(() => assertQuantity(50, 50)).not.toThrow();
    for (const bad of [0, -1, 51, 500, 1.5, Number.NaN]) {
      expect(() => assertQuantity(bad, 50)).toThrow(expect.objectContaining({ code: 'QUANTITY_INVALID' }));
    }
  });

  it('refuses more than the stock, saying how many there are', () => {
    const p = product('s1', 'Oat Milk', 399, { stock: 2 });
    expect(() => assertInStock(p, 2)).not.toThrow();
    expect(() => assertInStock(p, 3)).toThrow(
      expect.objectContaining({
        code: 'OUT_OF_STOCK',
        details: { sku: 's1', productName: 'Oat Milk', available: 2 },
      }),
    );
  });

  it('adds, replaces and removes lines, keeping order, and sums them', () => {
    const milk = lineFor(product('m', 'Milk', 349), 2);
    const bread = lineFor(product('b', 'Bread', 499), 1);
    let cart = withLine(withLine(empty, milk, 'm'), bread, 'b');
    expect(cart.lines.map((l) => l.sku)).toEqual(['m', 'b']);
    cart = withLine(cart, { ...milk, quantity: 3 }, 'm');
    expect(cart.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['m', 3],
      ['b', 1],
    ]);
    expect(cartSubtotal(cart, 'USD').amount).toBe(3 * 349 + 499);
    expect(itemCount(cart)).toBe(4);
    cart = withLine(cart, undefined, 'm');
    expect(cart.lines.map((l) => l.sku)).toEqual(['b']);
  });
});
