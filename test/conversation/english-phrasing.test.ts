/**
 * en-US phrasing for the ear: money in words, sizes without abbreviations, dates relative to today,
 * clock times, ordinals both ways, and spoken lists.
 */
import {
  clauseWords,
  dateWords,
  listWords,
  moneyWords,
  ordinalWord,
  parseOrdinal,
  sizeWords,
  timeWords,
} from '../../lambda/conversation/locales/english-phrasing';
import { toPhrase } from '../../lambda/conversation/speech/phrase';

it.each([
  [349, 'USD', '3 dollars and 49 cents'],
  [100, 'USD', '1 dollar'],
  [101, 'USD', '1 dollar and 1 cent'],
  [99, 'USD', '99 cents'],
  [0, 'USD', '0 cents'],
  [1200, 'USD', '12 dollars'],
  [499, 'EUR', '4 euros and 99 cents'],
  [500, 'JPY', '500 Japanese yen'],
])('money %i %s is "%s"', (amount, currency, words) => {
  expect(moneyWords({ amount, currency })).toBe(words);
});

it.each([
  ['64 fl oz', '64 fluid ounces'],
  ['1 lb', '1 pound'],
  ['2 lbs', '2 pounds'],
  ['12 ct', '12 count'],
  ['500g', '500 grams'],
  ['1.5 L', '1.5 liters'],
  ['1 gal', '1 gallon'],
  ['family size', 'family size'],
])('size "%s" is "%s"', (size, words) => {
  expect(sizeWords(size)).toBe(words);
});

it.each([
  ['2026-03-10', 'today'],
  ['2026-03-11', 'tomorrow'],
  ['2026-03-09', 'yesterday'],
  ['2026-03-13', 'on Friday'],
  ['2026-03-20', 'on Friday, March 20'],
  ['garbage', 'soon'],
])('date %s seen on Tuesday 10 March is "%s"', (date, words) => {
  expect(dateWords(date, '2026-03-10')).toBe(words);
});

it.each([
  ['08:00', '8 AM'],
  ['17:30', '5:30 PM'],
  ['12:00', 'noon'],
  ['00:00', 'midnight'],
])('time %s is "%s"', (time, words) => {
  expect(timeWords(time)).toBe(words);
});

it('ordinals both ways', () => {
  expect(ordinalWord(2)).toBe('second');
  expect(ordinalWord(13)).toBe('number 13');
  for (const said of ['2', '2nd', 'second', 'Second', 'number two', 'two'])
    expect(parseOrdinal(said)).toBe(2);
  expect(parseOrdinal('last')).toBeUndefined();
  expect(parseOrdinal('0')).toBeUndefined();
});

it('spoken lists', () => {
  const words = (items: string[]) => items.map(toPhrase);
  expect(listWords(words(['A']), 'and').text).toBe('A');
  expect(listWords(words(['A', 'B']), 'or').text).toBe('A or B');
  expect(listWords(words(['A', 'B', 'C']), 'and').text).toBe('A, B, and C');
  expect(clauseWords(words(['A, 1', 'B, 2']), 'or').text).toBe('A, 1; or B, 2');
});
