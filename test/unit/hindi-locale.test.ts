/**
 * The hi-IN locale speaks Hindi: every sentence says something in Devanagari (only the ones that
 * pass the store's own text through may not), none is the en-US sentence, and
 * its phrasing says money, dates, times, ordinals and lists the Hindi way and reads Hindi counts
 * and ordinals.
 */
import { enUS } from '../../lambda/conversation/locales/en-us';
import { hiIN } from '../../lambda/conversation/locales/hi-in';
import type { Locale } from '../../lambda/conversation/locales/locale';
import { localeFor } from '../../lambda/conversation/locales/registry';
import { say, type Phrase } from '../../lambda/conversation/speech/phrase';

const inr = (amount: number) => ({ amount, currency: 'INR' });
const SAMPLE = {
  store: 'Sharma Kirana', taxName: 'GST', seller: 'Sharma Kirana', product: 'Amul Butter', query: 'atta', word: 'Amul',
  category: 'Dairy', text: 'Store text.', reason: 'card expired', option: 'standard delivery', size: '500 g',
  opens: 'सुबह 8 बजे', closes: 'रात 9 बजे', hours: 'रोज़', phone: '+91 11 4000 1234', when: 'कल',
  orderId: '40000001', ticketId: 'H100001', quantity: 2, count: 3, more: 2, max: 20, minutes: 15,
  position: 4, price: inr(5800), was: inr(5500), subtotal: inr(10650), total: inr(22400), tax: inr(1050),
  fees: inr(0), status: 'shipped', items: say`2 Amul Butter`, options: say`standard delivery या pickup`,
  first: say`Amul Butter`, second: say`Mother Dairy Butter`, item: say`2 Amul Butter`, code: say`4821`,
} as const; // prettier-ignore

/** Sentences that only pass the store's own words through. */
const PASS_THROUGH = new Set(['store.returns', 'store.warranty', 'store.substitutions', 'product.description']);

function rendered(locale: Locale): Map<string, string> {
  const out = new Map<string, string>();
  for (const [area, sentences] of Object.entries(locale)) {
    if (area === 'tag' || area === 'phrasing') continue;
    for (const [key, sentence] of Object.entries(sentences as Record<string, (p: unknown) => Phrase>)) {
      out.set(`${area}.${key}`, sentence(SAMPLE).text);
    }
  }
  return out;
}

describe('the hi-IN locale', () => {
  const hindi = rendered(hiIN);
  const english = rendered(enUS);

  it('is chosen for hi-IN requests', () => {
    expect(localeFor('hi-IN')).toBe(hiIN);
  });

  it('says every sentence in Hindi, never the English one', () => {
    const notHindi = [...hindi]
      .filter(([key, text]) => !PASS_THROUGH.has(key) && !/[\u0900-\u097F]/.test(text))
      .map(([key]) => key);
    expect(notHindi).toEqual([]);
    const same = [...hindi]
      .filter(([key, text]) => !PASS_THROUGH.has(key) && text === english.get(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('says rupees and paise the Hindi way', () => {
    const { money, moneyShown } = hiIN.phrasing;
    expect(money(inr(2850))).toBe('28 रुपये 50 पैसे');
    expect(money(inr(100))).toBe('1 रुपया');
    expect(money(inr(50))).toBe('50 पैसे');
    expect(money(inr(1))).toBe('1 पैसा');
    expect(moneyShown(inr(10000000))).toBe('₹1,00,000.00');
    expect(
      hiIN.checkout.readBackTotal({ total: inr(22400), tax: inr(1050), fees: inr(0), taxName: 'GST' }).text,
    ).toBe('कुल 224 रुपये हुए, जिसमें 10 रुपये 50 पैसे GST शामिल है.');
  });

  it('says dates, times, ordinals and lists the Hindi way', () => {
    const { date, time, ordinal, list } = hiIN.phrasing;
    expect(date('2026-11-23', '2026-11-23')).toBe('आज');
    expect(date('2026-11-24', '2026-11-23')).toBe('कल');
    expect(date('2026-11-25', '2026-11-23')).toBe('परसों');
    expect(date('2026-11-27', '2026-11-23')).toBe('शुक्रवार को');
    expect(date('2026-12-04', '2026-11-23')).toBe('शुक्रवार, 4 दिसंबर को');
    expect(time('09:00')).toBe('सुबह 9 बजे');
    expect(time('17:30')).toBe('शाम साढ़े 5 बजे');
    expect(time('14:30')).toBe('दोपहर ढाई बजे');
    expect(time('21:15')).toBe('रात 9 बजकर 15 मिनट');
    expect(hiIN.phrasing.window('18:00', '20:00')).toBe('शाम 6 से 8 बजे के बीच');
    expect(hiIN.reviewedByNativeSpeaker).toBe(false);
    expect(ordinal(2)).toBe('दूसरा');
    expect(list([say`आटा`, say`दाल`, say`चावल`], 'and').text).toBe('आटा, दाल और चावल');
    expect(list([say`standard`, say`pickup`], 'or').text).toBe('standard या pickup');
  });

  it('reads Hindi ordinals and counts, in Devanagari, in Latin letters and in English', () => {
    const { parseOrdinal, parseCount } = hiIN.phrasing;
    expect(parseOrdinal('दूसरा')).toBe(2);
    expect(parseOrdinal('teesra')).toBe(3);
    expect(parseOrdinal('पहला वाला')).toBe(1);
    expect(parseOrdinal('2')).toBe(2);
    expect(parseOrdinal('second')).toBe(2);
    expect(parseCount('तीन')).toBe(3);
    expect(parseCount('do')).toBe(2);
    expect(parseCount('4')).toBe(4);
    expect(parseCount('atta')).toBeUndefined();
  });
});
