/**
 * Which delivery option a shopper's words name or describe, read against the store's own options:
 * by id or name, or by what sets one apart (the soonest, the cheapest, the free one, the usual one,
 * the pickup), so the same words fit any store's options.
 */
import type { DeliveryOption } from '../../lambda/domain/model';
import { deliveryOptionFor, namesOnlyDelivery } from '../../lambda/conversation/understanding/delivery-words';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const option = (id: string, name: string, price: number, leadTimeDays: number): DeliveryOption => ({
  id,
  name,
  price: usd(price),
  leadTimeDays,
  cutoffHour: 18,
});
const corner = [
  option('standard', 'standard delivery', 499, 1),
  option('express', 'express same-day delivery', 999, 0),
  option('pickup', 'store pickup', 0, 0),
];
const other = [
  option('van', 'van delivery', 300, 2),
  option('courier', 'courier', 700, 1),
  option('collect', 'click and collect', 0, 1),
];

describe('deliveryOptionFor', () => {
  it.each([
    ['express', undefined, 'express'],
    ['pick up', undefined, 'pickup'],
    ['whatever', 'standard', 'standard'],
    ['the fast one', undefined, 'express'],
    ['the quickest', undefined, 'express'],
    ['the earliest one', undefined, 'express'],
    ['whichever comes sooner', undefined, 'express'],
    ['the free one', undefined, 'pickup'],
    ['the cheapest delivery', undefined, 'standard'],
    ['the cheapest one', undefined, 'pickup'],
    ['the regular one', undefined, 'standard'],
    ["i'll come get it", undefined, 'pickup'],
  ])('reads "%s" (resolved to %s) as %s in the demo store', (raw, resolvedId, expected) => {
    const said = resolvedId ? { raw, resolvedId } : { raw };
    expect(deliveryOptionFor(corner, 'standard', said)).toBe(expected);
  });

  it.each([
    ['the fast one', 'courier'],
    ['the cheapest delivery', 'van'],
    ['the free one', 'collect'],
    ['the usual', 'van'],
    ['i will collect it', 'collect'],
  ])('reads "%s" against another store\'s options as %s', (raw, expected) => {
    expect(deliveryOptionFor(other, 'van', { raw })).toBe(expected);
  });

  it('names nothing when the words describe no option', () => {
    expect(deliveryOptionFor(corner, 'standard', { raw: 'by helicopter' })).toBeUndefined();
    expect(deliveryOptionFor(corner.slice(0, 2), 'standard', { raw: 'the free one' })).toBeUndefined();
  });
});

describe('namesOnlyDelivery', () => {
  it.each(['one', 'the one', 'option', 'delivery', 'shipping option', ''])(
    '"%s" can only mean a way of getting the order',
    (words) => {
      expect(namesOnlyDelivery(words)).toBe(true);
    },
  );

  it.each(['milk', 'coffee one', 'delivery cake'])('"%s" names a product', (words) => {
    expect(namesOnlyDelivery(words)).toBe(false);
  });
});
