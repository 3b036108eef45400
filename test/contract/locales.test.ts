/**
 * Every locale has every sentence, and every sentence renders: well-formed SSML, no unrendered
 * values, every parameter escaped. Every interaction model's locale has a conversation locale.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, Params } from '../../lambda/conversation/locales/locale';
import { enUS } from '../../lambda/conversation/locales/en-us';
import { LOCALES, localeFor } from '../../lambda/conversation/locales/registry';
import { say } from '../../lambda/conversation/speech/phrase';
import { speakDocument, ssmlProblems } from '../conversation/support/ssml-checker';

const HOSTILE = 'Tom & "Jerry\'s" <Mix>';
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** One value for every parameter any sentence takes; strings carry characters SSML must escape. */
const SAMPLE: Params = {
  store: HOSTILE,
  seller: HOSTILE,
  product: HOSTILE,
  query: HOSTILE,
  word: HOSTILE,
  category: HOSTILE,
  text: HOSTILE,
  reason: HOSTILE,
  option: HOSTILE,
  size: '64 fl oz',
  opens: '8 AM',
  closes: '8 PM',
  hours: HOSTILE,
  phone: '+1 555 010 0199',
  when: 'tomorrow',
  orderId: '40000001',
  ticketId: 'H100001',
  quantity: 2,
  count: 3,
  more: 2,
  max: 20,
  minutes: 15,
  position: 4,
  price: usd(499),
  was: usd(459),
  subtotal: usd(1067),
  total: usd(2224),
  tax: usd(140),
  fees: usd(10),
  taxName: 'VAT',
  status: 'shipped',
  items: say`2 ${HOSTILE}`,
  options: say`${HOSTILE} or pickup`,
  first: say`${HOSTILE}`,
  second: say`Bananas`,
  item: say`${HOSTILE}, 4 dollars`,
  code: say`4821`,
};

type Sentence = (p: Params) => { ssml: string; text: string };

function sentencesOf(locale: Locale): Map<string, Sentence> {
  const found = new Map<string, Sentence>();
  for (const [area, value] of Object.entries(locale)) {
    if (area === 'tag' || area === 'phrasing' || area === 'reviewedByNativeSpeaker') continue;
    for (const [key, sentence] of Object.entries(value as Record<string, Sentence>))
      found.set(`${area}.${key}`, sentence);
  }
  return found;
}

const reference = sentencesOf(enUS);

describe.each(Object.entries(LOCALES))('locale %s', (tag, locale) => {
  const own = sentencesOf(locale);

  it('has every sentence of the reference locale, and no others', () => {
    expect([...own.keys()].sort()).toEqual([...reference.keys()].sort());
    expect(locale.tag).toBe(tag);
  });

  it.each([...own.keys()].map((key) => [key]))('%s renders well-formed, escaped and complete', (key) => {
    const rendered = own.get(key)!(SAMPLE);
    expect(rendered.text.trim()).not.toBe('');
    expect(rendered.text).not.toMatch(/undefined|NaN|\[object|null/);
    expect(ssmlProblems(speakDocument(rendered.ssml))).toEqual([]);
    if (rendered.text.includes(HOSTILE))
      expect(rendered.ssml).toContain('Tom &amp; &quot;Jerry&apos;s&quot; &lt;Mix&gt;');
  });
});

it('has a conversation locale for every interaction model', () => {
  const models = readdirSync(join(__dirname, '../../skill-package/interactionModels/custom')).filter((f) =>
    f.endsWith('.json'),
  );
  expect(models.length).toBeGreaterThan(0);
  for (const model of models) expect(Object.keys(LOCALES)).toContain(model.replace(/\.json$/, ''));
});

it('chooses the exact locale, then one of the same language the store serves, then the store first one', () => {
  expect(localeFor('en-US')).toBe(enUS);
  expect(localeFor('en-GB', ['en-US']).tag).toBe('en-GB');
  expect(localeFor('en-AU', ['hi-IN', 'en-IN']).tag).toBe('en-IN');
  expect(localeFor('en-AU').tag).toBe('en-US');
  expect(localeFor('fr-FR', ['en-GB']).tag).toBe('en-GB');
  expect(localeFor('xx').tag).toBe('en-US');
});
