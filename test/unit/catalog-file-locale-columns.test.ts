/**
 * Per-locale columns of a catalog file (`name.hi-IN`, `synonyms.hi-IN`) in CSV and JSON Lines: read
 * into the product's local names, forgiving of how the header is written, and refused with the
 * line, the column and the reason when a cell breaks a rule, without stopping the good rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalogFile, type CatalogRow } from '../../lambda/adapters/catalog-file/read-catalog-file';

const dir = mkdtempSync(join(tmpdir(), 'catalog-locale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function read(content: string, extension = 'csv'): Promise<CatalogRow[]> {
  const path = join(dir, `file-${++counter}.${extension}`);
  writeFileSync(path, content);
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogFile(path, { currency: 'INR' })) rows.push(row);
  return rows;
}

describe('per-locale catalog columns', () => {
  it('reads a Hindi name and Hindi synonyms into the product', async () => {
    const rows = await read(
      'sku,name,price,stock,name.hi-IN,synonyms.hi-IN\n' +
        'MILK-1,Toned Milk,28.00,10,टोंड दूध,दूध|doodh|dudh|दूध\n' +
        'SALT-1,Salt,28.00,10,,\n',
    );
    expect(rows[0]!.product).toMatchObject({
      sku: 'MILK-1',
      name: 'Toned Milk',
      price: { amount: 2800, currency: 'INR' },
      localNames: { 'hi-IN': { name: 'टोंड दूध', synonyms: ['दूध', 'doodh', 'dudh'] } },
    });
    expect(rows[1]!.product).toBeDefined();
    expect(rows[1]!.product!.localNames).toBeUndefined();
  });

  it('forgives case and separators in the header', async () => {
    const rows = await read('sku,name,price,stock,Name.hi_in,SYNONYMS.HI-IN\nA-1,Rice,99.00,5,चावल,chawal\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.product!.localNames).toEqual({ 'hi-IN': { name: 'चावल', synonyms: ['chawal'] } });
  });

  it('names the line, column and reason of a bad cell, and keeps the good rows', async () => {
    const longName = 'क'.repeat(201);
    const many = Array.from({ length: 51 }, (_, i) => `नाम${i}`).join('|');
    const rows = await read(
      'sku,name,price,stock,name.hi-IN,synonyms.hi-IN\n' +
        `A-1,Rice,99.00,5,${longName},\n` +
        `A-2,Rice,99.00,5,चावल,${many}\n` +
        'A-3,Rice,99.00,5,चावल,chawal\n',
    );
    expect(rows.map((r) => r.error)).toEqual([
      { line: 2, field: 'name.hi-IN', reason: 'is 201 characters long; at most 200 allowed' },
      { line: 3, field: 'synonyms.hi-IN', reason: 'has more than 50 synonyms' },
      undefined,
    ]);
    expect(rows[2]!.product!.sku).toBe('A-3');
  });

  it('reports a column that only looks per-locale as unknown, and reads the row', async () => {
    const rows = await read('sku,name,price,stock,name.hindi\nA-1,Rice,99.00,5,चावल\n');
    expect(rows[0]!.error).toMatchObject({ field: 'column' });
    expect(rows[0]!.error!.reason).toContain('name.hindi');
    expect(rows[1]!.product!.localNames).toBeUndefined();
  });

  it('reads the same keys from JSON Lines, synonyms as text or as a list', async () => {
    const rows = await read(
      `${JSON.stringify({ sku: 'A-1', name: 'Flour', price: '55.00', stock: 3, 'name.hi-IN': 'आटा', 'synonyms.hi-IN': ['aata', 'atta'] })}\n` +
        `${JSON.stringify({ sku: 'A-2', name: 'Flour', price: '55.00', stock: 3, 'name.hi-IN': 7 })}\n`,
      'jsonl',
    );
    expect(rows[0]!.product!.localNames).toEqual({ 'hi-IN': { name: 'आटा', synonyms: ['aata', 'atta'] } });
    expect(rows[1]!.error).toEqual({ line: 2, field: 'name.hi-IN', reason: 'must be text' });
  });
});
