/**
 * The project's TypeScript sources and their imports (static, dynamic and require), read with the
 * TypeScript compiler's own pre-processor, for the architecture tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository root. */
export const root = resolve(__dirname, '../../..');

/** Every .ts file under a folder. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'cdk.out') return [];
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A file's imports: project-relative paths for local modules, package names for the rest. */
export interface Import {
  readonly specifier: string;
  readonly local?: string;
  readonly pkg?: string;
}

/** A file's imports. */
export function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) => {
    if (fileName.startsWith('.')) {
      return {
        specifier: fileName,
        local: relative(root, resolve(dirname(file), fileName))
          .split(sep)
          .join('/'),
      };
    }
    const parts = fileName.split('/');
    const pkg = fileName.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    return { specifier: fileName, pkg };
  });
}

/** The lambda/ sources, relative to the root. */
export const sources = walk(join(root, 'lambda')).map((f) => relative(root, f).split(sep).join('/'));
/** The infra/ sources, relative to the root. */
export const infraSources = walk(join(root, 'infra')).map((f) => relative(root, f).split(sep).join('/'));
/** True for a Node.js built-in module. */
export const isBuiltin = (pkg: string): boolean => pkg.startsWith('node:') || builtinModules.includes(pkg);
/** True when a path is the folder or inside it. */
export const under = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(`${folder}/`);
/** The platform adapters' folders. */
export const PLATFORM_ADAPTERS = ['lambda/adapters/alexa', 'lambda/adapters/google'];

/** Each import of the files that `check` gives a reason against, as one line. */
export function violations(
  files: readonly string[],
  check: (file: string, imp: Import) => string | undefined,
): string[] {
  return files.flatMap((file) =>
    importsOf(join(root, file)).flatMap((imp) => {
      const why = check(file, imp);
      return why ? [`${file} imports ${imp.specifier}: ${why}`] : [];
    }),
  );
}
