/** Ids a shopper can read aloud: 8-digit order numbers and H-prefixed ticket numbers. */
import {
  ORDER_ID_PATTERN,
  RandomIdGenerator,
  TICKET_ID_PATTERN,
} from '../../lambda/adapters/system/random-id-generator';
import { SystemClock } from '../../lambda/adapters/system/system-clock';

describe('RandomIdGenerator', () => {
  const ids = new RandomIdGenerator();

  it('makes order ids of exactly 8 digits that never start with 0, one per confirmation key', () => {
    const orderIds = Array.from({ length: 2000 }, (_, i) => ids.orderId(`cust-1:key-${i}`));
    expect(ids.orderId('cust-1:key-7')).toBe(orderIds[7]);
    expect(ids.orderId('cust-2:key-7')).not.toBe(orderIds[7]);
    for (const id of orderIds) expect(id).toMatch(/^[1-9][0-9]{7}$/);
    expect(orderIds.every((id) => ORDER_ID_PATTERN.test(id))).toBe(true);
    expect(new Set(orderIds).size).toBeGreaterThan(1990);
  });

  it('makes ticket ids of H and 6 digits', () => {
    const tickets = Array.from({ length: 2000 }, () => ids.ticketId());
    for (const id of tickets) expect(id).toMatch(/^H[1-9][0-9]{5}$/);
    expect(tickets.every((id) => TICKET_ID_PATTERN.test(id))).toBe(true);
    expect(new Set(tickets).size).toBeGreaterThan(1900);
  });
});

describe('SystemClock', () => {
  it('tells the current time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
