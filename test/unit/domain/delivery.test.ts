/** Delivery dates in the store's time zone, with cut-off hours and month ends. */
import { addDays, daysBetween, expectedDeliveryDate, localTime } from '../../../lambda/domain/delivery';
import { usd } from '../../support/store-fixture';

const standard = { id: 'standard', name: 'standard', price: usd(499), leadTimeDays: 1, cutoffHour: 20 };
const express = { id: 'express', name: 'express', price: usd(999), leadTimeDays: 0, cutoffHour: 14 };

describe('delivery dates', () => {
  it('reads local date, hour and weekday in the store time zone', () => {
    // 03:30 UTC on the 24th is 22:30 on the 23rd in New York (a Monday).
    expect(localTime(new Date('2026-11-24T03:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-23',
      hour: 22,
      weekday: 1,
    });
  });

  it('counts from today before the cut-off and from tomorrow after it', () => {
    const morning = new Date('2026-11-23T15:00:00Z'); // 10:00 New York
    expect(expectedDeliveryDate(express, morning, 'America/New_York')).toBe('2026-11-23');
    expect(expectedDeliveryDate(standard, morning, 'America/New_York')).toBe('2026-11-24');
    const afternoon = new Date('2026-11-23T20:00:00Z'); // 15:00 New York, after express cut-off
    expect(expectedDeliveryDate(express, afternoon, 'America/New_York')).toBe('2026-11-24');
    const late = new Date('2026-11-24T02:00:00Z'); // 21:00 New York on the 23rd
    expect(expectedDeliveryDate(standard, late, 'America/New_York')).toBe('2026-11-25');
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });
});
