/**
 * `npm test`: lint, type check, then jest against DynamoDB Local, one stage after another, each
 * announced before it starts (lint and the type check print nothing while they run) and timed when
 * it ends. The first stage that fails stops the run with its exit status. Arguments after `--` go
 * to jest (`npm test -- test/readme`, or `--json --outputFile=<file>` as CI does).
 */
import { spawnSync } from 'node:child_process';

/** One stage: the package.json script it runs and what to say before it starts. */
export interface Stage {
  readonly script: string;
  readonly announce: string;
}

/** The stages of `npm test`, in order; the last one receives the extra arguments. */
export const STAGES: readonly Stage[] = [
  { script: 'lint', announce: 'lint (ESLint, type-aware; silent unless it finds a problem: 1 to 4 minutes)' },
  { script: 'typecheck', announce: 'type check (tsc; silent too: 1 to 3 minutes)' },
  {
    script: 'test:jest',
    announce:
      'jest against DynamoDB Local (4 to 30 minutes, by how busy the machine is; only failures and the summary are printed)',
  },
];

/** Runs a package.json script with extra arguments; returns its exit status. */
export type ScriptRunner = (script: string, extra: readonly string[]) => number;

const say = (line: string): void => void process.stderr.write(`${line}\n`);

function runNpmScript(script: string, extra: readonly string[]): number {
  // npm_execpath is npm's own CLI when npm runs this file; else npm from the PATH.
  const npm = process.env.npm_execpath;
  const args = ['run', '--silent', script, ...(extra.length > 0 ? ['--', ...extra] : [])];
  const run = npm
    ? spawnSync(process.execPath, [npm, ...args], { stdio: 'inherit' })
    : spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.error) say(`Could not run npm run ${script}: ${run.error.message}`);
  return run.status ?? 1;
}

/** Runs the stages; returns the exit status of the first that failed, or 0. */
export function runStages(
  stages: readonly Stage[],
  extra: readonly string[],
  run: ScriptRunner = runNpmScript,
  print: (line: string) => void = say,
): number {
  for (const [index, stage] of stages.entries()) {
    const step = `[${index + 1}/${stages.length}]`;
    print(`${step} ${stage.announce}...`);
    const started = Date.now();
    const last = index === stages.length - 1;
    const status = run(stage.script, last ? extra : []);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (status !== 0) {
      print(`${step} npm run ${stage.script} failed after ${seconds} s (exit status ${status}).`);
      return status;
    }
    print(`${step} npm run ${stage.script} passed in ${seconds} s.`);
  }
  return 0;
}

if (require.main === module) process.exit(runStages(STAGES, process.argv.slice(2)));
