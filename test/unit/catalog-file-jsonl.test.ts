/** The catalog file reader on JSON Lines: the same rules as CSV, with JSON's own failure modes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  catalogFormat,
  readCatalogFile,
  type CatalogRow,
} from '../../lambda/adapters/catalog-file/read-catalog-file';

const dir = mkdtempSync(join(tmpdir(), 'catalog-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function read(content: string, extension = 'jsonl'): Promise<CatalogRow[]> {
  const path = join(dir, `file-${++counter}.${extension}`);
  writeFileSync(path, content);
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogFile(path, { currency: 'USD' })) rows.push(row);
  return rows;
}

const line = (value: unknown): string => JSON.stringify(value);

describe('readCatalogFile on JSON Lines', () => {
  it('picks the format from the file name', () => {
    expect(catalogFormat('a/b.jsonl')).toBe('jsonl');
    expect(catalogFormat('b.NDJSON')).toBe('jsonl');
    expect(catalogFormat('b.csv')).toBe('csv');
  });

  it('reads numbers and strings alike, synonyms as a list or |-separated, image_url or imageUrl', async () => {
    const rows = await read(
      [
        line({
          sku: 'A1',
          name: 'Oat milk',
          price: 4.29,
          stock: 12,
          synonyms: ['oat drink', ' '],
          imageUrl: 'https://x.example/a.png',
        }),
        line({
          sku: 'A2',
          name: 'Soda',
          price: '1.50',
          stock: '3',
          synonyms: 'pop|soft drink',
          popularity: 3,
          brand: null,
        }),
      ].join('\n'),
      'ndjson',
    );
    expect(rows).toEqual([
      {
        line: 1,
        product: {
          sku: 'A1',
          name: 'Oat milk',
          synonyms: ['oat drink'],
          imageUrl: 'https://x.example/a.png',
          price: { amount: 429, currency: 'USD' },
          stock: 12,
          popularity: 0,
        },
      },
      {
        line: 2,
        product: {
          sku: 'A2',
          name: 'Soda',
          synonyms: ['pop', 'soft drink'],
          price: { amount: 150, currency: 'USD' },
          stock: 3,
          popularity: 3,
        },
      },
    ]);
  });

  it('makes invalid JSON, a non-object and a bad field errors of their own line, and reads on', async () => {
    const rows = await read(
      [
        '\uFEFF' + line({ sku: 'A1', name: 'Milk', price: 1, stock: 1 }),
        '',
        '{"sku": "A2", "name": ',
        '[1, 2]',
        line({ sku: 'A3', name: 'Eggs', price: 'abc', stock: 1 }),
        line({ sku: 'A4', name: 'Tea', price: 2, stock: -1 }),
        line({ sku: 'A5', name: ['not', 'text'], price: 2, stock: 1 }),
        line({ sku: 'A1', name: 'Again', price: 2, stock: 1 }),
        line({ sku: 'A6', name: 'Jam', price: 2, stock: 1 }),
      ].join('\r\n'),
    );
    expect(rows.map((r) => r.error ?? r.product!.sku)).toEqual([
      'A1',
      { line: 3, field: 'row', reason: expect.stringContaining('is not valid JSON') as string },
      { line: 4, field: 'row', reason: '[1,2] is not a JSON object; each line must hold one product object' },
      { line: 5, field: 'price', reason: 'abc is not a price like 3.49' },
      { line: 6, field: 'stock', reason: '-1 is not a whole number of 0 or more' },
      { line: 7, field: 'name', reason: 'must be text' },
      { line: 8, field: 'sku', reason: 'A1 is a duplicate of line 1' },
      'A6',
    ]);
  });

  it('notices an unknown key once, where it first appears, and keeps the rows', async () => {
    const rows = await read(
      [
        line({ sku: 'A1', name: 'Milk', price: 1, stock: 1 }),
        line({ sku: 'A2', name: 'Tea', price: 1, stock: 1, colour: 'red' }),
        line({ sku: 'A3', name: 'Jam', price: 1, stock: 1, colour: 'blue' }),
      ].join('\n'),
    );
    expect(rows.filter((r) => r.error).map((r) => r.error)).toEqual([
      { line: 2, field: 'column', reason: '"colour" is not a catalog column; its values are ignored' },
    ]);
    expect(rows.filter((r) => r.product).map((r) => r.product!.sku)).toEqual(['A1', 'A2', 'A3']);
  });

  it('reports a missing required field like CSV does', async () => {
    const rows = await read(line({ sku: 'A1', name: 'Milk', stock: 1 }));
    expect(rows).toEqual([{ line: 1, error: { line: 1, field: 'price', reason: 'required but empty' } }]);
  });
});
