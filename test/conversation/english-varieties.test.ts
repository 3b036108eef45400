/**
 * English as each variety says it: money by its currency (pounds and pence, rupees and paise, lakhs
 * and crores), written with the currency's grouping (₹1,00,000.00), dates with the day first in
 * British and Indian English, "pm" and delivery windows.
 */
import { indianNumber, spokenMoney, writtenMoney } from '../../lambda/conversation/locales/english-money';
import { enGB } from '../../lambda/conversation/locales/en-gb';
import { enIN } from '../../lambda/conversation/locales/en-in';
import { enUS } from '../../lambda/conversation/locales/en-us';

it.each([
  [499, 'GBP', '4 pounds 99'],
  [400, 'GBP', '4 pounds'],
  [99, 'GBP', '99 pence'],
  [1, 'GBP', '1 penny'],
  [101, 'GBP', '1 pound 1'],
  [28500, 'INR', '285 rupees'],
  [2929, 'INR', '29 rupees 29 paise'],
  [100, 'INR', '1 rupee'],
  [50, 'INR', '50 paise'],
  [12050000, 'INR', '1 lakh 20500 rupees'],
  [1234567800, 'INR', '1 crore 23 lakh 45678 rupees'],
  [-250, 'USD', 'minus 2 dollars and 50 cents'],
])('says %i %s as "%s"', (amount, currency, words) => {
  expect(spokenMoney({ amount, currency })).toBe(words);
});

it.each([
  [99_999, '99999'],
  [100_000, '1 lakh'],
  [2_500_000, '25 lakh'],
  [10_000_000, '1 crore'],
  [10_000_001, '1 crore 1'],
])('groups %i the Indian way as "%s"', (value, words) => {
  expect(indianNumber(value)).toBe(words);
});

it('writes money with the currency grouping, or the locale named', () => {
  expect(writtenMoney({ amount: 10_000_000, currency: 'INR' })).toBe('₹1,00,000.00');
  expect(enIN.phrasing.moneyShown({ amount: 10_000_000, currency: 'INR' })).toBe('₹1,00,000.00');
  expect(writtenMoney({ amount: 499, currency: 'GBP' })).toBe('£4.99');
  expect(enUS.phrasing.moneyShown({ amount: 10_000_000, currency: 'USD' })).toBe('$100,000.00');
});

it('says dates with the day first in British and Indian English', () => {
  expect(enUS.phrasing.date('2026-03-20', '2026-03-10')).toBe('on Friday, March 20');
  expect(enGB.phrasing.date('2026-03-20', '2026-03-10')).toBe('on Friday, 20 March');
  expect(enIN.phrasing.date('2026-03-20', '2026-03-10')).toBe('on Friday, 20 March');
  expect(enGB.phrasing.date('2026-03-11', '2026-03-10')).toBe('tomorrow');
});

it.each([
  ['18:00', '20:00', '6 to 8 pm', '6 to 8 PM'],
  ['09:00', '12:00', '9 am to noon', '9 AM to noon'],
  ['11:30', '13:00', '11:30 am to 1 pm', '11:30 AM to 1 PM'],
  ['07:00', '09:30', '7 to 9:30 am', '7 to 9:30 AM'],
])('says the window %s to %s as "%s" (en-US "%s")', (from, to, indian, american) => {
  expect(enIN.phrasing.window(from, to)).toBe(indian);
  expect(enGB.phrasing.window(from, to)).toBe(indian);
  expect(enUS.phrasing.window(from, to)).toBe(american);
});

it('says times with "pm" in British English', () => {
  expect(enGB.phrasing.time('17:30')).toBe('5:30 pm');
  expect(enUS.phrasing.time('17:30')).toBe('5:30 PM');
});

it('reads back a tax-inclusive total naming the tax it contains', () => {
  const total = enGB.checkout.readBackTotal({
    total: { amount: 575, currency: 'GBP' },
    tax: { amount: 96, currency: 'GBP' },
    fees: { amount: 10, currency: 'GBP' },
    taxName: 'VAT',
  });
  expect(total.text).toBe('The total is 5 pounds 75, including 96 pence VAT and 10 pence in fees.');
});

it('says basket in British English and cart in Indian English', () => {
  const said = { count: 2, subtotal: { amount: 370, currency: 'GBP' } };
  expect(enGB.cart.cartNow(said).text).toBe('Your basket has 2 items, 3 pounds 70.');
  expect(enIN.cart.cartNow({ ...said, subtotal: { amount: 61500, currency: 'INR' } }).text).toBe(
    'Your cart has 2 items, 615 rupees.',
  );
});
