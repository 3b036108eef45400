/**
 * The README's sample session is a real run: scripts/readme/shopping.txt, run again here through
 * the console on a table with the demo store (at the same fixed time, with the same counted order
 * numbers), must print exactly the transcript README.md shows, and every line of it must pass.
 */
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { readReadme, sectionOf } from '../../scripts/readme/readme-sections';
import { transcribeInto, TRANSCRIPT_SECTION } from '../../scripts/readme/transcript';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('transcript');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
});

afterAll(async () => {
  await table.drop();
});

describe('README: the sample session', () => {
  it('is the transcript a run of its script prints today (else run npm run readme:transcript)', async () => {
    const readme = readReadme();
    const { run, readme: regenerated } = await transcribeInto(readme, table);
    expect(run.result.failures).toEqual([]);
    expect(sectionOf(readme, TRANSCRIPT_SECTION)).toBe(sectionOf(regenerated, TRANSCRIPT_SECTION));
    expect(regenerated).toBe(readme);
  }, 60_000);

  it('starts with what the shopper asks, not with opening the skill again', () => {
    const lines = sectionOf(readReadme(), TRANSCRIPT_SECTION)
      .split('\n')
      .filter((line) => line !== '');
    expect(lines[1]).toMatch(/^\(the console opens it for you/);
    expect(lines.filter((line) => /^You: .*open voice shop/i.test(line))).toEqual([]);
    expect(lines.find((line) => line.startsWith('You: '))).toBe('You: do you have raisin brand');
  });
});
