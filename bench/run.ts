/**
 * `npm run bench`: runs every benchmark in turn, prints each section as a table and writes the run
 * to bench/results/bench.json. `npm run bench -- <name> ...` runs only the named benchmarks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSection, type Benchmark, type BenchSection } from './report';

const BENCHMARKS: Record<string, () => Promise<{ run: Benchmark }>> = {
  services: () => import('./services'),
  search: () => import('./search'),
  bundles: () => import('./bundles'),
  alexa: () => import('./alexa-turns'),
  understanding: () => import('./understanding'),
  mcp: () => import('./mcp-calls'),
  'order-changes': () => import('./order-changes'),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHMARKS);
  const sections: BenchSection[] = [];
  for (const name of names) {
    const load = BENCHMARKS[name];
    if (!load) throw new Error(`unknown benchmark ${name}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
    const { run } = await load();
    for (const section of await run()) {
      sections.push(section);
      console.log(`${renderSection(section)}\n`);
    }
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench.json');
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, sections }, null, 2),
  );
  console.log(`Results written to bench/results/bench.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
