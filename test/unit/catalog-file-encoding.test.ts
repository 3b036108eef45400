/**
 * Catalog files are read as strict UTF-8: a line that is not (a file saved as Latin-1, where "Café"
 * is the byte E9) is refused with its line named, never imported as "Caf\uFFFD"; the other rows are
 * read as usual, in CSV and in JSON Lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCatalogFile, type CatalogRow } from '../../lambda/adapters/catalog-file/read-catalog-file';

const dir = mkdtempSync(join(tmpdir(), 'catalog-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: Buffer): Promise<CatalogRow[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogFile(path, { currency: 'USD' })) rows.push(row);
  return rows;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

it('refuses a Latin-1 CSV line by its number and reads the others', async () => {
  const rows = await read(
    'latin1.csv',
    latin1('sku,name,price,stock\nA1,Tea,1.00,3\nA2,Café Crème,2.50,4\r\nA3,"Two\nlines",3.00,5\n'),
  );
  expect(rows.map((r) => [r.line, r.product?.name ?? r.error?.field])).toEqual([
    [2, 'Tea'],
    [3, 'row'],
    [4, 'Two\nlines'],
  ]);
  expect(rows[1]!.error!.reason).toMatch(/not UTF-8/);
  expect(JSON.stringify(rows)).not.toContain('\uFFFD');
});

it('refuses a Latin-1 line of a quoted field spanning lines by the line the record starts on', async () => {
  const rows = await read(
    'span.csv',
    latin1('sku,name,price,stock\nB1,"Crème\nbrûlée",2.00,1\nB2,Jam,1.00,1\n'),
  );
  expect(rows.map((r) => [r.line, r.product?.sku ?? r.error?.field])).toEqual([
    [2, 'row'],
    [4, 'B2'],
  ]);
});

it('refuses a Latin-1 JSON Lines line by its number and reads the others', async () => {
  const rows = await read(
    'latin1.jsonl',
    latin1(
      '{"sku":"C1","name":"Tea","price":"1.00","stock":1}\n{"sku":"C2","name":"Café","price":"2.00","stock":1}\n',
    ),
  );
  expect(rows.map((r) => [r.line, r.product?.name ?? r.error?.field])).toEqual([
    [1, 'Tea'],
    [2, 'row'],
  ]);
  expect(rows[1]!.error!.reason).toMatch(/not UTF-8/);
});

it('reads UTF-8 names as they are', async () => {
  const rows = await read('utf8.csv', Buffer.from('sku,name,price,stock\nD1,Café Crème,2.50,4\n', 'utf8'));
  expect(rows[0]!.product!.name).toBe('Café Crème');
});
