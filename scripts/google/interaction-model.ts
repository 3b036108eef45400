/**
 * Reads the Alexa interaction models (skill-package/interactionModels/custom/<locale>.json), the
 * single source of the voice model, and the skill manifest's published name and links. Only the
 * parts the Actions Builder project needs are read, and each is checked: a model that does not have
 * the expected shape stops the build with a message naming the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const slotSchema = z.object({ name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), type: z.string().min(1) });

const intentSchema = z.object({
  name: z.string().min(1),
  slots: z.array(slotSchema).optional(),
  samples: z.array(z.string()).optional(),
});

const typeSchema = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  values: z.array(
    z.object({
      id: z.string().optional(),
      name: z.object({ value: z.string().min(1), synonyms: z.array(z.string()).optional() }),
    }),
  ),
});

const modelSchema = z.object({
  interactionModel: z.object({
    languageModel: z.object({
      invocationName: z.string().min(1),
      intents: z.array(intentSchema),
      types: z.array(typeSchema).optional(),
    }),
  }),
});

const manifestSchema = z.object({
  manifest: z.object({
    publishingInformation: z.object({
      locales: z.record(
        z.string(),
        z.object({ name: z.string(), summary: z.string().optional(), description: z.string().optional() }),
      ),
    }),
    privacyAndCompliance: z
      .object({
        locales: z
          .record(
            z.string(),
            z.object({ privacyPolicyUrl: z.string().optional(), termsOfUseUrl: z.string().optional() }),
          )
          .optional(),
      })
      .optional(),
  }),
});

/** One slot of an intent. */
export type ModelSlot = z.infer<typeof slotSchema>;
/** One intent of the model. */
export type ModelIntent = z.infer<typeof intentSchema>;
/** One custom slot type of the model. */
export type ModelType = z.infer<typeof typeSchema>;

/** One locale's voice model and published texts. */
export interface InteractionModel {
  /** The Alexa locale, e.g. en-US. */
  readonly locale: string;
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
  readonly types: readonly ModelType[];
  /** The skill's published name, summary, description and links for this locale. */
  readonly listing: {
    readonly name: string;
    readonly summary?: string;
    readonly description?: string;
    readonly privacyPolicyUrl?: string;
    readonly termsOfUseUrl?: string;
  };
}

function parse<T>(schema: z.ZodType<T>, file: string): T {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Reads every locale's model from a skill package folder (default locale first: en-US if present). */
export function readInteractionModels(skillPackage: string): InteractionModel[] {
  const folder = join(skillPackage, 'interactionModels', 'custom');
  const manifest = parse(manifestSchema, join(skillPackage, 'skill.json')).manifest;
  const locales = readdirSync(folder)
    .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
    .map((file) => file.slice(0, -'.json'.length))
    .sort((a, b) => (a === 'en-US' ? -1 : b === 'en-US' ? 1 : a.localeCompare(b)));
  if (locales.length === 0) throw new Error(`${folder}: no interaction model (<locale>.json)`);
  return locales.map((locale) => {
    const { languageModel } = parse(modelSchema, join(folder, `${locale}.json`)).interactionModel;
    const published = manifest.publishingInformation.locales[locale];
    if (!published) throw new Error(`skill.json: no publishingInformation.locales.${locale}`);
    const links = manifest.privacyAndCompliance?.locales?.[locale];
    return {
      locale,
      invocationName: languageModel.invocationName,
      intents: languageModel.intents,
      types: languageModel.types ?? [],
      listing: { ...published, ...links },
    };
  });
}
