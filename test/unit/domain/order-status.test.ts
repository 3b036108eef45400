/** The order state machine and the cancel window. */
import type { Order, OrderStatus } from '../../../lambda/domain/model';
import { assertTransition, canTransition, cancellability } from '../../../lambda/domain/order-status';
import { storeSettings, usd } from '../../support/store-fixture';

const ALL: OrderStatus[] = [
  'placed',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'returned',
];

function order(status: OrderStatus, placedAt = '2026-11-23T15:00:00.000Z'): Order {
  return {
    orderId: '12345678',
    customerId: 'c1',
    placedAt,
    status,
    history: [{ status, at: placedAt }],
    quote: {
      currency: 'USD',
      lines: [],
      subtotal: usd(0),
      delivery: {
        optionId: 'standard',
        name: 'standard delivery',
        price: usd(0),
        expectedDate: '2026-11-24',
      },
      fees: [],
      tax: usd(0),
      total: usd(0),
    },
    payment: { method: 'pay_on_delivery', reference: 'pod-1', status: 'due_on_delivery' },
    idempotencyKey: 'k',
    version: 1,
  };
}

describe('order status transitions', () => {
  it('follows the happy path one step at a time', () => {
    const path: OrderStatus[] = [
      'placed',
      'confirmed',
      'packed',
      'shipped',
      'out_for_delivery',
      'delivered',
      'returned',
    ];
    for (let i = 0; i < path.length - 1; i++) expect(canTransition(path[i]!, path[i + 1]!)).toBe(true);
    expect(canTransition('shipped', 'delivered')).toBe(true);
  });

  it('refuses skipping back, leaving final states, and cancelling after shipping', () => {
    expect(canTransition('delivered', 'placed')).toBe(false);
    expect(canTransition('placed', 'delivered')).toBe(false);
    expect(canTransition('shipped', 'cancelled')).toBe(false);
    for (const to of ALL) {
      expect(canTransition('cancelled', to)).toBe(false);
      expect(canTransition('returned', to)).toBe(false);
    }
    expect(() => assertTransition('cancelled', 'placed')).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION', details: { from: 'cancelled', to: 'placed' } }),
    );
  });

  it('allows cancelling before shipping only', () => {
    expect(['placed', 'confirmed', 'packed'].every((s) => canTransition(s as OrderStatus, 'cancelled'))).toBe(
      true,
    );
  });
});

describe('cancellability', () => {
  const settings = storeSettings({ cancelWindowMinutes: 30 });

  it('is open inside the window, with the minutes left', () => {
    expect(cancellability(order('placed'), settings, new Date('2026-11-23T15:10:00Z'))).toEqual({
      ok: true,
      minutesLeft: 20,
    });
    expect(cancellability(order('packed'), settings, new Date('2026-11-23T15:30:00Z'))).toEqual({
      ok: true,
      minutesLeft: 0,
    });
  });

  it('gives the reason when refused', () => {
    expect(cancellability(order('placed'), settings, new Date('2026-11-23T15:30:01Z'))).toEqual({
      ok: false,
      reason: 'window_passed',
    });
    expect(cancellability(order('shipped'), settings, new Date('2026-11-23T15:01:00Z'))).toEqual({
      ok: false,
      reason: 'already_shipped',
    });
    for (const status of ['cancelled', 'delivered', 'returned'] as const) {
      expect(cancellability(order(status), settings, new Date('2026-11-23T15:01:00Z'))).toEqual({
        ok: false,
        reason: 'already_final',
      });
    }
  });
});
