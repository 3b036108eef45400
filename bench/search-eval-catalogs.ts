/**
 * The catalogs the search evaluation runs over: the demo catalog (when it exists), the seeded
 * 50,000-product catalog, and the Instacart product list from the shared reference data when it is
 * present (it is never part of the project: absent, it is skipped with a note). Instacart has no
 * prices, brands or stock: prices and stock are derived from a hash of the product id, popularity is
 * how often the product appears in the order sample, and the department is the category.
 */
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogFile } from '../lambda/adapters/catalog-file/read-catalog-file';
import type { Product } from '../lambda/domain/model';
import { generateCatalog } from './search-catalog-generator';

/** A catalog to evaluate on, or why it was skipped. */
export interface EvalCatalog {
  readonly name: string;
  readonly products: readonly Product[];
  readonly skipped?: string;
}

const UPDATED = '2026-01-01T00:00:00.000Z';

/** The seeded generated catalog. */
export function generatedCatalog(size = 50_000): EvalCatalog {
  return { name: `generated-${size / 1000}k`, products: generateCatalog(size) };
}

function hashNumber(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

const title = (s: string): string => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** The Instacart products, when the reference folder is there. */
export function instacartCatalog(
  dir = process.env.INSTACART_DIR ?? join(__dirname, '..', '..', 'shared', 'reference', 'instacart'),
): EvalCatalog {
  const file = join(dir, 'products.csv');
  if (!existsSync(file)) return { name: 'instacart', products: [], skipped: 'reference data not present' };
  const read = (name: string): Record<string, string>[] =>
    parse(readFileSync(join(dir, name)), { columns: true, skip_empty_lines: true });
  const departments = new Map(read('departments.csv').map((d) => [d.department_id!, d.department!]));
  const orders = new Map<string, number>();
  if (existsSync(join(dir, 'sample_order_products.csv'))) {
    for (const line of read('sample_order_products.csv')) {
      orders.set(line.product_id!, (orders.get(line.product_id!) ?? 0) + 1);
    }
  }
  const products = read('products.csv').map((row): Product => {
    const id = row.product_id!;
    const hash = hashNumber(id);
    return {
      sku: `IC-${id}`,
      name: row.product_name!,
      category: title(departments.get(row.department_id!) ?? 'other'),
      synonyms: [],
      price: { amount: 99 + (hash % 190) * 10, currency: 'USD' },
      stock: hash % 20 === 0 ? 0 : 1 + (hash % 97),
      popularity: orders.get(id) ?? 0,
      version: 1,
      updatedAt: UPDATED,
    };
  });
  return { name: 'instacart', products };
}

/** The demo catalog (lambda/local/demo/*.csv or *.jsonl), read with the production reader. */
export async function demoCatalog(
  dir = join(__dirname, '..', 'lambda', 'local', 'demo'),
): Promise<EvalCatalog> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /catalog.*\.(csv|jsonl)$/i.test(f)) : [];
  if (files.length === 0) return { name: 'demo', products: [], skipped: 'no demo catalog file yet' };
  const products: Product[] = [];
  for await (const row of readCatalogFile(join(dir, files[0]!), { currency: 'USD' })) {
    if (row.product) products.push({ ...row.product, version: 1, updatedAt: UPDATED });
  }
  return { name: 'demo', products };
}
