/**
 * Runs the search evaluation from the command line and prints hit@1, hit@3 and latency per engine and
 * catalog, with the misses of each engine when `--misses` is given.
 * `npx tsx bench/search-eval-cli.ts [--catalog generated|instacart|demo] [--engine ours] [--misses]`.
 */
import { demoCatalog, generatedCatalog, instacartCatalog, type EvalCatalog } from './search-eval-catalogs';
import { evaluate, loadEvalQueries } from './search-eval';
import { fuse, miniSearch, ours } from './search-engines';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const wantedCatalog = option('catalog');
  const wantedEngine = option('engine');
  const loaders: Record<string, () => Promise<EvalCatalog> | EvalCatalog> = {
    demo: demoCatalog,
    generated: () => generatedCatalog(),
    instacart: () => instacartCatalog(),
  };
  const queries = loadEvalQueries();
  for (const [key, load] of Object.entries(loaders)) {
    if (wantedCatalog && key !== wantedCatalog) continue;
    const catalog = await load();
    if (catalog.skipped) {
      console.log(`${catalog.name}: skipped (${catalog.skipped})`);
      continue;
    }
    for (const engine of [ours, miniSearch, fuse]) {
      if (wantedEngine && engine.name !== wantedEngine) continue;
      const f = evaluate(engine, catalog.products, queries);
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      console.log(
        `${catalog.name} ${engine.name}: n=${f.queries} hit@1=${pct(f.hit1)} hit@3=${pct(f.hit3)} ` +
          `p50=${f.p50.toFixed(2)}ms p95=${f.p95.toFixed(2)}ms build=${f.buildMs.toFixed(0)}ms`,
      );
      if (args.includes('--misses'))
        for (const m of f.misses)
          console.log(`  ${m.top3 ? 'not first' : 'miss'}: ${m.q} -> ${m.got.join(' | ')}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
