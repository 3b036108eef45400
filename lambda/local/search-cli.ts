/**
 * `npm run search -- --catalog <file> [--queries <file>] [--top N] [--currency USD]`: runs the
 * production search (the same index the skill builds) over a catalog file, with no database. Queries
 * come one a line from the file, or from standard input; each prints one JSON line on standard output,
 * `{"query": "...", "results": [{"sku", "name", "score"}]}`, and nothing else goes there. Bad catalog
 * rows and a one-line summary go to standard error.
 */
import { Command, InvalidArgumentError } from 'commander';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readCatalogFile } from '../adapters/catalog-file/read-catalog-file';
import { buildSearchIndex, type SearchIndex } from '../adapters/search/search-index';
import type { Product } from '../domain/model';

const LOADED_AT = new Date().toISOString();

function parseTop(value: string): number {
  const top = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(top >= 1 && top <= 100)) throw new InvalidArgumentError('Give a whole number from 1 to 100.');
  return top;
}

async function loadIndex(path: string, currency: string): Promise<SearchIndex> {
  const products: Product[] = [];
  let rejected = 0;
  for await (const row of readCatalogFile(path, { currency })) {
    if (row.product) products.push({ ...row.product, version: 1, updatedAt: LOADED_AT });
    else if (row.error) {
      rejected += row.error.field === 'column' ? 0 : 1;
      console.error(`line ${row.error.line}: ${row.error.field} ${row.error.reason}`);
    }
  }
  const index = buildSearchIndex(products, { currency });
  console.error(`Indexed ${index.size} products from ${path}; ${rejected} rows rejected.`);
  return index;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run search --')
    .description('Search a catalog file with the production search, one JSON line per query.')
    .requiredOption('--catalog <file>', 'catalog file (CSV with a header row, or JSON Lines)')
    .option('--queries <file>', 'queries, one a line (default: standard input)')
    .option('--top <n>', 'results per query', parseTop, 5)
    .option('--currency <code>', 'currency of the catalog prices', 'USD')
    .parse();
  const options = program.opts<{ catalog: string; queries?: string; top: number; currency: string }>();
  const index = await loadIndex(options.catalog, options.currency);
  const input = options.queries ? createReadStream(options.queries, 'utf8') : process.stdin;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const query = line.trim();
    if (query === '') continue;
    const { hits } = index.search({ text: query, limit: options.top });
    const results = hits.map((h) => ({ sku: h.product.sku, name: h.product.name, score: h.score }));
    process.stdout.write(`${JSON.stringify({ query, results })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
