/**
 * `npm run talk -- --script <file>` end to end, as a child process: against a running local stack
 * (DYNAMODB_ENDPOINT and TABLE_NAME of a test table with the demo store) and with a DynamoDB Local
 * of its own, asserting the printed turns and the exit status: 0 when every line passed, 1 when a
 * line failed, fell back or missed what it expects after `=>`, 2 when the script could not run.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { createTestTable, type TestTable } from '../support/dynamo';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => resolve(root, 'test/fixtures/console', name);
let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('talk');
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
});

afterAll(async () => {
  await table.drop();
});

function talk(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'npx',
      ['tsx', 'lambda/local/talk.ts', ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 90_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const onStack = () => ({ DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName });

describe('npm run talk -- --script', () => {
  it('prints each exchange of a shopping script against the running local stack and exits 0', async () => {
    const { code, stdout, stderr } = await talk(['--script', fixture('shopping.txt')], onStack());
    expect(stderr).toContain(`Using the running local database at ${table.endpoint}.`);
    expect(stderr).toContain('Script passed: 9 lines, none failed.');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('(the console opens it for you, as saying "open voice shop" would)');
    const you = lines.filter((l) => l.startsWith('You: ')).map((l) => l.slice(5));
    expect(you).toEqual([
      'do you have oat milk',
      'the first one',
      "i'll take two",
      "what's in my cart",
      'help',
      'purple elephants',
      'stop',
    ]);
    expect(stdout).toMatch(/^Alexa: Welcome to Corner Market\..* \(\d+ ms\)$/m);
    expect(stdout).toContain('  → IntentRequest SearchProductIntent query="oat milk"');
    expect(stdout).toMatch(/^Alexa: I found \d+ matches for oat milk\./m);
    expect(stdout).toMatch(/^Alexa: Added 2 Oat Milk Original\./m);
    expect(stdout).toContain('  → IntentRequest AMAZON.FallbackIntent');
    expect(stdout).toMatch(/^ {2}reprompt: /m);
    expect(stdout).toMatch(/^ {2}request: \{/m);
    expect(stdout).toContain('"type": "IntentRequest"');
    // Leaving with items in the cart says they are kept.
    expect(stdout).toMatch(/^Alexa: Your 2 items will stay in your cart for next time\. Goodbye.*\n {2}\(session ended\)$/m);
    expect(stdout).not.toContain('#');
    expect(stdout).not.toContain('=>');
    expect(stdout).not.toContain('✗');
  }, 120_000);

  it('exits 1 when a command fails, and says why', async () => {
    const { code, stdout, stderr } = await talk(['--script', fixture('bad-command.txt')], onStack());
    expect(code).toBe(1);
    expect(stdout).toContain('Unknown command /frobnicate. Type /help for the commands.');
    expect(stdout).toContain('  ✗ line 2: the command failed');
    expect(stdout).toMatch(/^Alexa: Goodbye/m);
    expect(stderr).toContain('Script failed: 1 line of 3 did not pass (line 2).');
  }, 120_000);

  it('exits 1 when a line falls back or its reply lacks what it expects, naming each line', async () => {
    const { code, stdout, stderr } = await talk(['--script', fixture('misses.txt')], onStack());
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^You: purple elephants\n(?:.*\n)*? {2}✗ line 4: fell back: nothing in the interaction/m,
    );
    expect(stdout).toMatch(/^ {2}✗ line 5: expected "bananas", heard "I found \d+ matches for oat milk\./m);
    expect(stdout).toMatch(/^Alexa: Goodbye/m);
    expect(stderr).toContain('Script failed: 2 lines of 4 did not pass (line 4, line 5).');
  }, 120_000);

  it('exits 2, before starting anything, when the script cannot be read', async () => {
    const { code, stdout, stderr } = await talk(['--script', fixture('no-such-script.txt')], onStack());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/talk failed: .*no-such-script\.txt/);
  }, 120_000);

  it('links the customer given with --user before the first turn', async () => {
    const { code, stdout } = await talk(
      ['--script', fixture('help-stop.txt'), '--user', 'talk-customer'],
      onStack(),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Linked to customer talk-customer');
    expect(stdout.indexOf('Linked to customer')).toBeLessThan(stdout.indexOf('(the console opens it'));
  }, 120_000);

  it('starts a DynamoDB Local of its own with the demo store when no local stack answers', async () => {
    const { code, stdout, stderr } = await talk(['--script', fixture('help-stop.txt')], {
      DYNAMODB_ENDPOINT: undefined,
      TABLE_NAME: undefined,
    });
    expect(stderr).toContain('Starting DynamoDB Local in memory with the demo store...');
    expect(stderr).toMatch(/Loaded the demo store: \d+ products\./);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^You: help\n.*\nAlexa: You can say/m);
    expect(stdout).toMatch(/^You: stop\n.*\nAlexa: Goodbye/m);
  }, 120_000);
});
