/**
 * Bundles (DESIGN.md section 12): each built bundle's size against the 1 MB budget, and the cold
 * start: a new Node process loads dist/alexa/index.js and answers a LaunchRequest against DynamoDB
 * Local with the demo store (median of several runs), against 300 ms and 0.6 x the standard
 * approach's 324 ms. Then the evidence for bundling the AWS SDK rather than taking the runtime's:
 * the same bundles built with the SDK external, sized and cold-started the same way.
 * Run `npm run build` first; a bundle that is not built is skipped.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDynamoClients } from '../lambda/adapters/dynamodb/client';
import { ensureTable } from '../lambda/adapters/dynamodb/create-table';
import { startDynamoDbLocal } from '../lambda/local/dynamodb-local';
import { loadDemoStore } from '../lambda/local/load-demo-store';
import { BUNDLE_BUDGET_BYTES, BUNDLE_OPTIONS, FUNCTION_NAMES } from '../infra/constructs/bundle-options';
import { ms, percentile, type BenchRow, type BenchSection } from './report';

const ROOT = resolve(__dirname, '..');
const RUNS = 9;
const WARM_UPS = 3;
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-00000000bench';
const TABLE = 'bench-cold-start';
const BUDGET_MS = 300;
const STANDARD_MS = 324;
const SDK_PACKAGES = ['@aws-sdk/*', '@smithy/*', '@aws-crypto/*', '@aws/*'];

/** A LaunchRequest as Alexa sends it to a new session. */
function launchRequest(): unknown {
  const application = { applicationId: SKILL_ID };
  const user = { userId: 'amzn1.ask.account.BENCHCOLDSTART' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.bench', application, user, attributes: {} },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'amzn1.ask.device.BENCH', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'bench',
      },
    },
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.bench',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    },
  };
}

/** The child: times are from its own process start (performance.now() counts from the time origin). */
const CHILD = `
const loadStart = performance.now();
const { handler } = require(process.env.BUNDLE);
const loaded = performance.now();
const answer = process.env.EVENT
  ? handler(JSON.parse(process.env.EVENT), { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 7000 })
  : Promise.resolve({ response: { outputSpeech: { ssml: 'load only' } } });
answer.then((reply) => {
  const done = performance.now();
  const speech = reply && reply.response && reply.response.outputSpeech;
  process.stdout.write(JSON.stringify({ start: loadStart, load: loaded - loadStart, answer: done - loaded, total: done, spoke: Boolean(speech) }));
});`;

interface Run {
  readonly start: number;
  readonly load: number;
  readonly answer: number;
  readonly total: number;
  readonly spoke: boolean;
}

/** A bundle to cold-start, and with what. */
interface Variant {
  readonly bundle: string;
  readonly env: Record<string, string>;
  readonly withEvent: boolean;
}

function coldStart(variant: Variant): Run {
  const event = variant.withEvent ? { EVENT: JSON.stringify(launchRequest()) } : {};
  const output = execFileSync(process.execPath, ['-e', CHILD], {
    env: { ...variant.env, PATH: process.env.PATH ?? '', BUNDLE: variant.bundle, ...event },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Run;
}

/** Runs the variants in turn, RUNS times each, after WARM_UPS discarded rounds (file cache, DynamoDB Local JIT). */
function coldStarts(variants: readonly Variant[]): Run[][] {
  const runs = variants.map((): Run[] => []);
  for (let round = 0; round < WARM_UPS + RUNS; round++) {
    variants.forEach((variant, i) => {
      const result = coldStart(variant);
      if (round >= WARM_UPS) runs[i]!.push(result);
    });
  }
  return runs;
}

function coldStartRow(name: string, runs: readonly Run[]): BenchRow {
  const median = (pick: (r: Run) => number) => ms(percentile(runs.map(pick), 50));
  return {
    name,
    'cold start ms (p50)': median((r) => r.total),
    'node boot ms': median((r) => r.start),
    'require ms': median((r) => r.load),
    'first answer ms': median((r) => r.answer),
    'min ms': ms(Math.min(...runs.map((r) => r.total))),
    'max ms': ms(Math.max(...runs.map((r) => r.total))),
    answered: runs.every((r) => r.spoke) ? 'yes' : 'NO',
  };
}

async function buildExternalSdk(name: string, outDir: string): Promise<string> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { index: join(ROOT, 'lambda', 'handlers', `${name}.ts`) },
    outdir: join(outDir, name),
    bundle: true,
    platform: BUNDLE_OPTIONS.platform,
    format: BUNDLE_OPTIONS.format,
    target: [...BUNDLE_OPTIONS.target],
    minify: true,
    mainFields: [...BUNDLE_OPTIONS.mainFields],
    external: [...SDK_PACKAGES],
    logLevel: 'error',
  });
  return join(outDir, name, 'index.js');
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function sizeSection(built: readonly string[]): BenchSection {
  const skipped = FUNCTION_NAMES.filter((name) => !built.includes(name));
  const rows = built.map((name) => {
    const bytes = statSync(join(ROOT, 'dist', name, 'index.js')).size;
    const within = bytes < BUNDLE_BUDGET_BYTES ? 'yes' : 'NO';
    return { name, KB: kb(bytes), 'budget KB': kb(BUNDLE_BUDGET_BYTES), within };
  });
  const notes = skipped.length > 0 ? [`not built (npm run build): ${skipped.join(', ')}`] : [];
  return { title: 'Bundle size (minified, dist/<function>/index.js)', rows, notes };
}

