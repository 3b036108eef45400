/**
 * What a slot makes of the words it captured, by slot type, as Alexa fills slots: AMAZON.NUMBER,
 * AMAZON.Ordinal and AMAZON.FOUR_DIGIT_NUMBER take only what they name and send digits (anything
 * else is refused); AMAZON.SearchQuery and other built-ins take the words as they are; a custom type
 * is open: any words fill it, and a listed value or synonym, said as listed (case and punctuation
 * aside), resolves to its id (ER_SUCCESS_MATCH) while other words are kept with ER_SUCCESS_NO_MATCH.
 */
import type { InteractionModel } from './interaction-model';
import { parseFourDigits, parseSpokenNumber, parseSpokenOrdinal } from './spoken-numbers';
import { comparable } from './spoken-words';

/** An entity-resolution outcome for a custom slot type. */
export type EntityResolution =
  | { readonly status: 'ER_SUCCESS_MATCH'; readonly id: string; readonly name: string }
  | { readonly status: 'ER_SUCCESS_NO_MATCH' };

/** A filled slot: the value Alexa would send, and entity resolution for custom types. */
export interface FilledSlot {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  /** The words as typed, before numbers became digits. */
  readonly heard?: string;
  readonly resolution?: EntityResolution;
}

/** How strongly a capture fits its type: parsed or resolved values count, free words do not. */
export type Fit = 'resolved' | 'free';

/** A slot value and how well it fits. */
export interface SlotFill {
  readonly value: string;
  readonly fit: Fit;
  readonly resolution?: EntityResolution;
}

type Lookup = ReadonlyMap<string, { readonly id: string; readonly name: string }>;

/** Resolves captured words per slot type of one interaction model. */
export interface SlotTypes {
  fill(type: string, words: string): SlotFill | undefined;
}

function lookupOf(values: InteractionModel['types'][number]['values']): Lookup {
  const lookup = new Map<string, { id: string; name: string }>();
  for (const value of values) {
    const entry = { id: value.id ?? value.name.value, name: value.name.value };
    for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const key = comparable(phrase);
      if (key && !lookup.has(key)) lookup.set(key, entry);
    }
  }
  return lookup;
}

function builtIn(type: string, words: string): SlotFill | undefined {
  switch (type) {
    case 'AMAZON.NUMBER': {
      const number = parseSpokenNumber(words);
      return number === undefined ? undefined : { value: String(number), fit: 'resolved' };
    }
    case 'AMAZON.Ordinal': {
      const ordinal = parseSpokenOrdinal(words);
      return ordinal === undefined ? undefined : { value: String(ordinal), fit: 'resolved' };
    }
    case 'AMAZON.FOUR_DIGIT_NUMBER': {
      const digits = parseFourDigits(words);
      return digits === undefined ? undefined : { value: digits, fit: 'resolved' };
    }
    default:
      return { value: words, fit: 'free' };
  }
}

/** The slot types of a model. */
export function slotTypesOf(model: InteractionModel): SlotTypes {
  const lookups = new Map<string, Lookup>(model.types.map((t) => [t.name, lookupOf(t.values)]));
  return {
    fill(type, words) {
      const lookup = lookups.get(type);
      if (!lookup) return builtIn(type, words);
      const hit = lookup.get(comparable(words));
      return hit
        ? { value: words, fit: 'resolved', resolution: { status: 'ER_SUCCESS_MATCH', ...hit } }
        : { value: words, fit: 'free', resolution: { status: 'ER_SUCCESS_NO_MATCH' } };
    },
  };
}
