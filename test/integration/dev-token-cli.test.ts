/**
 * `npm run dev:token` as a child process against DynamoDB Local: the token it prints on its last
 * line is accepted by the local verifier, and bad input or a missing database gets a clear answer.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { createAccessTokenVerifier } from '../../lambda/adapters/identity/access-token-verifier';
import { createTestTable, type TestTable } from '../support/dynamo';

const root = resolve(__dirname, '../..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function devToken(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((done) => {
    const childEnv = { ...process.env, ...env };
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
    execFile(
      'npx',
      ['tsx', 'lambda/local/dev-token.ts', ...args],
      { cwd: root, env: childEnv, timeout: 60000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const lastLine = (text: string): string => text.trim().split('\n').pop() ?? '';

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('dev:token', () => {
  let table: TestTable;
  let env: Record<string, string>;

  beforeAll(async () => {
    table = await createTestTable('dev-token');
    env = { DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName, AWS_REGION: 'us-east-1' };
  });
  afterAll(() => table.drop());

  it('prints on its last line a token the local verifier accepts for that customer', async () => {
    const run = await devToken(['cust-1'], env);
    expect(run).toMatchObject({ code: 0 });
    const token = lastLine(run.stdout);
    const verifier = createAccessTokenVerifier({ mode: 'local', doc: table.doc, tableName: table.tableName });
    await expect(verifier.verify(token)).resolves.toBe('cust-1');
    const claims = claimsOf(token);
    expect(claims).toMatchObject({ sub: 'cust-1', token_use: 'access' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(12 * 60 * 60);
  });

  it('honours --ttl and signs every token with the same stored key', async () => {
    const first = lastLine((await devToken(['cust-2', '--ttl', '600'], env)).stdout);
    const second = lastLine((await devToken(['cust-3'], env)).stdout);
    expect(Number(claimsOf(first).exp) - Number(claimsOf(first).iat)).toBe(600);
    const verifier = createAccessTokenVerifier({ mode: 'local', doc: table.doc, tableName: table.tableName });
    await expect(verifier.verify(first)).resolves.toBe('cust-2');
    await expect(verifier.verify(second)).resolves.toBe('cust-3');
  });

  it('exits 1 with one clear sentence when DYNAMODB_ENDPOINT is unset', async () => {
    const run = await devToken(['cust-1'], { ...env, DYNAMODB_ENDPOINT: undefined });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe('');
    expect(run.stderr).toContain('DYNAMODB_ENDPOINT is not set');
  });

  it('exits 1 when the database cannot be reached or the table is missing', async () => {
    const unreachable = await devToken(['cust-1'], { ...env, DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('Cannot reach DynamoDB at http://127.0.0.1:9');
    const missing = await devToken(['cust-1'], { ...env, TABLE_NAME: 'no-such-table' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Table no-such-table does not exist');
  });

  it.each([['cust#1'], ['a b'], ['x'.repeat(129)]])('refuses the customer id %#', async (id) => {
    const run = await devToken([id], env);
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe('');
    expect(run.stderr).toContain('The customer id must be');
  });
});
