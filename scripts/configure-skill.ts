/**
 * `npm run skill:configure -- [--outputs infra/cdk-outputs.json] [--endpoint <arn>]
 * [--privacy-url <url>] [--terms-url <url>] [--name <name>] [--invocation-name <words>]`: writes the
 * deployment settings into skill-package/ before `ask deploy`. The endpoint defaults to the
 * AlexaFunctionArn that `npm run deploy` saved in infra/cdk-outputs.json. Says which placeholders are
 * still left.
 */
import { Command } from 'commander';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  applyToManifest,
  applyToModel,
  endpointFromOutputs,
  placeholdersLeft,
  skillSettingsSchema,
} from './skill/skill-settings';

const ROOT = resolve(__dirname, '..');

interface Options {
  outputs: string;
  endpoint?: string;
  privacyUrl?: string;
  termsUrl?: string;
  name?: string;
  invocationName?: string;
  package: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function main(options: Options): void {
  const outputsPath = resolve(ROOT, options.outputs);
  const fromOutputs = existsSync(outputsPath) ? endpointFromOutputs(readJson(outputsPath)) : undefined;
  const parsed = skillSettingsSchema.safeParse({
    endpointArn: options.endpoint ?? fromOutputs,
    privacyUrl: options.privacyUrl,
    termsUrl: options.termsUrl,
    name: options.name,
    invocationName: options.invocationName,
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const settings = parsed.data;
  const skillPath = join(resolve(ROOT, options.package), 'skill.json');
  const manifest = applyToManifest(readJson(skillPath), settings);
  writeJson(skillPath, manifest);
  const models = join(resolve(ROOT, options.package), 'interactionModels', 'custom');
  for (const file of readdirSync(models).filter((f) => f.endsWith('.json'))) {
    writeJson(join(models, file), applyToModel(readJson(join(models, file)), settings));
  }
  const left = placeholdersLeft(manifest);
  console.log(
    left.length === 0
      ? 'skill.json is ready for `ask deploy`.'
      : `Updated skill.json. Still to replace: ${left.join(', ')}.`,
  );
}

const program = new Command('skill:configure')
  .description(
    'Write the endpoint, privacy and terms URLs (and name, invocation name) into the skill package.',
  )
  .option('--outputs <file>', 'the CDK outputs file written by npm run deploy', 'infra/cdk-outputs.json')
  .option('--endpoint <arn>', 'the Alexa function ARN (default: AlexaFunctionArn from the outputs file)')
  .option('--privacy-url <url>', "the store's privacy policy")
  .option('--terms-url <url>', "the store's terms of use")
  .option('--name <name>', "the skill's name in the Alexa app")
  .option('--invocation-name <words>', 'what shoppers say to open the skill')
  .option('--package <dir>', 'the skill package folder', 'skill-package');

try {
  main(program.parse(process.argv).opts<Options>());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
