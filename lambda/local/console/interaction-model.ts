/**
 * The Alexa interaction models of skill-package/ as the voice console reads them: intents with
 * their slots and samples, custom slot types with ids and synonyms, and the dialog model (which
 * intents Alexa itself asks slots for, and with which prompts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A slot declared on an intent. */
export interface ModelSlot {
  readonly name: string;
  readonly type: string;
}

/** An intent of the language model. */
export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

/** One value of a custom slot type. */
export interface ModelTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

/** A custom slot type. */
export interface ModelType {
  readonly name: string;
  readonly values: readonly ModelTypeValue[];
}

/** A slot Alexa elicits itself when the dialog is delegated. */
export interface DialogSlot {
  readonly name: string;
  readonly type: string;
  readonly elicitationRequired?: boolean;
  readonly prompts?: Readonly<Record<string, string>>;
}

/** The dialog model of one intent. */
export interface DialogIntent {
  readonly name: string;
  readonly delegationStrategy?: string;
  readonly slots: readonly DialogSlot[];
}

/** An interaction model, flattened. */
export interface InteractionModel {
  readonly locale: string;
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
  readonly types: readonly ModelType[];
  readonly dialog: { readonly delegationStrategy?: string; readonly intents: readonly DialogIntent[] };
  readonly prompts: Readonly<Record<string, readonly string[]>>;
}

interface ModelFile {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly ModelType[];
    };
    readonly dialog?: { readonly delegationStrategy?: string; readonly intents?: readonly DialogIntent[] };
    readonly prompts?: readonly {
      readonly id: string;
      readonly variations: readonly { readonly value: string }[];
    }[];
  };
}

/** The folder holding the models, one `<locale>.json` each. */
export const MODELS_DIR = resolve(__dirname, '../../../skill-package/interactionModels/custom');

/** The locales that have an interaction model. */
export function availableLocales(dir = MODELS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Reads the model of a locale; throws a clear error when the locale has none. */
export function loadInteractionModel(locale: string, dir = MODELS_DIR): InteractionModel {
  const path = join(dir, `${locale}.json`);
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(locale) || !existsSync(path)) {
    const known = availableLocales(dir).join(', ') || 'none';
    throw new Error(`There is no interaction model for locale ${locale} (available: ${known}).`);
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  const { languageModel, dialog, prompts } = file.interactionModel;
  return {
    locale,
    invocationName: languageModel.invocationName,
    intents: languageModel.intents,
    types: languageModel.types ?? [],
    dialog: { delegationStrategy: dialog?.delegationStrategy, intents: dialog?.intents ?? [] },
    prompts: Object.fromEntries((prompts ?? []).map((p) => [p.id, p.variations.map((v) => v.value)])),
  };
}
