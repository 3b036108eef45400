/**
 * The layout and dependency rules of DESIGN.md sections 2 and 3, checked on every source file's
 * imports (static, dynamic and require), read with the TypeScript compiler's own pre-processor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  importsOf,
  infraSources,
  isBuiltin,
  PLATFORM_ADAPTERS,
  root,
  sources,
  under,
  violations,
} from './support/source-imports';

/** The MCP server: a primary adapter over the domain services (DESIGN.md section 3), not over conversation/. */
const MCP_ADAPTER = 'lambda/adapters/mcp';

/** The platforms a file reaches, directly or through its platform wiring (platforms/<name>.ts). */
function platformsOf(file: string): Set<string> {
  const reached = importsOf(join(root, file)).map((imp) => {
    const target = imp.local?.replace(/^lambda\/platforms\//, 'lambda/adapters/');
    return PLATFORM_ADAPTERS.find((p) => target !== undefined && under(target, p));
  });
  return new Set(reached.filter((p): p is string => p !== undefined));
}

describe('dependency rules', () => {
  it('domain/ imports nothing outside domain/', () => {
    const files = sources.filter((f) => under(f, 'lambda/domain'));
    expect(files.length).toBeGreaterThan(0);
    expect(
      violations(files, (_, imp) =>
        imp.pkg
          ? 'domain may not use packages'
          : under(imp.local!, 'lambda/domain')
            ? undefined
            : 'outside domain',
      ),
    ).toEqual([]);
  });

  it('conversation/ imports only domain/ and conversation/, and no SDK', () => {
    const files = sources.filter((f) => under(f, 'lambda/conversation'));
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg) return 'conversation may not use packages';
        const ok = under(imp.local!, 'lambda/domain') || under(imp.local!, 'lambda/conversation');
        return ok ? undefined : 'outside domain and conversation';
      }),
    ).toEqual([]);
  });

  it('platform adapters use conversation/, the domain ports (the one Logger) and their own SDK only', () => {
    const files = sources.filter((f) => PLATFORM_ADAPTERS.some((p) => under(f, p)));
    expect(
      violations(files, (file, imp) => {
        const own = PLATFORM_ADAPTERS.find((p) => under(file, p))!;
        if (imp.pkg) {
          if (imp.pkg.startsWith('@aws-sdk/')) return 'no AWS SDK in a platform adapter';
          if (own.endsWith('alexa') && imp.pkg === '@assistant/conversation')
            return 'Google SDK in Alexa adapter';
          if (own.endsWith('google') && imp.pkg.startsWith('ask-sdk')) return 'Alexa SDK in Google adapter';
          return undefined;
        }
        const target = imp.local!;
        // The ports are interfaces only: the adapters log through the same Logger as the rest.
        if (target === 'lambda/domain/ports') return undefined;
        if (under(target, own) || under(target, 'lambda/conversation')) {
          return under(target, 'lambda/conversation/intents')
            ? 'intent handlers are not for adapters'
            : undefined;
        }
        return 'a platform adapter may only use its own folder and conversation/';
      }),
    ).toEqual([]);
  });

  it('other adapters use domain/ and their SDKs, never conversation/ or platform adapters', () => {
    const files = sources.filter(
      (f) => under(f, 'lambda/adapters') && !PLATFORM_ADAPTERS.some((p) => under(f, p)),
    );
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg) {
          return imp.pkg === 'ask-sdk-core' || imp.pkg === '@assistant/conversation'
            ? 'platform SDK'
            : undefined;
        }
        const target = imp.local!;
        if (under(target, 'lambda/conversation')) return 'conversation/';
        if (PLATFORM_ADAPTERS.some((p) => under(target, p))) return 'platform adapter';
        if (under(target, 'lambda/handlers') || under(target, 'lambda/local'))
          return 'handlers or local tooling';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('adapters/mcp is a primary adapter over the domain services, like the merchant API', () => {
    const files = sources.filter((f) => under(f, MCP_ADAPTER));
    expect(files.length).toBeGreaterThan(0);
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg) {
          const allowed = ['@modelcontextprotocol/sdk', 'zod', 'aws-lambda'];
          return allowed.includes(imp.pkg) || isBuiltin(imp.pkg) ? undefined : `package ${imp.pkg}`;
        }
        const target = imp.local!;
        if (under(target, 'lambda/domain') || under(target, MCP_ADAPTER)) return undefined;
        return under(target, 'lambda/conversation')
          ? 'the MCP server is not built on the conversation'
          : 'only domain/ and its own folder';
      }),
    ).toEqual([]);
  });

  it('the MCP SDK and adapters/mcp are reached only by the mcp wiring and the local tooling', () => {
    const outside = sources.filter((f) => !under(f, MCP_ADAPTER) && !under(f, 'lambda/local'));
    expect(
      violations(outside, (file, imp) => {
        if (imp.pkg === '@modelcontextprotocol/sdk') return 'the MCP SDK outside adapters/mcp';
        if (imp.local && under(imp.local, MCP_ADAPTER) && file !== 'lambda/mcp-root.ts')
          return 'adapters/mcp is wired by mcp-root.ts only';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('mcp-root.ts wires like the composition root: no platform adapter, no conversation/', () => {
    expect(
      violations(['lambda/mcp-root.ts'], (_, imp) => {
        const target = imp.local;
        if (!target) return undefined;
        if (PLATFORM_ADAPTERS.some((p) => under(target, p))) return 'platform adapter';
        if (under(target, 'lambda/conversation')) return 'conversation/';
        return under(target, 'lambda/handlers') || under(target, 'lambda/local')
          ? 'handlers or local'
          : undefined;
      }),
    ).toEqual([]);
  });

  it('composition-root.ts does not import platform adapters or handlers', () => {
    const files = sources.filter((f) => f === 'lambda/composition-root.ts');
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg)
          return imp.pkg === 'ask-sdk-core' || imp.pkg === '@assistant/conversation'
            ? 'platform SDK'
            : undefined;
        const target = imp.local!;
        if (PLATFORM_ADAPTERS.some((p) => under(target, p))) return 'platform adapter';
        if (under(target, 'lambda/platforms')) return 'platform wiring';
        return under(target, 'lambda/handlers') || under(target, 'lambda/local')
          ? 'handlers or local'
          : undefined;
      }),
    ).toEqual([]);
  });

  it('handlers wire only: composition root, config and at most one platform (adapter or wiring)', () => {
    const files = sources.filter((f) => under(f, 'lambda/handlers'));
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg) return undefined;
        const target = imp.local!;
        if (under(target, 'lambda/domain')) return 'handlers may not reach into domain/';
        if (under(target, 'lambda/conversation/intents')) return 'handlers may not reach intent handlers';
        if (under(target, 'lambda/local')) return 'local tooling';
        return undefined;
      }),
    ).toEqual([]);
    for (const file of files) {
      expect({ file, platforms: platformsOf(file).size <= 1 }).toEqual({ file, platforms: true });
    }
  });

  it('platforms/ wire one platform each: its adapter over the composition root and config', () => {
    const files = sources.filter((f) => under(f, 'lambda/platforms'));
    expect(files.length).toBeGreaterThan(0);
    expect(
      violations(files, (_, imp) => {
        if (imp.pkg) return 'wiring needs no package';
        const target = imp.local!;
        const allowed =
          target === 'lambda/composition-root' ||
          target === 'lambda/config' ||
          PLATFORM_ADAPTERS.some((p) => under(target, p));
        return allowed ? undefined : 'only a platform adapter, the composition root and config';
      }),
    ).toEqual([]);
    for (const file of files)
      expect({ file, platforms: platformsOf(file).size }).toEqual({ file, platforms: 1 });
  });

  it('runtime code never imports the local tooling', () => {
    const runtime = sources.filter((f) => !under(f, 'lambda/local'));
    expect(
      violations(runtime, (_, imp) =>
        imp.local && under(imp.local, 'lambda/local') ? 'local tooling' : undefined,
      ),
    ).toEqual([]);
  });

  it('infra/ uses CDK and the shared table definition only', () => {
    expect(
      violations(infraSources, (_, imp) => {
        if (imp.pkg) {
          const allowed = ['aws-cdk-lib', 'constructs', 'cdk-nag'];
          return allowed.includes(imp.pkg) || isBuiltin(imp.pkg) ? undefined : `package ${imp.pkg}`;
        }
        const target = imp.local!;
        if (under(target, 'infra')) return undefined;
        return target === 'lambda/adapters/dynamodb/table'
          ? undefined
          : 'lambda code other than the table definition';
      }),
    ).toEqual([]);
  });
});

describe('layout', () => {
  const all = [...sources, ...infraSources];

  it('has no barrel index.ts files', () => {
    expect(all.filter((f) => f.endsWith('/index.ts'))).toEqual([]);
  });

  it('names files in kebab-case', () => {
    expect(all.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.d)?\.ts$/.test(f.split('/').pop()!))).toEqual([]);
  });

  it('keeps source files small (at most 250 lines)', () => {
    const long = all
      .map((f) => ({ f, lines: readFileSync(join(root, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 250);
    expect(long).toEqual([]);
  });
});
