/**
 * The interaction model lint, for every locale's model: with each slot read as a wildcard no
 * sample of one intent matches a sample of another (see sample-overlap for when a match counts), a
 * sample that is only a slot takes listed values only (a custom type's values, or what a number,
 * ordinal or four-digit-number slot names: open words alone would swallow every other intent), and
 * every custom intent has at least twenty samples, and the model stays within Alexa's size limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  availableLocales,
  loadInteractionModel,
  MODELS_DIR,
} from '../../lambda/local/console/interaction-model';
import { crossIntentMatches } from '../support/sample-overlap';

const MIN_SAMPLES = 20;
/** The Alexa model-definition limit (characters of the JSON as sent), which its API enforces on update. */
const MAX_MODEL_CHARS = 1_000_000;
/** Samples per intent, at most: Dialogflow's training-phrase limit per intent, which the Google project inherits. */
const MAX_SAMPLES = 2_000;
/** Built-in types that take only what they name, so a sample of the slot alone cannot swallow words. */
const CLOSED_BUILT_INS = ['AMAZON.NUMBER', 'AMAZON.Ordinal', 'AMAZON.FOUR_DIGIT_NUMBER'];
const locales = availableLocales();

it('finds at least one locale model to lint', () => {
  expect(locales).toContain('en-US');
});

describe.each(locales)('the %s interaction model lint', (locale) => {
  const model = loadInteractionModel(locale);

  it(`stays under ${MAX_MODEL_CHARS} characters as compact JSON, the model-definition limit`, () => {
    const compact = JSON.stringify(JSON.parse(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')));
    expect(compact.length).toBeLessThan(MAX_MODEL_CHARS);
  });

  it('lets no sample of one intent match a sample of another with its slots as wildcards', () => {
    expect(crossIntentMatches(model)).toEqual([]);
  });

  it('gives a sample that is only a slot a type with listed values', () => {
    const types = new Map(model.types.map((type) => [type.name, type]));
    const bad = model.intents.flatMap((intent) =>
      (intent.samples ?? [])
        .map((sample) => ({ sample, slot: /^\s*\{([^{}]+)\}\s*$/.exec(sample)?.[1] }))
        .filter(({ slot }) => slot !== undefined)
        .filter(({ slot }) => {
          const type = intent.slots?.find((declared) => declared.name === slot)?.type ?? '';
          return !CLOSED_BUILT_INS.includes(type) && (types.get(type)?.values.length ?? 0) === 0;
        })
        .map(({ sample }) => `${intent.name}: "${sample}"`),
    );
    expect(bad).toEqual([]);
  });

  it('writes every sample in words and slot references only, as the model-definition API accepts', () => {
    // No digits, brackets or bars: a numeral, or a pattern left unexpanded ("[a|b]"), is rejected.
    const bad = model.intents.flatMap((intent) =>
      (intent.samples ?? [])
        .filter((sample) => !/^[\p{L}\p{M}' .{}-]+$/u.test(sample))
        .map((sample) => `${intent.name}: "${sample}"`),
    );
    expect(bad).toEqual([]);
  });

  it(`gives no intent more than ${MAX_SAMPLES} samples`, () => {
    const long = model.intents
      .filter((intent) => (intent.samples?.length ?? 0) > MAX_SAMPLES)
      .map((i) => i.name);
    expect(long).toEqual([]);
  });

  it(`gives every custom intent at least ${MIN_SAMPLES} samples`, () => {
    const short = model.intents
      .filter((intent) => !intent.name.startsWith('AMAZON.'))
      .map((intent) => ({ intent: intent.name, samples: intent.samples?.length ?? 0 }))
      .filter(({ samples }) => samples < MIN_SAMPLES);
    expect(short).toEqual([]);
  });
});
