/**
 * The catalog file reader on CSV: every row rule, line numbers through quoted line breaks, BOM and
 * CRLF, column problems, and a large file streamed to the end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogFileError } from '../../lambda/adapters/catalog-file/catalog-columns';
import {
  isColumnNotice,
  readCatalogFile,
  type CatalogRow,
} from '../../lambda/adapters/catalog-file/read-catalog-file';

const dir = mkdtempSync(join(tmpdir(), 'catalog-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function read(content: string | Buffer, currency = 'USD'): Promise<CatalogRow[]> {
  const path = join(dir, `file-${++counter}.csv`);
  writeFileSync(path, content);
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogFile(path, { currency })) rows.push(row);
  return rows;
}

const HEADER = 'sku,name,price,stock';

async function errorOf(line: string, header = HEADER) {
  const rows = await read(`${header}\n${line}\n`);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.product).toBeUndefined();
  return rows[0]!.error!;
}

describe('readCatalogFile on CSV', () => {
  it('reads every column into a product, prices in minor units, synonyms split on |', async () => {
    const header = 'sku,name,price,stock,brand,category,size,synonyms,description,image_url,popularity';
    const rows = await read(
      `${header}\n SODA-12 , Cola 12 pack ,6.99,40, Fizz ,Beverages,12 pack,soda| pop |soft drink||,Cold.,https://img.example/c.png,87.5\n`,
    );
    expect(rows).toEqual([
      {
        line: 2,
        product: {
          sku: 'SODA-12',
          name: 'Cola 12 pack',
          brand: 'Fizz',
          category: 'Beverages',
          size: '12 pack',
          synonyms: ['soda', 'pop', 'soft drink'],
          description: 'Cold.',
          imageUrl: 'https://img.example/c.png',
          price: { amount: 699, currency: 'USD' },
          stock: 40,
          popularity: 87.5,
        },
      },
    ]);
  });

  it('leaves empty optional fields absent and defaults popularity to 0', async () => {
    const rows = await read('sku,name,price,stock,brand,size,popularity\nA1,Milk,3,0, , ,\n');
    expect(rows[0]!.product).toEqual({
      sku: 'A1',
      name: 'Milk',
      synonyms: [],
      price: { amount: 300, currency: 'USD' },
      stock: 0,
      popularity: 0,
    });
  });

  it.each([
    ['A1,Milk,,3', 'price', 'required but empty'],
    [',Milk,1,3', 'sku', 'required but empty'],
    ['A1, ,1,3', 'name', 'required but empty'],
    ['A1,Milk,1,', 'stock', 'required but empty'],
    ['A1,Milk,abc,3', 'price', 'abc is not a price like 3.49'],
    ['A1,Milk,-1.00,3', 'price', '-1.00 is negative; a price is 0 or more'],
    ['A1,Milk,3.499,3', 'price', '3.499 has more than 2 decimal places, too many for USD'],
    ['A1,Milk,$3.49,3', 'price', '$3.49 is not a price like 3.49'],
    ['A1,Milk,1,-5', 'stock', '-5 is not a whole number of 0 or more'],
    ['A1,Milk,1,2.5', 'stock', '2.5 is not a whole number of 0 or more'],
    ['A 1,Milk,1,2', 'sku', 'A 1 has characters other than letters, digits, - _ . /'],
    ['A#1,Milk,1,2', 'sku', 'A#1 has characters other than letters, digits, - _ . /'],
    [`${'S'.repeat(65)},Milk,1,2`, 'sku', 'is 65 characters long; at most 64 allowed'],
    [`A1,${'n'.repeat(2000)},1,2`, 'name', 'is 2000 characters long; at most 200 allowed'],
  ])('rejects %s with one error naming the field', async (line, field, reason) => {
    expect(await errorOf(line)).toEqual({ line: 2, field, reason });
  });

  it('checks popularity and image_url when given', async () => {
    const header = `${HEADER},popularity,image_url`;
    expect(await errorOf('A1,Milk,1,2,-3,', header)).toEqual({
      line: 2,
      field: 'popularity',
      reason: '-3 is not a number of 0 or more',
    });
    expect(await errorOf('A1,Milk,1,2,1,javascript:alert(1)', header)).toMatchObject({ field: 'image_url' });
  });

  it('applies the currency: no decimals for JPY, three for KWD', async () => {
    expect((await read(`${HEADER}\nA1,Tea,350,1\n`, 'JPY'))[0]!.product!.price).toEqual({
      amount: 350,
      currency: 'JPY',
    });
    expect((await read(`${HEADER}\nA1,Tea,3.5,1\n`, 'JPY'))[0]!.error!.reason).toContain('too many for JPY');
    expect((await read(`${HEADER}\nA1,Tea,1.125,1\n`, 'KWD'))[0]!.product!.price.amount).toBe(1125);
  });

  it('rejects a later duplicate sku, naming the first line', async () => {
    const rows = await read(`${HEADER}\nA1,Milk,1,2\nB1,Bread,1,2\nA1,Other milk,2,2\n`);
    expect(rows.map((r) => r.product?.name ?? r.error)).toEqual([
      'Milk',
      'Bread',
      { line: 4, field: 'sku', reason: 'A1 is a duplicate of line 2' },
    ]);
  });

  it('refuses a row with the wrong column count and reads on', async () => {
    const rows = await read(`${HEADER}\nA1,Milk,1\nB1,Bread,1,2,extra\nC1,Eggs,2,3\n`);
    expect(rows.map((r) => r.error ?? r.product!.sku)).toEqual([
      { line: 2, field: 'row', reason: 'has 3 columns but the header has 4' },
      { line: 3, field: 'row', reason: 'has 5 columns but the header has 4' },
      'C1',
    ]);
  });

  it('reports an unknown header column once on line 1 and still reads the rows', async () => {
    const rows = await read(`${HEADER},colour\nA1,Milk,1,2,white\nB1,Bread,1,2,brown\n`);
    expect(rows[0]!.error).toEqual({
      line: 1,
      field: 'column',
      reason: '"colour" is not a catalog column; its values are ignored',
    });
    expect(isColumnNotice(rows[0]!.error!)).toBe(true);
    expect(rows.slice(1).map((r) => r.product!.sku)).toEqual(['A1', 'B1']);
    expect(rows.filter((r) => r.error)).toHaveLength(1);
  });

  it('numbers lines from where a record starts, through quoted commas, quotes and line breaks', async () => {
    const rows = await read(
      `${HEADER},description\nA1,"Milk, whole",1,2,"Line one\nline two\nline three"\n\nB1,"The ""best"" bread",x,2,\nC1,Eggs,1,2,\n`,
    );
    expect(rows[0]).toMatchObject({ line: 2, product: { name: 'Milk, whole' } });
    expect(rows[0]!.product!.description).toBe('Line one\nline two\nline three');
    expect(rows[1]).toEqual({
      line: 6,
      error: { line: 6, field: 'price', reason: 'x is not a price like 3.49' },
    });
    expect(rows[2]).toMatchObject({ line: 7, product: { sku: 'C1' } });
  });

  it('handles a byte order mark and CRLF line endings, also inside quoted fields', async () => {
    const content = `\uFEFF${HEADER},description\r\nA1,Milk,1,2,"two\r\nlines"\r\nB1,Bread,oops,2,\r\nC1,Eggs,1,2,\r\n`;
    const rows = await read(Buffer.from(content, 'utf8'));
    expect(rows[0]).toMatchObject({ line: 2, product: { sku: 'A1', description: 'two\nlines' } });
    expect(rows[1]!.error).toEqual({ line: 4, field: 'price', reason: 'oops is not a price like 3.49' });
    expect(rows[2]).toMatchObject({ line: 5, product: { sku: 'C1' } });
  });

  it('skips blank and all-empty rows, and reports a quote never closed', async () => {
    const rows = await read(`${HEADER}\n,,,\n\nA1,Milk,1,2\nB1,"Bread,1,2\nC1,Eggs,1,2\n`);
    expect(rows[0]).toMatchObject({ line: 4, product: { sku: 'A1' } });
    expect(rows[1]!.error).toMatchObject({ line: 5, field: 'row' });
    expect(rows[1]!.error!.reason).toContain('never closed');
    expect(rows).toHaveLength(2);
  });

  it('keeps an unreadable record in its place even when the consumer is slower than the parser', async () => {
    const path = join(dir, 'slow.csv');
    writeFileSync(path, `${HEADER}\nA1,Milk,1,2\nB1,Tea,1,2\nC1,"Jam,1,2\nD1,Eggs,1,2\n`);
    const seen: (string | number)[] = [];
    for await (const row of readCatalogFile(path, { currency: 'USD' })) {
      await new Promise((done) => setTimeout(done, 20));
      seen.push(row.product?.sku ?? row.error!.line);
    }
    expect(seen).toEqual(['A1', 'B1', 4]);
  });

  it('throws a clear CatalogFileError for a missing file, an empty file or no required columns', async () => {
    const missing = readCatalogFile(join(dir, 'absent.csv'), { currency: 'USD' });
    await expect(missing.next()).rejects.toThrow('no such file');
    await expect(read('')).rejects.toThrow(CatalogFileError);
    await expect(read('sku,name,stock\nA1,Milk,2\n')).rejects.toThrow(
      'The header on line 1 has no price column; a catalog needs sku, name, price and stock.',
    );
    await expect(read(`${HEADER}\n`, 'dollars')).rejects.toThrow('dollars is not a currency code like USD.');
  });

  it('streams 50,000 rows to the end, every one valid and in order', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 50000; i++) lines.push(`SKU-${i},Product number ${i},${i % 100}.${i % 10}9,${i % 7}`);
    const path = join(dir, 'large.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    let count = 0;
    let last: CatalogRow | undefined;
    for await (const row of readCatalogFile(path, { currency: 'USD' })) {
      if (row.error) throw new Error(`line ${row.line}: ${row.error.reason}`);
      count++;
      last = row;
    }
    expect(count).toBe(50000);
    expect(last).toMatchObject({ line: 50001, product: { sku: 'SKU-49999', price: { amount: 9999 } } });
  });
});
