/**
 * The Alexa interaction model is internally consistent and follows the platform's build rules:
 * every sample's slots are declared, no sample (or sample pattern) belongs to two intents, every
 * slot type exists, AMAZON.SearchQuery samples carry a carrier phrase and no other slot, custom
 * value ids and synonyms are unique, and every custom intent has enough natural samples.
 */
import {
  readInteractionModel,
  readSkillManifest,
  slotsInSample,
  type ModelIntent,
} from '../support/alexa-model';

const model = readInteractionModel('en-US').interactionModel;
const { languageModel } = model;
const customIntents = languageModel.intents.filter((intent) => !intent.name.startsWith('AMAZON.'));
const customTypes = new Map((languageModel.types ?? []).map((type) => [type.name, type]));

/** The built-in slot types this model may use. */
const BUILT_IN_SLOT_TYPES = [
  'AMAZON.SearchQuery',
  'AMAZON.NUMBER',
  'AMAZON.Ordinal',
  'AMAZON.FOUR_DIGIT_NUMBER',
];

const REQUIRED_BUILT_INS = [
  'Help',
  'Stop',
  'Cancel',
  'Fallback',
  'NavigateHome',
  'Yes',
  'No',
  'Repeat',
  'Next',
  'Previous',
  'StartOver',
  'Select',
].map((name) => `AMAZON.${name}Intent`);

const normalise = (sample: string): string => sample.trim().toLowerCase().replace(/\s+/g, ' ');

function slotTypeOf(intent: ModelIntent, slot: string): string | undefined {
  return intent.slots?.find((declared) => declared.name === slot)?.type;
}

/** A sample with each slot replaced by its type: two intents sharing a pattern would collide. */
function pattern(intent: ModelIntent, sample: string): string {
  return normalise(sample).replace(/\{([^{}]*)\}/g, (_, slot: string) => `{${slotTypeOf(intent, slot)}}`);
}

