/**
 * Test helper: the Alexa skill package read from skill-package/, typed just enough for the
 * contract tests, and the slot names a sample utterance refers to.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A slot declared on an intent. */
export interface ModelSlot {
  readonly name: string;
  readonly type: string;
  readonly samples?: readonly string[];
}

/** An intent of the language model. */
export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

/** A custom slot type and its values. */
export interface ModelType {
  readonly name: string;
  readonly values: readonly {
    readonly id?: string;
    readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
  }[];
}

/** The parts of the dialog model the tests check. */
export interface ModelDialog {
  readonly delegationStrategy?: string;
  readonly intents: readonly {
    readonly name: string;
    readonly delegationStrategy?: string;
    readonly slots: readonly {
      readonly name: string;
      readonly type: string;
      readonly elicitationRequired?: boolean;
      readonly confirmationRequired?: boolean;
      readonly prompts?: Readonly<Record<string, string>>;
    }[];
  }[];
}

/** An interaction model file (interactionModels/custom/<locale>.json). */
export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly ModelType[];
    };
    readonly dialog?: ModelDialog;
    readonly prompts?: readonly {
      readonly id: string;
      readonly variations: readonly { readonly type: string; readonly value: string }[];
    }[];
  };
}

/** The skill package folder. */
export const SKILL_PACKAGE_DIR = resolve(__dirname, '../../skill-package');

/** Reads one locale's interaction model. */
export function readInteractionModel(locale = 'en-US'): InteractionModel {
  const path = join(SKILL_PACKAGE_DIR, 'interactionModels', 'custom', `${locale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
}

/** The parts of skill.json the tests check. */
export interface SkillManifest {
  manifest: {
    publishingInformation: {
      locales: Record<
        string,
        { name: string; examplePhrases: string[]; description: string; summary: string }
      >;
    };
    privacyAndCompliance: { locales: Record<string, { privacyPolicyUrl: string; termsOfUseUrl: string }> };
    permissions?: unknown[];
    apis: { custom: { endpoint: { uri: string } } };
    events?: { publications?: unknown[] };
  };
}

/** Reads skill.json. */
export function readSkillManifest(): SkillManifest {
  return JSON.parse(readFileSync(join(SKILL_PACKAGE_DIR, 'skill.json'), 'utf8')) as SkillManifest;
}

/** The slot names a sample refers to, in order ("add {quantity} {product}" -> quantity, product). */
export function slotsInSample(sample: string): string[] {
  return [...sample.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
}

/** The canonical name a Turn carries for a model intent: built-ins lose the AMAZON. prefix. */
export function canonicalIntentName(modelName: string): string {
  return modelName.startsWith('AMAZON.') ? modelName.slice('AMAZON.'.length) : modelName;
}
