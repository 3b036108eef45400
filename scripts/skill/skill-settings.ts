/**
 * Fills the skill package's deployment settings: the endpoint (the Alexa function ARN from the CDK
 * outputs), the store's privacy and terms URLs, and optionally the skill's name and invocation name.
 * Pure functions over the parsed JSON; the CLI in configure-skill.ts reads and writes the files.
 */
import * as z from 'zod';

/** What a merchant sets before `ask deploy`. */
export interface SkillSettings {
  readonly endpointArn?: string;
  readonly privacyUrl?: string;
  readonly termsUrl?: string;
  readonly name?: string;
  readonly invocationName?: string;
}

const ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,140}(:[A-Za-z0-9_$-]+)?$/;
const https = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** The settings schema: each value checked the way the Alexa developer console checks it. */
export const skillSettingsSchema = z.object({
  endpointArn: z
    .string()
    .regex(ARN, 'must be a Lambda function ARN (the AlexaFunctionArn output)')
    .optional(),
  privacyUrl: https.optional(),
  termsUrl: https.optional(),
  name: z.string().trim().min(2).max(50).optional(),
  invocationName: z
    .string()
    .regex(/^[a-z]+( [a-z]+)+$/, 'must be two or more lowercase words, letters only')
    .max(50)
    .optional(),
});

/** The Alexa function ARN in the outputs file `cdk deploy --outputs-file` writes. */
export function endpointFromOutputs(outputs: unknown): string | undefined {
  if (typeof outputs !== 'object' || outputs === null) return undefined;
  for (const stack of Object.values(outputs as Record<string, unknown>)) {
    const arn = (stack as Record<string, unknown> | null)?.AlexaFunctionArn;
    if (typeof arn === 'string') return arn;
  }
  return undefined;
}

type Json = Record<string, unknown>;

function at(value: unknown, ...path: string[]): Json {
  let node = value as Json;
  for (const key of path) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`skill.json has no ${path.join('.')}`);
    node = next as Json;
  }
  return node;
}

/** The manifest with the settings applied, for every locale it publishes. */
export function applyToManifest(skill: unknown, settings: SkillSettings): unknown {
  const copy = structuredClone(skill) as Json;
  if (settings.endpointArn) {
    at(copy, 'manifest', 'apis', 'custom', 'endpoint').uri = settings.endpointArn;
    // The skill's events (turned off, account linked) go to the same function.
    at(copy, 'manifest', 'events', 'endpoint').uri = settings.endpointArn;
  }
  const privacy = at(copy, 'manifest', 'privacyAndCompliance', 'locales');
  for (const locale of Object.values(privacy) as Json[]) {
    if (settings.privacyUrl) locale.privacyPolicyUrl = settings.privacyUrl;
    if (settings.termsUrl) locale.termsOfUseUrl = settings.termsUrl;
  }
  if (settings.name) {
    for (const locale of Object.values(at(copy, 'manifest', 'publishingInformation', 'locales')) as Json[]) {
      locale.name = settings.name;
    }
  }
  return copy;
}

/** The interaction model with its invocation name set. */
export function applyToModel(model: unknown, settings: SkillSettings): unknown {
  const copy = structuredClone(model) as Json;
  if (settings.invocationName)
    at(copy, 'interactionModel', 'languageModel').invocationName = settings.invocationName;
  return copy;
}

/** Placeholders still left in a manifest, as JSON paths, so the CLI can say what is missing. */
export function placeholdersLeft(skill: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string' && /REPLACE_WITH|replace-me/.test(value)) found.push(path);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(skill, '');
  return found;
}
