/**
 * Every locale has what en-US has, and says it its own way: every interaction model has every intent
 * of en-US with the same slots and every slot type with values; the derived English models are up
 * to date with en-US and their overlays; a locale of another language never speaks an en-US
 * sentence where it has its own; and every phrase a locale's sentences suggest in quotes ("say
 * 'what's in my basket'") is understood by that locale's model.
 */
import { LOCALES } from '../../lambda/conversation/locales/registry';
import type { Locale, Params } from '../../lambda/conversation/locales/locale';
import { enUS } from '../../lambda/conversation/locales/en-us';
import { availableLocales, loadInteractionModel } from '../../lambda/local/console/interaction-model';
import { buildUtteranceMatcher } from '../../lambda/local/console/utterance-matcher';
import { say } from '../../lambda/conversation/speech/phrase';
import { derivedModel, modelPath, OVERLAYS } from '../../scripts/models/derived-models';
import { readFileSync } from 'node:fs';

const VALUE = 'Zanzibar';
const money = (amount: number) => ({ amount, currency: 'USD' });
const SAMPLE: Params = {
  ...Object.fromEntries(
    ['store', 'seller', 'product', 'query', 'word', 'category', 'text', 'reason', 'option', 'hours'].map(
      (name) => [name, VALUE],
    ),
  ),
  size: '64 fl oz',
  opens: '8 AM',
  closes: '8 PM',
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
  price: money(499),
  was: money(459),
  subtotal: money(1067),
  total: money(2224),
  tax: money(140),
  fees: money(10),
  taxName: 'tax',
  status: 'shipped',
  items: say`2 ${VALUE}`,
  options: say`${VALUE} or pickup`,
  first: say`${VALUE}`,
  second: say`${VALUE}`,
  item: say`${VALUE}`,
  code: say`4821`,
};

type Rendering = (p: Params) => { text: string };

/** Every sentence of a locale, rendered with the sample values, by "area.key". */
function rendered(locale: Locale): Map<string, string> {
  const found = new Map<string, string>();
  for (const [area, value] of Object.entries(locale)) {
    if (typeof value !== 'object' || area === 'phrasing') continue;
    for (const [key, sentence] of Object.entries(value as Record<string, Rendering>))
      found.set(`${area}.${key}`, sentence(SAMPLE).text);
  }
  return found;
}

const english = rendered(enUS);
/** A phrase in single quotes; an apostrophe inside a word ("what's") does not end it. */
const QUOTED = /(?<![A-Za-z])'(.+?)'(?![A-Za-z])/g;
const language = (tag: string): string => tag.split('-')[0]!;

/** The keys of a locale whose sentence is en-US's own words, where en-US has words of its own. */
function englishLeftIn(locale: Locale): string[] {
  const own = rendered(locale);
  return [...english]
    .filter(([key, text]) => {
      const wordsOfItsOwn = /[A-Za-z]{2,}/.test(text.replaceAll(VALUE, '').replace(/\d+/g, ''));
      return wordsOfItsOwn && own.get(key) === text;
    })
    .map(([key]) => key);
}

const reference = loadInteractionModel('en-US');
const slotsOf = (intent: { slots?: readonly { name: string; type: string }[] }): string[] =>
  (intent.slots ?? []).map((s) => `${s.name}:${s.type}`).sort();

describe.each(availableLocales().filter((l) => l !== 'en-US'))('the %s interaction model', (tag) => {
  const model = loadInteractionModel(tag);

  it('has every intent of en-US, with the same slots, and no other', () => {
    const own = new Map(model.intents.map((intent) => [intent.name, slotsOf(intent)]));
    expect([...own.keys()].sort()).toEqual(reference.intents.map((i) => i.name).sort());
    for (const intent of reference.intents)
      expect([intent.name, own.get(intent.name)]).toEqual([intent.name, slotsOf(intent)]);
  });

  it('has every slot type of en-US, each with values', () => {
    const types = new Map(model.types.map((type) => [type.name, type.values.length]));
    for (const type of reference.types)
      expect([type.name, types.get(type.name) ?? 0]).toEqual([type.name, expect.any(Number)]);
    expect(reference.types.filter((type) => (types.get(type.name) ?? 0) === 0).map((t) => t.name)).toEqual(
      [],
    );
  });
});

it.each(OVERLAYS.map((overlay) => [overlay.locale, overlay] as const))(
  'keeps the derived %s model up to date with en-US and its overlay (npm run models:derive)',
  (_tag, overlay) => {
    expect(JSON.parse(readFileSync(modelPath(overlay.locale), 'utf8'))).toEqual(derivedModel(overlay));
  },
);

const otherLanguages = Object.values(LOCALES).filter((l) => language(l.tag) !== 'en');

describe('a locale of another language', () => {
  // Runs for each locale of another language there is (none until one is registered).
  for (const locale of otherLanguages) {
    it(`${locale.tag} never speaks an en-US sentence where it has one of its own`, () => {
      expect(englishLeftIn(locale)).toEqual([]);
    });
  }

  it('is caught speaking English: a locale with one area left in en-US fails the check', () => {
    const areas = Object.entries(enUS).filter(
      ([area, value]) => typeof value === 'object' && area !== 'phrasing',
    );
    const translated = Object.fromEntries(
      areas.map(([area, sentences]) => [
        area,
        Object.fromEntries(Object.keys(sentences as object).map((key) => [key, () => say`x`])),
      ]),
    );
    const halfDone = { ...enUS, ...translated, tag: 'xx-XX', cart: enUS.cart } as Locale;
    const left = englishLeftIn(halfDone);
    expect(left).toContain('cart.added');
    expect(left.filter((key) => !key.startsWith('cart.'))).toEqual([]);
  });
});

describe.each(Object.keys(LOCALES))('the phrases %s suggests in quotes', (tag) => {
  const matcher = buildUtteranceMatcher(loadInteractionModel(tag));
  const suggested = [
    ...new Set(
      [...rendered(LOCALES[tag]!).values()].flatMap((text) => [...text.matchAll(QUOTED)].map((m) => m[1]!)),
    ),
  ].filter((phrase) => !phrase.includes(VALUE) && phrase.includes(' '));

  // What the list sentences offer as words to search for ("like 'coffee under 10 dollars'").
  const searchWords = new Set(
    ['list.endOfTop', 'list.noMatchReprompt'].flatMap((key) =>
      [...(rendered(LOCALES[tag]!).get(key) ?? '').matchAll(QUOTED)].map((m) => m[1]!),
    ),
  );

  it('are many', () => {
    expect(suggested.length).toBeGreaterThan(15);
  });

  it('are each understood by its interaction model (words to search for, as a search)', () => {
    const understood = (phrase: string): boolean =>
      matcher.resolve(phrase).intent !== 'AMAZON.FallbackIntent' ||
      (searchWords.has(phrase) && matcher.resolve(`find ${phrase}`).intent === 'SearchProductIntent');
    expect(suggested.filter((phrase) => !understood(phrase))).toEqual([]);
  });
});
