import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'lambda', 'local', 'search-cli.ts');

describe('npm run search (the search CLI, as a child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-cli-'));
  const catalog = join(dir, 'catalog.csv');
  const queries = join(dir, 'queries.txt');
  writeFileSync(
    catalog,
    [
      'sku,name,price,stock,brand,category',
      'AVO-1,Organic Hass Avocado,1.99,10,,Produce',
      'MLK-1,Whole Milk,3.49,5,Corner Market,Dairy',
      'PNB-1,Peanut Butter Creamy,4.29,7,Jif,Pantry',
      'BAD-1,Broken Row,not-a-price,3,,',
    ].join('\n'),
  );
  writeFileSync(queries, 'organic has avocado\n\npee nut butter\nsomething we do not sell\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON line per query, best first, and nothing else on standard output', async () => {
    const { stdout, stderr } = await run(
      tsx,
      [cli, '--catalog', catalog, '--queries', queries, '--top', '2'],
      {
        cwd: root,
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((line) => JSON.parse(line) as { query: string; results: { sku: string }[] });
    expect(parsed.map((p) => p.query)).toEqual([
      'organic has avocado',
      'pee nut butter',
      'something we do not sell',
    ]);
    expect(parsed[0]!.results[0]).toEqual({
      sku: 'AVO-1',
      name: 'Organic Hass Avocado',
      score: expect.any(Number),
    });
    expect(parsed[1]!.results[0]!.sku).toBe('PNB-1');
    expect(parsed[2]!.results).toEqual([]);
    expect(parsed.every((p) => p.results.length <= 2)).toBe(true);
    expect(stderr).toContain('line 5');
    expect(stderr).toContain('Indexed 3 products');
  });

  it('reads queries from standard input when no file is given', async () => {
    const child = run(tsx, [cli, '--catalog', catalog], { cwd: root });
    child.child.stdin!.end('whole milk\n');
    const { stdout } = await child;
    const line = JSON.parse(stdout.trim()) as { query: string; results: { sku: string }[] };
    expect(line.query).toBe('whole milk');
    expect(line.results[0]!.sku).toBe('MLK-1');
  });

  it('fails with a clear message when the catalog cannot be read', async () => {
    await expect(run(tsx, [cli, '--catalog', join(dir, 'missing.csv')], { cwd: root })).rejects.toMatchObject(
      {
        code: 1,
        stdout: '',
        stderr: expect.stringContaining('no such file') as string,
      },
    );
  });
});