function coldStartSection(env: Record<string, string>): BenchSection {
  const [runs] = coldStarts([{ bundle: join(ROOT, 'dist/alexa/index.js'), env, withEvent: true }]);
  const row = coldStartRow('alexa: LaunchRequest, AWS SDK bundled (as deployed)', runs!);
  const p50 = row['cold start ms (p50)'] as number;
  const within = p50 < BUDGET_MS && p50 <= 0.6 * STANDARD_MS ? 'within' : 'OVER';
  return {
    title:
      'Cold start: new Node process, load the bundle, answer a LaunchRequest (DynamoDB Local, demo store)',
    rows: [row],
    notes: [
      `median of ${RUNS} runs after ${WARM_UPS} warm-ups; budget under ${BUDGET_MS} ms and at most 0.6 x ${STANDARD_MS} ms = ${ms(0.6 * STANDARD_MS)} ms: ${within}`,
      'cold start = process start to answer (node boot + require + first answer), measured inside the child',
      `load average when measured: ${load()} (1 / 5 / 15 min)`,
    ],
  };
}

async function sdkSection(
  built: readonly string[],
  env: Record<string, string>,
  dir: string,
): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  for (const name of built.filter((n) => n === 'alexa' || n === 'events')) {
    const withEvent = name === 'alexa';
    const bundled = join(ROOT, 'dist', name, 'index.js');
    const unbundled = await buildExternalSdk(name, dir);
    const [inside, outside] = coldStarts([
      { bundle: bundled, env, withEvent },
      { bundle: unbundled, env: { ...env, NODE_PATH: join(ROOT, 'node_modules') }, withEvent },
    ]);
    const what = withEvent ? 'LaunchRequest' : 'load only';
    rows.push({ ...coldStartRow(`${name}: ${what}, SDK bundled`, inside!), KB: kb(statSync(bundled).size) });
    rows.push({
      ...coldStartRow(`${name}: ${what}, SDK external`, outside!),
      KB: kb(statSync(unbundled).size),
    });
  }
  return {
    title:
      'AWS SDK v3: bundled (pinned) or external (from node_modules, as the Lambda runtime would provide it)',
    rows,
    notes: [`external: ${SDK_PACKAGES.join(', ')} resolved from node_modules; load average ${load()}`],
  };
}

/** The benchmark. */
export async function run(): Promise<BenchSection[]> {
  const built = FUNCTION_NAMES.filter((name) => existsSync(join(ROOT, 'dist', name, 'index.js')));
  if (!built.includes('alexa')) {
    const skipped = 'skipped: dist/alexa/index.js is not built (npm run build)';
    return [sizeSection(built), { title: 'Cold start', rows: [], notes: [skipped] }];
  }
  const db = await startDynamoDbLocal();
  const external = mkdtempSync(join(tmpdir(), 'bench-sdk-external-'));
  try {
    const { client, doc } = createDynamoClients({ region: 'us-east-1', endpoint: db.endpoint });
    await ensureTable(client, TABLE);
    await loadDemoStore({ doc, tableName: TABLE });
    client.destroy();
    const env = {
      DYNAMODB_ENDPOINT: db.endpoint,
      TABLE_NAME: TABLE,
      ALEXA_SKILL_ID: SKILL_ID,
      LOG_LEVEL: 'silent',
    };
    return [sizeSection(built), coldStartSection(env), await sdkSection(built, env, external)];
  } finally {
    rmSync(external, { recursive: true, force: true });
    await db.stop();
  }
}
