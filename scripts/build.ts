/**
 * `npm run build`: bundles each function whose handler exists with esbuild, with the settings the
 * CDK uses (infra/constructs/bundle-options.ts), into dist/<function>/index.js exporting `handler`.
 * Prints each bundle's size, names the functions whose handler does not exist yet, and fails when a
 * bundle carries a platform SDK it must not (DESIGN.md section 3).
 */
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  BUNDLE_ALIASES,
  BUNDLE_BUDGET_BYTES,
  BUNDLE_OPTIONS,
  FORBIDDEN_PACKAGES,
  FUNCTION_NAMES,
  type FunctionName,
} from '../infra/constructs/bundle-options';

/** One built bundle. */
export interface BuiltBundle {
  readonly name: FunctionName;
  readonly file: string;
  readonly bytes: number;
  /** npm packages whose code is inside the bundle. */
  readonly packages: readonly string[];
  /** Packages inside that this function must not carry. */
  readonly forbidden: readonly string[];
}

/** What a build did. */
export interface BuildResult {
  readonly built: readonly BuiltBundle[];
  /** Functions whose handler file does not exist (yet). */
  readonly missing: readonly FunctionName[];
}

/** Where to build from and to. */
export interface BuildOptions {
  readonly root?: string;
  readonly outDir?: string;
  readonly names?: readonly FunctionName[];
}

/** The package a bundled input path belongs to (`node_modules/@scope/name/...` gives `@scope/name`). */
export function packageOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Bundles the functions whose handler exists. */
export async function buildFunctions(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? join(__dirname, '..'));
  const outDir = resolve(options.outDir ?? join(root, 'dist'));
  const built: BuiltBundle[] = [];
  const missing: FunctionName[] = [];
  for (const name of options.names ?? FUNCTION_NAMES) {
    const entry = join(root, 'lambda', 'handlers', `${name}.ts`);
    if (!existsSync(entry)) {
      missing.push(name);
      continue;
    }
    const dir = join(outDir, name);
    rmSync(dir, { recursive: true, force: true });
    const result = await build({
      absWorkingDir: root,
      entryPoints: { index: entry },
      outdir: dir,
      bundle: true,
      treeShaking: true,
      platform: BUNDLE_OPTIONS.platform,
      format: BUNDLE_OPTIONS.format,
      target: [...BUNDLE_OPTIONS.target],
      minify: BUNDLE_OPTIONS.minify,
      sourcemap: BUNDLE_OPTIONS.sourcemap,
      mainFields: [...BUNDLE_OPTIONS.mainFields],
      external: [...BUNDLE_OPTIONS.external],
      alias: { ...BUNDLE_ALIASES[name] },
      metafile: true,
      logLevel: 'warning',
    });
    const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('index.js'))!;
    const packages = [
      ...new Set(Object.keys(output[1].inputs).flatMap((input) => packageOf(input) ?? [])),
    ].sort();
    built.push({
      name,
      file: join(dir, 'index.js'),
      bytes: output[1].bytes,
      packages,
      forbidden: packages.filter((pkg) => FORBIDDEN_PACKAGES[name].includes(pkg)),
    });
  }
  return { built, missing };
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const { built, missing } = await buildFunctions({ root });
  for (const bundle of built) {
    const kb = (bundle.bytes / 1024).toFixed(1);
    const budget = bundle.bytes < BUNDLE_BUDGET_BYTES ? 'within the 1 MB budget' : 'OVER the 1 MB budget';
    console.log(`${relative(root, bundle.file)}  ${kb} KB  ${budget}  (${bundle.packages.length} packages)`);
  }
  if (missing.length > 0) {
    console.log(`Not built, no handler yet: ${missing.map((n) => `lambda/handlers/${n}.ts`).join(', ')}`);
  }
  const wrong = built.filter((bundle) => bundle.forbidden.length > 0);
  for (const bundle of wrong) {
    console.error(`${bundle.name} must not contain ${bundle.forbidden.join(', ')}`);
  }
  if (wrong.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
