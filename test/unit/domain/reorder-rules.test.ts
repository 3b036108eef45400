/** Reorder rules: the usual from history, and a past product found by the shopper's words. */
import type { Order, OrderStatus } from '../../../lambda/domain/model';
import { findPastItem, pastSkus, usualItems } from '../../../lambda/domain/reorder-rules';
import { usd } from '../../support/store-fixture';

let n = 0;
function order(lines: [string, string, number][], status: OrderStatus = 'delivered'): Order {
  n += 1;
  const placedAt = new Date(Date.UTC(2026, 10, 30 - n)).toISOString();
  return {
    orderId: String(10000000 + n),
    customerId: 'c1',
    placedAt,
    status,
    history: [],
    quote: {
      currency: 'USD',
      lines: lines.map(([sku, name, quantity]) => ({
        sku,
        name,
        quantity,
        unitPrice: usd(100),
        lineTotal: usd(100 * quantity),
      })),
      subtotal: usd(0),
      delivery: { optionId: 'standard', name: 'standard', price: usd(0), expectedDate: '2026-11-24' },
      fees: [],
      tax: usd(0),
      total: usd(0),
    },
    payment: { method: 'pay_on_delivery', reference: 'r', status: 'due_on_delivery' },
    idempotencyKey: 'k',
    version: 1,
  };
}

describe('usualItems', () => {
  it('keeps products bought in at least two orders, most often first, with the most common quantity', () => {
    const history = [
      order([
        ['milk', 'Oat Milk', 2],
        ['coffee', 'Ground Coffee', 1],
      ]),
      order([
        ['milk', 'Oat Milk', 2],
        ['bread', 'Sourdough', 1],
      ]),
      order([
        ['milk', 'Oat Milk', 1],
        ['coffee', 'Ground Coffee', 1],
        ['eggs', 'Eggs', 12],
      ]),
    ];
    const usual = usualItems(history);
    expect(usual.map((i) => [i.sku, i.quantity])).toEqual([
      ['milk', 2],
      ['coffee', 1],
    ]);
  });

  it('uses the only order when there is one, and ignores cancelled orders', () => {
    expect(usualItems([order([['tea', 'Tea', 3]])]).map((i) => i.sku)).toEqual(['tea']);
    expect(usualItems([order([['tea', 'Tea', 3]], 'cancelled')])).toEqual([]);
    expect(usualItems([])).toEqual([]);
  });
});

describe('findPastItem', () => {
  const history = [
    order([
      ['c1', 'Colombian Ground Coffee 12 oz', 1],
      ['b1', 'Bananas', 6],
    ]),
    order([['c2', 'Decaf Coffee Pods', 2]]),
  ];

  it('finds the most recent product matching the words', () => {
    expect(findPastItem(history, 'the coffee')?.sku).toBe('c1');
    expect(findPastItem(history, 'banana')?.sku).toBe('b1');
    expect(findPastItem(history, 'decaf coffee pods')?.sku).toBe('c2');
  });

  it('matches brand, category and synonyms of the past products when given them, the most recent first', () => {
    const past = [order([['lav', 'Lavazza Espresso Italiano', 1]]), order([['kona', 'Kona Dark Roast', 2]])];
    const knownAs = new Map([
      ['lav', { brand: 'Lavazza', category: 'Coffee & Tea', synonyms: ['arabica'] }],
      ['kona', { category: 'Coffee & Tea', synonyms: [] }],
    ]);
    // Without what the catalog says, "coffee" names nothing bought.
    expect(findPastItem(past, 'the coffee')).toBeUndefined();
    // Both are coffee: the newest order (first in the history) wins.
    expect(findPastItem(past, 'the coffee', undefined, knownAs)?.sku).toBe('lav');
    expect(findPastItem(past, 'arabica', undefined, knownAs)?.sku).toBe('lav');
    expect(findPastItem(past, 'dark roast coffee', undefined, knownAs)?.sku).toBe('kona');
    expect(pastSkus([...past, order([['lav', 'Lavazza Espresso Italiano', 1]], 'cancelled')])).toEqual([
      'lav',
      'kona',
    ]);
  });

  it('prefers a resolved sku and returns undefined when nothing was bought', () => {
    expect(findPastItem(history, 'coffee', 'c2')?.sku).toBe('c2');
    expect(findPastItem(history, 'dog food')).toBeUndefined();
    expect(findPastItem(history, 'the')).toBeUndefined();
  });
});
