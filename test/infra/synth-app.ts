/**
 * Builds the CDK app for the infra tests with bundling turned off, and with the settings a store
 * would pass as context. With bundling off the CDK reads no handler file; it only checks that each
 * entry exists, so every function's entry points at this file: the tests do not depend on the
 * handlers (their real paths are checked separately, through handlerEntry()).
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addVoiceCommerceStacks, type VoiceCommerceStacks } from '../../infra/stacks/voice-commerce';

/** The context of infra/cdk.json (defaults and feature flags), as `cdk synth` sees it. */
export const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(join(__dirname, '../../infra/cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/** The settings of a typical store. */
export const STORE_CONTEXT = {
  storeName: 'Corner Grocer',
  alexaSkillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
  googleProjectId: 'corner-grocer-actions',
  merchantWebhookUrl: 'https://merchant.example.com/hooks/orders',
  cognitoDomainPrefix: 'corner-grocer-voice',
  alexaRedirectUrls:
    'https://pitangui.amazon.com/api/skill/link/M2ABCDEFGHIJ,https://layla.amazon.com/api/skill/link/M2ABCDEFGHIJ',
  googleRedirectUrls: 'https://oauth-redirect.googleusercontent.com/r/corner-grocer-actions',
  logRetentionDays: 30,
} as const;

/** The synthesized app. */
export interface Synthesized extends VoiceCommerceStacks {
  readonly app: App;
  readonly stateful$: Template;
  readonly stateless$: Template;
}

/** Synthesizes both stacks; `context` replaces STORE_CONTEXT (pass {} for no store settings). */
export function synthApp(context: Record<string, unknown> = STORE_CONTEXT): Synthesized {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context } });
  const entry = __filename;
  const stacks = addVoiceCommerceStacks(app, {
    entries: {
      alexa: entry,
      google: entry,
      'merchant-api': entry,
      events: entry,
      mcp: entry,
      'search-index': entry,
    },
  });
  return {
    app,
    ...stacks,
    stateful$: Template.fromStack(stacks.stateful),
    stateless$: Template.fromStack(stacks.stateless),
  };
}

/** The resources of a type whose properties match, as [logicalId, resource] in template order. */
export function resources(
  template: Template,
  type: string,
  props?: Record<string, unknown>,
): [string, Resource][] {
  return Object.entries(template.findResources(type, props ? { Properties: props } : undefined)) as [
    string,
    Resource,
  ][];
}

/** The one resource of a type whose properties match. */
export function only(template: Template, type: string, props?: Record<string, unknown>): [string, Resource] {
  const found = resources(template, type, props);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
}

/** A template resource. */
export interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}
