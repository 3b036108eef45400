/** The local signing key set in DynamoDB Local: created once, even when many callers race. */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { localSigningKeysKey } from '../../lambda/adapters/dynamodb/keys';
import { SigningKeysRepository } from '../../lambda/adapters/dynamodb/signing-keys-repository';
import { createTestTable, type TestTable } from '../support/dynamo';

describe('SigningKeysRepository', () => {
  let table: TestTable;

  beforeEach(async () => {
    table = await createTestTable('signing-keys');
  });
  afterEach(() => table.drop());

  const repository = () => new SigningKeysRepository(table.doc, table.tableName);

  it('has no key set until one is ensured', async () => {
    await expect(repository().get()).resolves.toBeUndefined();
  });

  it('creates an RS256 key pair whose private key signs what the public key verifies', async () => {
    const keys = await repository().ensureLocalSigningKeys();
    expect(keys.publicJwks.keys).toHaveLength(1);
    const [pub] = keys.publicJwks.keys;
    expect(pub).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: keys.kid });
    expect(pub).not.toHaveProperty('d');
    expect(keys.privateJwk.kid).toBe(keys.kid);
    const data = Buffer.from('payload');
    const signature = sign('sha256', data, createPrivateKey({ key: keys.privateJwk, format: 'jwk' }));
    expect(verify('sha256', data, createPublicKey({ key: { ...pub! }, format: 'jwk' }), signature)).toBe(
      true,
    );
  });

  it('stores the key set at the local signing keys key and returns the same set afterwards', async () => {
    const first = await repository().ensureLocalSigningKeys();
    const again = await repository().ensureLocalSigningKeys();
    expect(again).toEqual(first);
    await expect(repository().get({ consistent: true })).resolves.toEqual(first);
    const { Item } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: localSigningKeysKey() }),
    );
    expect(Item).toMatchObject({ type: 'SigningKeys', kid: first.kid });
  });

  it('agrees on one key set when many callers ensure it at once', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => repository().ensureLocalSigningKeys()));
    const kids = new Set(results.map((keys) => keys.kid));
    expect(kids.size).toBe(1);
    const stored = await repository().get({ consistent: true });
    expect(stored?.kid).toBe(results[0]!.kid);
    for (const keys of results) expect(keys.publicJwks).toEqual(stored?.publicJwks);
  });
});
