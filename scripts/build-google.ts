/**
 * `npm run build:google`: generates the Google Assistant Actions Builder project from the Alexa
 * interaction models (the single source of the voice model) into dist/google-actions/, ready for
 * `gactions push`. Deployment values come from flags or the environment; missing ones are written as
 * REPLACE_WITH_... placeholders.
 */
import { Command } from 'commander';
import { join, relative, resolve } from 'node:path';
import { actionsProjectFiles, type ProjectSettings } from './google/actions-project';
import { readInteractionModels } from './google/interaction-model';
import { writeActionsProject } from './google/write-project';

/** Where the project is written, relative to the repository root. */
export const DEFAULT_OUT_DIR = join('dist', 'google-actions');

/** What a generation wrote. */
export interface GeneratedProject {
  readonly outDir: string;
  readonly files: readonly string[];
}

/** Generates the project from a skill package into a folder. */
export function generateGoogleProject(options: {
  readonly skillPackage: string;
  readonly outDir: string;
  readonly settings?: ProjectSettings;
}): GeneratedProject {
  const models = readInteractionModels(options.skillPackage);
  const files = writeActionsProject(options.outDir, actionsProjectFiles(models, options.settings));
  return { outDir: options.outDir, files };
}

function main(argv: readonly string[]): void {
  const root = resolve(__dirname, '..');
  const env = process.env;
  const opts = new Command()
    .name('build:google')
    .option('--out <dir>', 'output folder', join(root, DEFAULT_OUT_DIR))
    .option('--project-id <id>', 'Actions project id (default: GOOGLE_PROJECT_ID)', env.GOOGLE_PROJECT_ID)
    .option('--webhook-url <url>', 'the GoogleWebhookUrl CDK output', env.GOOGLE_WEBHOOK_URL)
    .option(
      '--authorization-url <url>',
      'the AuthorizationUri CDK output',
      env.ACCOUNT_LINKING_AUTHORIZATION_URL,
    )
    .option('--token-url <url>', 'the AccessTokenUri CDK output', env.ACCOUNT_LINKING_TOKEN_URL)
    .option('--client-id <id>', 'the AccountLinkingClientId CDK output', env.ACCOUNT_LINKING_CLIENT_ID)
    .option('--developer-name <name>', 'shown in the Assistant directory')
    .option('--developer-email <email>', 'shown in the Assistant directory')
    .parse(argv, { from: 'user' })
    .opts<Record<string, string | undefined>>();
  const { outDir, files } = generateGoogleProject({
    skillPackage: join(root, 'skill-package'),
    outDir: resolve(opts.out ?? join(root, DEFAULT_OUT_DIR)),
    settings: {
      projectId: opts.projectId,
      webhookUrl: opts.webhookUrl,
      authorizationUrl: opts.authorizationUrl,
      tokenUrl: opts.tokenUrl,
      clientId: opts.clientId,
      developerName: opts.developerName,
      developerEmail: opts.developerEmail,
    },
  });
  console.log(`${relative(root, outDir)}: ${files.length} files (gactions push from this folder)`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
