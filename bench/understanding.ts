/**
 * `npm run bench -- understanding`: every case of the understanding corpus (bench/understanding/)
 * through the console's stand-in for Alexa and the bundled Alexa handler on DynamoDB Local. Reports,
 * for the development part and the hold-out separately and per class, the share of measured turns
 * that did what the shopper meant, fallbacks per 100 turns and wrong-product adds; writes every
 * failure to bench/results/understanding-failures.json; and reports search hit@1 / hit@3 beside it.
 * UNDERSTANDING_ONLY=<id prefix or class>[,...] runs only the matching cases.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchRow, BenchSection } from './report';
import { ours } from './search-engines';
import { evaluate, loadEvalQueries } from './search-eval';
import { demoCatalog, instacartCatalog } from './search-eval-catalogs';
import { judge, type Verdict } from './understanding-check';
import { loadPart, PARTS, type CorpusCase, type Part } from './understanding-corpus';
import { runCase, type CaseRun } from './understanding-session';
import { startUnderstandingStack } from './understanding-stack';

interface Result {
  readonly part: Part;
  readonly case: CorpusCase;
  readonly run: CaseRun;
  readonly verdict: Verdict;
}

const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
const per100 = (n: number, of: number): number => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

function figures(results: readonly Result[]): Record<string, string | number> {
  const passed = results.filter((r) => r.verdict.pass).length;
  return {
    cases: results.length,
    'did what was meant': pct(passed, results.length),
    passed,
    'fallbacks /100 turns': per100(results.filter((r) => r.run.outcome.fallback).length, results.length),
    'wrong-product adds': results.filter((r) => r.verdict.wrongAdds.length > 0).length,
    'setup failures': results.filter((r) => r.run.setupProblems.length > 0).length,
    'errored turns': results.filter((r) => r.run.outcome.problems.length > 0).length,
  };
}

function byClass(results: readonly Result[]): BenchRow[] {
  const classes = [...new Set(results.map((r) => r.case.class))].sort();
  return classes.map((name) => {
    const row: Record<string, string | number> = { name };
    for (const part of Object.keys(PARTS) as Part[]) {
      const mine = results.filter((r) => r.part === part && r.case.class === name);
      const passed = mine.filter((r) => r.verdict.pass).length;
      row[`${part} cases`] = mine.length;
      row[`${part} meant`] = pct(passed, mine.length);
      row[`${part} fallbacks`] = mine.filter((r) => r.run.outcome.fallback).length;
    }
    return row as BenchRow;
  });
}

function failureRecord(r: Result) {
  const { outcome } = r.run;
  const cart = (m: ReadonlyMap<string, number>) => Object.fromEntries(m);
  return {
    id: r.case.id,
    part: r.part,
    class: r.case.class,
    setup: r.case.setup ?? [],
    said: r.case.say,
    reached: r.run.intents,
    reply: outcome.reply,
    reasons: r.verdict.reasons,
    ...(r.verdict.wrongAdds.length > 0 ? { wrongAdds: r.verdict.wrongAdds } : {}),
    ...(r.run.setupProblems.length > 0 ? { setupProblems: r.run.setupProblems } : {}),
    cartBefore: cart(outcome.before.cart),
    cartAfter: cart(outcome.after.cart),
  };
}

function searchSection(): Promise<BenchSection> {
  return (async () => {
    const queries = loadEvalQueries();
    const rows: BenchRow[] = [];
    const notes: string[] = [
      'The search benchmark (npm run bench -- search) has the other engines and the timings.',
    ];
    for (const catalog of [await demoCatalog(), instacartCatalog()]) {
      if (catalog.skipped) {
        notes.push(`${catalog.name}: skipped (${catalog.skipped}).`);
        continue;
      }
      const f = evaluate(ours, catalog.products, queries);
      rows.push({ name: catalog.name, queries: f.queries, 'hit@1': pct(f.hit1, 1), 'hit@3': pct(f.hit3, 1) });
    }
    return { title: 'Search quality beside understanding: hit@1 / hit@3 of our search', rows, notes };
  })();
}

/**
 * Runs a case again, as a new shopper, when the database failed under it (a loaded machine can make
 * DynamoDB Local miss a request's timeout): what is measured is understanding, not the machine.
 */
async function runPatiently(stack: Awaited<ReturnType<typeof startUnderstandingStack>>, c: CorpusCase) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runCase(stack, c);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function only(c: CorpusCase): boolean {
  const filter = process.env.UNDERSTANDING_ONLY;
  return !filter || filter.split(',').some((f) => c.id.startsWith(f) || c.class === f);
}

/** The understanding benchmark. */
export const run: Benchmark = async () => {
  const parts = (Object.keys(PARTS) as Part[]).map((part) => ({ part, cases: loadPart(part).filter(only) }));
  const stack = await startUnderstandingStack();
  const results: Result[] = [];
  try {
    for (const { part, cases } of parts) {
      for (const c of cases) {
        const caseRun = await runPatiently(stack, c);
        const verdict = judge(c, caseRun.outcome, stack.book);
        const failedSetup = caseRun.setupProblems.length > 0;
        results.push({
          part,
          case: c,
          run: caseRun,
          verdict: failedSetup
            ? { ...verdict, pass: false, reasons: [...caseRun.setupProblems, ...verdict.reasons] }
            : verdict,
        });
      }
    }
  } finally {
    await stack.close();
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const failures = results.filter((r) => !r.verdict.pass).map(failureRecord);
  writeFileSync(join(dir, 'understanding-failures.json'), `${JSON.stringify(failures, null, 2)}\n`);
  const summary: BenchSection = {
    title:
      'Understanding: measured turns that did what the shopper meant (console stand-in + bundled Alexa handler)',
    rows: (Object.keys(PARTS) as Part[]).map((part) => ({
      name: part,
      ...figures(results.filter((r) => r.part === part)),
    })),
    notes: [
      `${stack.bundleNote}; DynamoDB Local with the demo store; a new shopper per case.`,
      'Goals: at least 95% did what was meant on the hold-out; 0 wrong-product adds.',
      `${failures.length} failures written to bench/results/understanding-failures.json.`,
    ],
  };
  const classes: BenchSection = { title: 'Understanding by class', rows: byClass(results) };
  return [summary, classes, await searchSection()];
};