describe('the en-US interaction model', () => {
  it('has a valid invocation name (two or more lowercase words, no launch or wake words)', () => {
    const name = languageModel.invocationName;
    expect(name).toMatch(/^[a-z][a-z' .]*[a-z]$/);
    expect(name.split(' ').length).toBeGreaterThanOrEqual(2);
    for (const word of [
      'alexa',
      'amazon',
      'echo',
      'skill',
      'app',
      'ask',
      'tell',
      'open',
      'launch',
      'start',
    ]) {
      expect(name.split(' ')).not.toContain(word);
    }
  });

  it('declares every built-in intent the conversation relies on, and each intent once', () => {
    const names = languageModel.intents.map((intent) => intent.name);
    expect(names).toEqual(expect.arrayContaining(REQUIRED_BUILT_INS));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^(AMAZON\.)?[A-Za-z_]+$/);
    expect(
      languageModel.intents.find((intent) => intent.name === 'AMAZON.FallbackIntent')?.samples ?? [],
    ).toEqual([]);
  });

  it('gives every custom intent at least 12 samples', () => {
    const short = customIntents
      .map((intent) => ({ intent: intent.name, samples: intent.samples?.length ?? 0 }))
      .filter(({ samples }) => samples < 12);
    expect(short).toEqual([]);
    expect(customIntents.length).toBeGreaterThanOrEqual(26);
  });

  it('writes samples in speakable words only: lowercase, apostrophes, periods, spaces and {slots}', () => {
    const bad = languageModel.intents.flatMap((intent) =>
      (intent.samples ?? [])
        .filter(
          (sample) =>
            !/^(?:[a-z'.]+|\{[A-Za-z][A-Za-z0-9_]*\})(?: (?:[a-z'.]+|\{[A-Za-z][A-Za-z0-9_]*\}))*$/.test(
              sample,
            ) || sample.length > 200,
        )
        .map((sample) => `${intent.name}: "${sample}"`),
    );
    expect(bad).toEqual([]);
  });

  it('declares every slot a sample uses, and uses every declared slot', () => {
    const problems: string[] = [];
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      const used = new Set<string>();
      for (const sample of intent.samples ?? []) {
        for (const slot of slotsInSample(sample)) {
          used.add(slot);
          if (!declared.has(slot)) problems.push(`${intent.name}: "${sample}" uses undeclared {${slot}}`);
        }
      }
      for (const slot of intent.slots ?? []) {
        if (!used.has(slot.name)) problems.push(`${intent.name}: slot ${slot.name} is in no sample`);
        for (const sample of slot.samples ?? []) {
          const others = slotsInSample(sample).filter((name) => name !== slot.name);
          if (others.length > 0)
            problems.push(`${intent.name}.${slot.name}: slot sample "${sample}" names ${others.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never gives the same sample, or the same sample pattern, to two intents (or twice to one)', () => {
    const bySample = new Map<string, string>();
    const byPattern = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const key = normalise(sample);
        const owner = bySample.get(key);
        if (owner) clashes.push(`"${sample}" in ${owner} and ${intent.name}`);
        bySample.set(key, intent.name);
        const shape = pattern(intent, sample);
        const shapeOwner = byPattern.get(shape);
        if (shapeOwner && shapeOwner !== intent.name)
          clashes.push(`pattern ${shape} in ${shapeOwner} and ${intent.name}`);
        byPattern.set(shape, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('refers only to slot types that exist', () => {
    const missing = languageModel.intents.flatMap((intent) =>
      (intent.slots ?? [])
        .filter((slot) => !customTypes.has(slot.type) && !BUILT_IN_SLOT_TYPES.includes(slot.type))
        .map((slot) => `${intent.name}.${slot.name}: ${slot.type}`),
    );
    expect(missing).toEqual([]);
    const referenced = new Set(
      languageModel.intents.flatMap((intent) => (intent.slots ?? []).map((s) => s.type)),
    );
    expect([...customTypes.keys()].filter((name) => !referenced.has(name))).toEqual([]);
  });

  it('follows the AMAZON.SearchQuery rules: a carrier phrase, no other slot in the sample, one per intent', () => {
    const problems: string[] = [];
    for (const intent of languageModel.intents) {
      const phraseSlots = (intent.slots ?? []).filter((slot) => slot.type === 'AMAZON.SearchQuery');
      if (phraseSlots.length > 1) problems.push(`${intent.name} has ${phraseSlots.length} SearchQuery slots`);
      for (const sample of intent.samples ?? []) {
        const slots = slotsInSample(sample);
        if (!slots.some((slot) => slotTypeOf(intent, slot) === 'AMAZON.SearchQuery')) continue;
        if (slots.length > 1) problems.push(`${intent.name}: "${sample}" mixes SearchQuery with other slots`);
        if (sample.replace(/\{[^{}]*\}/g, '').trim() === '')
          problems.push(`${intent.name}: "${sample}" has no carrier phrase`);
      }
    }
    expect(problems).toEqual([]);
    expect(
      languageModel.intents.some((intent) => intent.slots?.some((s) => s.type === 'AMAZON.SearchQuery')),
    ).toBe(true);
  });

  it('gives custom slot values unique ids and unique words within their type', () => {
    const problems: string[] = [];
    for (const type of customTypes.values()) {
      expect(type.values.length).toBeGreaterThan(0);
      const ids = new Set<string>();
      const words = new Map<string, string>();
      for (const value of type.values) {
        if (!value.id || ids.has(value.id)) problems.push(`${type.name}: missing or repeated id ${value.id}`);
        ids.add(value.id ?? '');
        for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const key = normalise(word);
          if (!key || /[0-9{}]/.test(key)) problems.push(`${type.name}: bad value "${word}"`);
          if (words.has(key)) problems.push(`${type.name}: "${word}" in ${words.get(key)} and ${value.id}`);
          words.set(key, value.id ?? '');
        }
      }
    }
    expect(problems).toEqual([]);
    expect(customTypes.get('DELIVERY_OPTION')?.values.map((v) => v.id)).toEqual([
      'standard',
      'express',
      'pickup',
    ]);
    expect(customTypes.get('PRODUCT_DETAIL')?.values.map((v) => v.id)).toEqual(
      expect.arrayContaining(['price', 'size', 'stock', 'delivery', 'description']),
    );
  });

  it('has a dialog model whose intents, slots and prompts all exist', () => {
    const dialog = model.dialog!;
    const promptIds = new Set((model.prompts ?? []).map((prompt) => prompt.id));
    const problems: string[] = [];
    for (const dialogIntent of dialog.intents) {
      const intent = languageModel.intents.find((candidate) => candidate.name === dialogIntent.name);
      if (!intent) problems.push(`dialog intent ${dialogIntent.name} is not in the model`);
      for (const slot of dialogIntent.slots) {
        if (slotTypeOf(intent ?? { name: '' }, slot.name) !== slot.type)
          problems.push(`${dialogIntent.name}.${slot.name} type`);
        for (const id of Object.values(slot.prompts ?? {}))
          if (!promptIds.has(id)) problems.push(`prompt ${id}`);
        if (slot.elicitationRequired && !slot.prompts?.elicitation)
          problems.push(`${slot.name} has no elicitation`);
      }
    }
    for (const prompt of model.prompts ?? []) {
      const owner = dialog.intents.find((intent) =>
        intent.slots.some((slot) => Object.values(slot.prompts ?? {}).includes(prompt.id)),
      );
      for (const variation of prompt.variations) {
        for (const slot of slotsInSample(variation.value)) {
          if (!owner?.slots.some((declared) => declared.name === slot))
            problems.push(`${prompt.id} names {${slot}}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(dialog.intents.map((intent) => intent.name)).toContain('SetVoiceCodeIntent');
  });
});

describe('skill.json', () => {
  const { manifest } = readSkillManifest();
  const locale = manifest.publishingInformation.locales['en-US']!;
  const invocation = languageModel.invocationName;

  it('opens with the invocation name and shows only phrases the model understands', () => {
    const [open, ...others] = locale.examplePhrases;
    expect(open).toBe(`Alexa, open ${invocation}`);
    expect(others.length).toBeGreaterThan(0);
    expect(locale.examplePhrases.length).toBeLessThanOrEqual(3);
    const samples = customIntents.flatMap((intent) => intent.samples ?? []);
    for (const phrase of others) {
      expect(phrase.startsWith(`Alexa, ask ${invocation} `)).toBe(true);
      const said = phrase.slice(`Alexa, ask ${invocation} `.length).toLowerCase();
      const matches = samples.some((sample) =>
        new RegExp(`^${sample.replace(/[.]/g, '\\.').replace(/\{[^{}]*\}/g, "[a-z' ]+")}$`).test(said),
      );
      expect({ phrase, matches }).toEqual({ phrase, matches: true });
    }
  });

  it('asks only for the notifications and reminders permissions, and keeps the placeholders the README says to replace', () => {
    expect(manifest.permissions ?? []).toEqual([
      { name: 'alexa::devices:all:notifications:write' },
      { name: 'alexa::alerts:reminders:skill:readwrite' },
    ]);
    expect(manifest.apis.custom.endpoint.uri).toMatch(
      /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:REPLACE_WITH_/,
    );
    const urls = manifest.privacyAndCompliance.locales['en-US']!;
    expect(urls.privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(urls.termsOfUseUrl).toMatch(/^https:\/\//);
    expect(locale.name.length).toBeGreaterThan(0);
  });
});
