/**
 * An English variety's interaction model derived from the en-US one and an overlay: the same
 * intents, slots and dialog (so every locale keeps every intent), each en-US sample with the
 * variety's own words ("basket" for "cart"), a copy of a sample in another word people there also
 * use ("trolley"), samples they do not say dropped, their own samples added, and slot values and
 * synonyms of their own. Samples are kept once per intent, ignoring case.
 */

/** A slot value as the model holds it. */
export interface SlotValue {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

/** What one variety says differently from en-US. */
export interface ModelOverlay {
  readonly locale: string;
  /** Whole words or phrases said differently in every sample: ["cart", "basket"]. */
  readonly words: readonly (readonly [from: string, to: string])[];
  /** For each sample holding the first words, a copy with the second too: ["basket", "trolley"]. */
  readonly alsoSaid: readonly (readonly [words: string, alternative: string])[];
  /**
   * Copies are made of samples of at most this many words (the short ways of saying it; the long
   * polite ones stay in the variety's own word), keeping each intent under the per-intent limit.
   */
  readonly alsoSaidUpTo?: number;
  /** en-US samples people there do not say (after `words`). */
  readonly dropped: readonly string[];
  /** Samples the way people there say them, by intent. */
  readonly samples: Readonly<Record<string, readonly string[]>>;
  /** Slot values by type: values added (or replacing the one with their id), ids removed. */
  readonly types: Readonly<
    Record<string, { readonly add?: readonly SlotValue[]; readonly remove?: readonly string[] }>
  >;
  /** Prompt texts by prompt id, replacing en-US's. */
  readonly prompts?: Readonly<Record<string, readonly string[]>>;
}

interface Intent {
  readonly name: string;
  readonly samples?: readonly string[];
  readonly [key: string]: unknown;
}
interface SlotType {
  readonly name: string;
  readonly values: readonly SlotValue[];
}
interface Prompt {
  readonly id: string;
  readonly variations: readonly { readonly type: string; readonly value: string }[];
}
/** The part of an interaction model file this reads and writes. */
export interface ModelFile {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly Intent[];
      readonly types: readonly SlotType[];
    };
    readonly dialog?: unknown;
    readonly prompts?: readonly Prompt[];
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(words: string): RegExp {
  return new RegExp(`(?<![\\w{])${escapeRegExp(words)}(?![\\w}])`, 'gi');
}

function unique(samples: readonly string[]): string[] {
  const seen = new Set<string>();
  return samples.filter((sample) => {
    const key = sample.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function localSamples(samples: readonly string[], overlay: ModelOverlay): string[] {
  const reworded = samples.map((sample) =>
    overlay.words.reduce((text, [from, to]) => text.replace(wordPattern(from), to), sample),
  );
  const short = (sample: string) => sample.split(/\s+/).length <= (overlay.alsoSaidUpTo ?? Infinity);
  const copies = reworded.filter(short).flatMap((sample) =>
    overlay.alsoSaid
      .filter(([words]) => wordPattern(words).test(sample))
      .map(([words, alternative]) => sample.replace(wordPattern(words), alternative)),
  );
  const dropped = new Set(overlay.dropped.map((s) => s.toLowerCase()));
  return [...reworded, ...copies].filter((s) => !dropped.has(s.toLowerCase()));
}

function localType(type: SlotType, overlay: ModelOverlay): SlotType {
  const change = overlay.types[type.name];
  if (!change) return type;
  const added = change.add ?? [];
  const gone = new Set([...(change.remove ?? []), ...added.map((v) => v.id)]);
  return { ...type, values: [...type.values.filter((v) => !gone.has(v.id)), ...added] };
}

/** The variety's model: en-US's with the overlay applied. */
export function deriveModel(base: ModelFile, overlay: ModelOverlay): ModelFile {
  const { languageModel } = base.interactionModel;
  const intents = languageModel.intents.map((intent) => {
    if (!intent.samples) return intent;
    const own = overlay.samples[intent.name] ?? [];
    return { ...intent, samples: unique([...localSamples(intent.samples, overlay), ...own]) };
  });
  const unknown = Object.keys(overlay.samples).filter((name) => !intents.some((i) => i.name === name));
  if (unknown.length > 0)
    throw new Error(`${overlay.locale}: samples for unknown intents ${unknown.join(', ')}`);
  const prompts = base.interactionModel.prompts?.map((prompt) => {
    const texts = overlay.prompts?.[prompt.id];
    return texts ? { ...prompt, variations: texts.map((value) => ({ type: 'PlainText', value })) } : prompt;
  });
  return {
    interactionModel: {
      ...base.interactionModel,
      languageModel: {
        ...languageModel,
        intents,
        types: languageModel.types.map((type) => localType(type, overlay)),
      },
      ...(prompts ? { prompts } : {}),
    },
  };
}
