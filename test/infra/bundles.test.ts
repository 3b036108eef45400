/**
 * The function bundles: `npm run build`'s esbuild run (into a temporary folder) for every handler
 * that exists, each bundle loaded by a fresh Node process; the Alexa bundle without the Google SDK
 * and the reverse; and the CDK's own bundling producing the very same file as the build script.
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppFunction } from '../../infra/constructs/app-function';
import { FUNCTION_NAMES } from '../../infra/constructs/bundle-options';
import { handlerEntry, PROJECT_ROOT } from '../../infra/stacks/stateless-stack';
import { buildFunctions, type BuildResult, type BuiltBundle } from '../../scripts/build';
import { SDK_NODE_NOTICE_OFF } from '../support/sdk-node-notice';

const present = FUNCTION_NAMES.filter((name) => existsSync(handlerEntry(name)));
const outDir = mkdtempSync(join(tmpdir(), 'bundles-'));
let result: BuildResult;
const bundle = (name: string): BuiltBundle => result.built.find((b) => b.name === name)!;

beforeAll(async () => {
  result = await buildFunctions({ root: PROJECT_ROOT, outDir });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** What `handler` is once a new Node process loads the bundle (local-mode settings). */
function loadedHandler(file: string): { type: string; params: number } {
  const script = `const h = require(${JSON.stringify(file)}).handler;
    process.stdout.write(JSON.stringify({ type: typeof h, params: typeof h === 'function' ? h.length : -1 }));`;
  const output = execFileSync(process.execPath, ['-e', script], {
    env: {
      ...SDK_NODE_NOTICE_OFF,
      PATH: process.env.PATH,
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      ALEXA_SKILL_ID: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
      LOG_LEVEL: 'silent',
    },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { type: string; params: number };
}

/** Runs work with standard error muted: the CDK announces each bundling there, which is only noise here. */
function withoutStderr<T>(work: () => T): T {
  const announcements = jest.spyOn(process.stderr, 'write').mockReturnValue(true);
  try {
    return work();
  } finally {
    announcements.mockRestore();
  }
}

describe('function bundles', () => {
  it('are built for every handler that exists, and only those', () => {
    expect(present).toContain('events');
    expect(result.built.map((b) => b.name)).toEqual(present);
    expect(result.missing).toEqual(FUNCTION_NAMES.filter((name) => !present.includes(name)));
  });

  it.each(present)('%s: dist/<name>/index.js exports an async handler of at most two parameters', (name) => {
    const { file } = bundle(name);
    expect(file).toBe(join(outDir, name, 'index.js'));
    expect(existsSync(`${file}.map`)).toBe(true);
    const loaded = loadedHandler(file);
    expect(loaded.type).toBe('function');
    expect(loaded.params).toBeLessThanOrEqual(2);
  });

  it.each(present)(
    '%s: carries the AWS SDK it uses inside the bundle and no platform SDK it must not',
    (name) => {
      expect(bundle(name).forbidden).toEqual([]);
      if (name === 'alexa') expect(bundle(name).packages).toContain('ask-sdk-core');
      if (name === 'google') expect(bundle(name).packages).toContain('@assistant/conversation');
      // Credentials from the Lambda environment, not the SDK's default chain (bundle-options.ts).
      expect(bundle(name).packages).toContain('@aws-sdk/credential-provider-env');
      if (name === 'events') expect(bundle(name).packages).toContain('@aws-sdk/client-secrets-manager');
      else expect(bundle(name).packages).toContain('@aws-sdk/client-dynamodb');
      const text = readFileSync(bundle(name).file, 'utf8');
      if (name !== 'google') expect(text).not.toContain('Google-Assistant-Signature');
      if (name !== 'alexa') expect(text).not.toMatch(/ask-sdk-core|AskSdk\.SkillBuilders/);
    },
  );

  it('are what the CDK deploys: NodejsFunction bundles byte for byte the same files', () => {
    const names = (['events', 'google'] as const).filter((name) => present.includes(name));
    const cdkOut = mkdtempSync(join(tmpdir(), 'cdk-bundle-'));
    try {
      const app = new App({ outdir: cdkOut });
      const stack = new Stack(app, 'Bundling');
      // Each AppFunction bundles as it is made.
      const assets = withoutStderr(() =>
        names.map((name) => {
          const fn = new AppFunction(stack, name, {
            name,
            entry: handlerEntry(name),
            projectRoot: PROJECT_ROOT,
            timeout: Duration.seconds(60),
            memorySize: 256,
            environment: {},
            logRetention: RetentionDays.ONE_DAY,
          });
          return { name, fn };
        }),
      );
      const assembly = app.synth();
      const template = assembly.getStackByName('Bundling').template as {
        Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: string } } }>;
      };
      for (const { name, fn } of assets) {
        const logicalId = stack.getLogicalId(fn.fn.node.defaultChild as CfnFunction);
        const key = template.Resources[logicalId]!.Properties.Code!.S3Key!.replace(/\.zip$/, '');
        const staged = join(cdkOut, `asset.${key}`);
        expect(readdirSync(staged).sort()).toEqual(['index.js', 'index.js.map']);
        expect({
          name,
          same: readFileSync(join(staged, 'index.js')).equals(readFileSync(bundle(name).file)),
        }).toEqual({
          name,
          same: true,
        });
      }
    } finally {
      rmSync(cdkOut, { recursive: true, force: true });
    }
  }, 180_000);
});
