/**
 * The local token-signing private key never lives in the table: `dev:token` keeps it in a file only
 * this user may read (mode 0600) and publishes only the public key with the local data, where the
 * verifier finds it. A table an older version wrote a private key into loses it on the next token.
 */
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY, localSigningKeysKey } from '../../lambda/adapters/dynamodb/keys';
import { generateSigningKeySet } from '../../lambda/adapters/dynamodb/signing-keys-repository';
import { createAccessTokenVerifier } from '../../lambda/adapters/identity/access-token-verifier';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
const dir = mkdtempSync(join(tmpdir(), 'dev-key-'));
const keyFile = join(dir, '.local', 'dev-signing-key.json');

beforeAll(async () => {
  table = await createTestTable('dev-key');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await table.drop();
});

/** Every stored item, as text. */
async function everything(): Promise<string> {
  const { Items } = await table.doc.send(new ScanCommand({ TableName: table.tableName }));
  return JSON.stringify(Items ?? []);
}

it('keeps the private key in a 0600 file and only the public key in the table', async () => {
  const token = await issueDevToken(table.doc, table.tableName, 'cust-key', { keyFile });
  expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  const stored = await everything();
  expect(stored).not.toContain('privateJwk');
  // The private exponent and primes of an RSA JWK.
  expect(stored).not.toMatch(/"(d|p|q|dp|dq|qi)":/);
  const { kid } = JSON.parse(readFileSync(keyFile, 'utf8')) as { kid: string };
  expect(stored).toContain(kid);
  const verifier = createAccessTokenVerifier({ mode: 'local', doc: table.doc, tableName: table.tableName });
  await expect(verifier.verify(token)).resolves.toBe('cust-key');
  // The same key signs every later token.
  await issueDevToken(table.doc, table.tableName, 'cust-key-2', { keyFile });
  expect((JSON.parse(readFileSync(keyFile, 'utf8')) as { kid: string }).kid).toBe(kid);
});

it('takes a private key an older version stored out of the table, keeping its public key', async () => {
  const old = await createTestTable('dev-key-old');
  try {
    const legacy = await generateSigningKeySet();
    await old.doc.send(
      new PutCommand({
        TableName: old.tableName,
        Item: { ...localSigningKeysKey(), type: ENTITY.signingKeys, version: 1, ...legacy },
      }),
    );
    await issueDevToken(old.doc, old.tableName, 'cust-old', { keyFile });
    const { Items } = await old.doc.send(new ScanCommand({ TableName: old.tableName }));
    const stored = JSON.stringify(Items);
    expect(stored).not.toContain('privateJwk');
    expect(stored).toContain(legacy.kid);
  } finally {
    await old.drop();
  }
});
