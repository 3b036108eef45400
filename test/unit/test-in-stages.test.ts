/**
 * `npm test` in stages: package.json's test script runs them; each stage is a package.json script,
 * announced before it runs and reported when it ends; the first failure stops the run with its exit
 * status; arguments after `--` reach jest only (CI passes --json --outputFile that way).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runStages, STAGES } from '../../scripts/test-in-stages';

const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

function recorder(statuses: Record<string, number>) {
  const calls: { script: string; extra: readonly string[] }[] = [];
  const lines: string[] = [];
  const run = (script: string, extra: readonly string[]) => {
    calls.push({ script, extra });
    return statuses[script] ?? 0;
  };
  return { calls, lines, run, print: (line: string) => lines.push(line) };
}

describe('npm test in stages', () => {
  it('is what npm test runs: lint, the type check, then jest', () => {
    expect(pkg.scripts.test).toBe('tsx scripts/test-in-stages.ts');
    expect(STAGES.map((stage) => stage.script)).toEqual(['lint', 'typecheck', 'test:jest']);
    for (const stage of STAGES) expect(pkg.scripts[stage.script]).toBeDefined();
    expect(pkg.scripts['test:jest']).toBe('jest');
  });

  it('announces each stage, reports it, and passes the extra arguments to jest alone', () => {
    const { calls, lines, run, print } = recorder({});
    expect(runStages(STAGES, ['--json', '--outputFile=report.json'], run, print)).toBe(0);
    expect(calls).toEqual([
      { script: 'lint', extra: [] },
      { script: 'typecheck', extra: [] },
      { script: 'test:jest', extra: ['--json', '--outputFile=report.json'] },
    ]);
    expect(lines[0]).toMatch(/^\[1\/3\] lint \(ESLint.*\.\.\.$/);
    expect(lines[1]).toMatch(/^\[1\/3\] npm run lint passed in \d+ s\.$/);
    expect(lines[4]).toMatch(/^\[3\/3\] jest against DynamoDB Local \(4 to 30 minutes/);
    expect(lines).toHaveLength(6);
  });

  it('stops at the first stage that fails, with its exit status', () => {
    const { calls, lines, run, print } = recorder({ typecheck: 2 });
    expect(runStages(STAGES, ['--json'], run, print)).toBe(2);
    expect(calls.map((call) => call.script)).toEqual(['lint', 'typecheck']);
    expect(lines.at(-1)).toMatch(/^\[2\/3\] npm run typecheck failed after \d+ s \(exit status 2\)\.$/);
  });
});
