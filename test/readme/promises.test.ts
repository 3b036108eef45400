/**
 * The README's promises of what shoppers can say: every script block under "What shoppers can say"
 * runs through the console (the console's stand-in for Alexa, the real skill, a new shopper on a
 * table of its own with the demo store) and must pass line by line: no turn fails or falls back,
 * and every reply holds what its line expects. Every phrase in quotes at the top of the README must
 * be said in one of those blocks, so the README promises nothing a test does not run.
 */
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { parseScript, comparable } from '../../lambda/local/console/script-lines';
import { runConsoleScript } from '../../scripts/readme/console-run';
import { fencedBlocks, quotedPhrases, readReadme, sectionOf } from '../../scripts/readme/readme-sections';
import { createTestTable, type TestTable } from '../support/dynamo';

const readme = readReadme();
const blocks = fencedBlocks(sectionOf(readme, 'promises'));
const tables: TestTable[] = [];

afterAll(async () => {
  await Promise.all(tables.map((table) => table.drop()));
});

async function demoTable(): Promise<TestTable> {
  const table = await createTestTable('promise');
  tables.push(table);
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  return table;
}

const titleOf = (block: string): string =>
  /^#\s*(.+)$/m.exec(block)?.[1] ?? parseScript(block)[0]?.text ?? 'an empty block';

describe('README: what shoppers can say', () => {
  it('has script blocks, each saying what its replies must contain', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      const turns = parseScript(block).filter((line) => !line.text.startsWith('/'));
      expect(turns.length).toBeGreaterThan(0);
      expect(turns.filter((line) => line.expect === undefined).map((line) => line.text)).toEqual([]);
    }
  });

  it.each(blocks.map((block) => [titleOf(block), block] as const))(
    '%s: every line does what the README says',
    async (_title, block) => {
      const run = await runConsoleScript(await demoTable(), block);
      const failures = run.result.failures.map((f) => `line ${f.line} "${f.text}": ${f.reason}`);
      expect(failures).toEqual([]);
      expect(run.result.ran).toBe(parseScript(block).length);
    },
    // A demo store load and a whole console conversation; the machine may be shared and busy.
    240_000,
  );

  it('says every phrase quoted at the top of the README in one of those blocks', () => {
    const said = new Set(blocks.flatMap((block) => parseScript(block).map((line) => comparable(line.text))));
    const promised = quotedPhrases(sectionOf(readme, 'promised-phrases')).map(comparable);
    expect(promised.length).toBeGreaterThanOrEqual(20);
    expect(promised.filter((phrase) => !said.has(phrase))).toEqual([]);
  });
});
