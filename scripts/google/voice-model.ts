/**
 * One locale's Alexa voice model as Actions Builder intents and types. Custom intents keep their
 * names; built-ins lose the `AMAZON.` prefix and get the training phrases of built-in-phrases.ts
 * (plus any samples the model adds); FallbackIntent is left to the platform's NO_MATCH events.
 * Parameters carry the Alexa slot names. Alexa's built-in slot types become Google's number type or
 * small custom types (free text, a four-digit pattern, ordinals); custom slot types become synonym
 * types keyed by the value ids, open to values they do not list, as Alexa's are.
 */
import { canonicalIntentName, SYSTEM_SERVED_INTENTS } from '../../lambda/adapters/google/webhook-contract';
import type { LanguagePhrases } from './built-in-phrases';
import type { InteractionModel, ModelSlot, ModelType } from './interaction-model';

/** A custom intent file: custom/intents/<name>.yaml. */
export interface GoogleIntent {
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly type: { readonly name: string } }[];
  readonly trainingPhrases: readonly string[];
}

/** A type file: custom/types/<name>.yaml (one of synonym, freeText, regularExpression). */
export interface GoogleType {
  readonly name: string;
  readonly definition: Readonly<Record<string, unknown>>;
}

/** The locale's intents and types. */
export interface GoogleVoiceModel {
  readonly intents: readonly GoogleIntent[];
  readonly types: readonly GoogleType[];
}

/** How one Alexa slot type appears on Google: the type name, examples, and a type file if custom. */
interface TypeMapping {
  readonly name: string;
  readonly examples: readonly string[];
  readonly definition?: Readonly<Record<string, unknown>>;
}

/** Words that can sit inside a training-phrase annotation ('...') without escaping. */
const PLAIN_EXAMPLE = /^[\p{L}\p{N} ]+$/u;

function builtInType(type: string, phrases: LanguagePhrases): TypeMapping {
  switch (type) {
    case 'AMAZON.NUMBER':
      return { name: 'actions.type.Number', examples: phrases.examples.number };
    case 'AMAZON.FOUR_DIGIT_NUMBER':
      return {
        name: 'FourDigitNumber',
        examples: phrases.examples.fourDigits,
        definition: {
          regularExpression: { entities: { code: { regularExpressions: ['\\d{4}', '\\d \\d \\d \\d'] } } },
        },
      };
    case 'AMAZON.SearchQuery':
      return { name: 'SearchQuery', examples: phrases.examples.searchQuery, definition: { freeText: {} } };
    case 'AMAZON.Ordinal': {
      const entities = Object.fromEntries(
        Object.entries(phrases.ordinals).map(([key, synonyms]) => [key, { synonyms: [...synonyms] }]),
      );
      return {
        name: 'Ordinal',
        examples: Object.keys(phrases.ordinals),
        definition: { synonym: { matchType: 'EXACT_MATCH', entities } },
      };
    }
    default:
      throw new Error(
        `slot type ${type} has no Google equivalent yet: add it in scripts/google/voice-model.ts`,
      );
  }
}

const slug = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function customType(type: ModelType): TypeMapping {
  const entities: Record<string, { synonyms: string[] }> = {};
  for (const value of type.values) {
    const key = value.id ?? slug(value.name.value);
    const synonyms = [...new Set([value.name.value, ...(value.name.synonyms ?? [])])];
    entities[key] = { synonyms: [...new Set([...(entities[key]?.synonyms ?? []), ...synonyms])] };
  }
  const examples = type.values.map((v) => v.name.value).filter((v) => PLAIN_EXAMPLE.test(v));
  return {
    name: type.name,
    examples: examples.length > 0 ? examples : [type.name.toLowerCase()],
    definition: { synonym: { matchType: 'FUZZY_MATCH', acceptUnknownValues: true, entities } },
  };
}

/** Built-in slots that the Alexa model leaves implicit. */
const IMPLICIT_SLOTS: Readonly<Record<string, readonly ModelSlot[]>> = {
  SelectIntent: [{ name: 'ListPosition', type: 'AMAZON.Ordinal' }],
};

/** Converts one locale's model. */
export function convertVoiceModel(model: InteractionModel, phrases: LanguagePhrases): GoogleVoiceModel {
  const mappings = new Map<string, TypeMapping>();
  const typeFor = (type: string): TypeMapping => {
    let mapping = mappings.get(type);
    if (!mapping) {
      const custom = model.types.find((t) => t.name === type);
      if (!custom && !type.startsWith('AMAZON.'))
        throw new Error(`${model.locale}: slot type ${type} is not defined`);
      mapping = custom ? customType(custom) : builtInType(type, phrases);
      mappings.set(type, mapping);
    }
    return mapping;
  };
  for (const type of model.types) typeFor(type.name);
  const used = new Map<string, number>();
  const example = (mapping: TypeMapping): string => {
    const count = used.get(mapping.name) ?? 0;
    used.set(mapping.name, count + 1);
    return mapping.examples[count % mapping.examples.length]!;
  };

  const intents: GoogleIntent[] = [];
  for (const intent of model.intents) {
    const name = canonicalIntentName(intent.name);
    if (SYSTEM_SERVED_INTENTS.includes(name)) continue;
    const builtIn = intent.name.startsWith('AMAZON.');
    const slots = intent.slots?.length ? intent.slots : (IMPLICIT_SLOTS[name] ?? []);
    const taught = builtIn ? (phrases.intents[name] ?? []) : [];
    const samples = [...new Set([...taught, ...(intent.samples ?? [])])];
    if (samples.length === 0) throw new Error(`${model.locale}: ${intent.name} has no training phrases`);
    const trainingPhrases = samples.map((sample) =>
      sample.replace(/\{([^}]*)\}/g, (_, slotName: string) => {
        const slot = slots.find((s) => s.name === slotName);
        if (!slot)
          throw new Error(`${model.locale}: ${intent.name} sample "${sample}" uses undeclared {${slotName}}`);
        return `($${slotName} '${example(typeFor(slot.type))}' auto=false)`;
      }),
    );
    const parameters = slots.map((slot) => ({ name: slot.name, type: { name: typeFor(slot.type).name } }));
    intents.push({ name, parameters, trainingPhrases });
  }
  const types = [...mappings.values()].flatMap((m) =>
    m.definition ? [{ name: m.name, definition: m.definition }] : [],
  );
  return { intents, types };
}
