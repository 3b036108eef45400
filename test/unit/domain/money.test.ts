/** Money: integer minor units, exact parsing and rate arithmetic. */
import {
  add,
  applyRate,
  formatMajorUnits,
  minorDigits,
  money,
  parseMajorUnits,
  parsePercent,
  subtract,
  sum,
  times,
} from '../../../lambda/domain/money';

describe('money', () => {
  it('refuses non-integer amounts and bad currencies', () => {
    expect(() => money(3.49, 'USD')).toThrow('integer');
    expect(() => money(349, 'usd')).toThrow('ISO 4217');
    expect(money(349, 'USD')).toEqual({ amount: 349, currency: 'USD' });
  });

  it('adds, subtracts, multiplies and sums in one currency only', () => {
    expect(add(money(199, 'USD'), money(1, 'USD')).amount).toBe(200);
    expect(subtract(money(199, 'USD'), money(200, 'USD')).amount).toBe(-1);
    expect(times(money(333, 'USD'), 3).amount).toBe(999);
    expect(sum([money(1, 'EUR'), money(2, 'EUR')], 'EUR')).toEqual({ amount: 3, currency: 'EUR' });
    expect(sum([], 'USD')).toEqual({ amount: 0, currency: 'USD' });
    expect(() => add(money(1, 'USD'), money(1, 'EUR'))).toThrow('cannot combine');
    expect(() => times(money(1, 'USD'), 1.5)).toThrow('integer');
  });

  it('knows each currency’s minor digits', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('parses major units exactly, never through floats', () => {
    expect(parseMajorUnits('3.49', 'USD')).toEqual({ amount: 349, currency: 'USD' });
    expect(parseMajorUnits('0.1', 'USD')!.amount).toBe(10);
    expect(parseMajorUnits('1.005', 'USD')).toBeUndefined();
    expect(parseMajorUnits('12', 'JPY')!.amount).toBe(12);
    expect(parseMajorUnits('12.5', 'JPY')).toBeUndefined();
    expect(parseMajorUnits('abc', 'USD')).toBeUndefined();
    expect(parseMajorUnits('-1.00', 'USD')).toBeUndefined();
    expect(parseMajorUnits(' 19.99 ', 'USD')!.amount).toBe(1999);
    // 0.07 * 100 is 7.000000000000001 in floating point: the parser must not care.
    expect(parseMajorUnits('0.07', 'USD')!.amount).toBe(7);
    expect(parseMajorUnits('4.35', 'USD')!.amount).toBe(435);
  });

  it('formats major units for files', () => {
    expect(formatMajorUnits(money(349, 'USD'))).toBe('3.49');
    expect(formatMajorUnits(money(5, 'USD'))).toBe('0.05');
    expect(formatMajorUnits(money(-1205, 'USD'))).toBe('-12.05');
    expect(formatMajorUnits(money(500, 'JPY'))).toBe('500');
  });

  it('applies percentage rates exactly, rounding half away from zero', () => {
    const rate = parsePercent('8.875');
    expect(rate).toEqual({ numerator: 8875n, denominator: 100000n });
    // 1000 * 8.875% = 88.75 -> 89
    expect(applyRate(money(1000, 'USD'), rate).amount).toBe(89);
    // 400 * 8.875% = 35.5 -> 36 (half rounds up)
    expect(applyRate(money(400, 'USD'), rate).amount).toBe(36);
    // 399 * 8.875% = 35.41125 -> 35
    expect(applyRate(money(399, 'USD'), rate).amount).toBe(35);
    // 5% of 10 cents = 0.5 -> 1; of 9 cents = 0.45 -> 0
    expect(applyRate(money(10, 'USD'), parsePercent('5')).amount).toBe(1);
    expect(applyRate(money(9, 'USD'), parsePercent('5')).amount).toBe(0);
    // Negative amounts round away from zero too (refunds).
    expect(applyRate(money(-400, 'USD'), rate).amount).toBe(-36);
    expect(applyRate(money(123456789, 'USD'), parsePercent('0')).amount).toBe(0);
    // Large amounts stay exact: 9,999,999,999 cents at 7.25%.
    expect(applyRate(money(9_999_999_999, 'USD'), parsePercent('7.25')).amount).toBe(725_000_000);
  });

  it('refuses malformed percentages', () => {
    expect(() => parsePercent('8,875')).toThrow();
    expect(() => parsePercent('-1')).toThrow();
    expect(() => parsePercent('abc')).toThrow();
  });
});
