/**
 * The README's commands and requirements are the project's: every `npm run <name>` it names is a
 * package.json script; every option it passes after `--` to one of the project's own command-line
 * tools is declared by that tool, every benchmark it names exists, every path it hands `npm test`
 * exists; the Node.js versions it states are package.json's engines and the Lambda runtime; and the
 * example script of the voice console passes when run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { runConsoleScript } from '../../scripts/readme/console-run';
import { fencedBlocks, readReadme } from '../../scripts/readme/readme-sections';
import { createTestTable, type TestTable } from '../support/dynamo';

const root = resolve(__dirname, '../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const readme = readReadme();

interface Command {
  /** The package.json script ("talk", "start", "test"). */
  readonly script: string;
  /** The words after `--`. */
  readonly args: readonly string[];
}

/** Every npm command in the README, code blocks and prose alike, continuation lines joined. */
function commands(text: string): Command[] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  const pattern = /npm (?:run (?:--silent )?([a-z][\w:-]*)|(start|test))(?: --((?: [^\s`|#&;]+)*))?/g;
  return [...joined.matchAll(pattern)].map((match) => ({
    script: match[1] ?? match[2] ?? '',
    args: (match[3] ?? '').split(' ').filter((word) => word !== ''),
  }));
}

/** The file a `tsx <file>` script runs, or undefined for any other kind of script. */
function tsxFile(script: string): string | undefined {
  return /^tsx (\S+\.ts)$/.exec(pkg.scripts[script] ?? '')?.[1];
}

const all = commands(readme);

describe('README: commands', () => {
  it('finds the commands of every section', () => {
    const named = new Set(all.map((command) => command.script));
    for (const script of ['start', 'test', 'talk', 'readme:transcript', 'deploy', 'mcp', 'bench']) {
      expect(named).toContain(script);
    }
  });

  it('names only scripts package.json has', () => {
    const missing = all.filter((command) => pkg.scripts[command.script] === undefined);
    expect(missing.map((command) => command.script)).toEqual([]);
  });

  it("passes only options the project's own tools declare", () => {
    const undeclared: string[] = [];
    for (const { script, args } of all) {
      const file = tsxFile(script);
      if (!file) continue;
      const source = read(file);
      for (const option of args.filter((word) => word.startsWith('--'))) {
        const name = option.split('=')[0] ?? option;
        if (!new RegExp(`['"\`]${name}\\b`).test(source)) undeclared.push(`npm run ${script} -- ${name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('names only benchmarks that exist and paths npm test can run', () => {
    const benchmarks = read('bench/run.ts');
    const parts = all.filter((c) => c.script === 'bench').flatMap((c) => c.args);
    expect(parts.length).toBeGreaterThan(0);
    expect(
      parts.filter((part) => !new RegExp(`^ {2}'?${part}'?: \\(\\) => import`, 'm').test(benchmarks)),
    ).toEqual([]);
    const paths = all.filter((c) => c.script === 'test').flatMap((c) => c.args);
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });
});

describe('README: Node.js versions', () => {
  it("states the engines' minimum, and Node.js 24 where Lambda runs it", () => {
    const minimum = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    expect(minimum).toBeDefined();
    expect(readme).toContain(`Needs Node.js ${minimum} or later`);
    expect(readme).toMatch(/supported: 20, [^.]*, and 24, which its functions run on in Lambda/);
    expect(read('infra/constructs/app-function.ts')).toContain('Runtime.NODEJS_24_X');
    expect(readme.match(/Node\.js \d+(?:\.\d+)? or later/g)).toEqual([`Node.js ${minimum} or later`]);
  });
});

describe('README: the example script of the voice console', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('readme-example');
    await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  });

  afterAll(async () => {
    await table.drop();
  });

  it('passes, every line of it', async () => {
    const section = readme.slice(readme.indexOf('A script is a test you can keep.'));
    const example = fencedBlocks(section)[0] ?? '';
    expect(example).toContain('=>');
    const run = await runConsoleScript(table, example);
    expect(run.result.failures).toEqual([]);
    expect(run.result.ran).toBe(3);
  }, 60_000);
});
