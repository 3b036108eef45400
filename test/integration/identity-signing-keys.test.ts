/**
 * The local signing keys in DynamoDB Local: public keys only, published once each, even when many
 * callers race; a key pair's private key signs what its published public key verifies.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { localSigningKeysKey } from '../../lambda/adapters/dynamodb/keys';
import {
  generateSigningKeySet,
  SigningKeysRepository,
} from '../../lambda/adapters/dynamodb/signing-keys-repository';
import { createTestTable, type TestTable } from '../support/dynamo';

describe('SigningKeysRepository', () => {
  let table: TestTable;

  beforeEach(async () => {
    table = await createTestTable('signing-keys');
  });
  afterEach(() => table.drop());

  const repository = () => new SigningKeysRepository(table.doc, table.tableName);

  it('has no key set until a key is published', async () => {
    await expect(repository().get()).resolves.toBeUndefined();
  });

  it('makes an RS256 key pair whose private key signs what the published public key verifies', async () => {
    const keys = await generateSigningKeySet();
    await repository().publish(keys.publicJwks.keys[0]!);
    const published = await repository().get({ consistent: true });
    const [pub] = published!.publicJwks.keys;
    expect(pub).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: keys.kid });
    expect(pub).not.toHaveProperty('d');
    const data = Buffer.from('payload');
    const signature = sign('sha256', data, createPrivateKey({ key: keys.privateJwk, format: 'jwk' }));
    expect(verify('sha256', data, createPublicKey({ key: { ...pub! }, format: 'jwk' }), signature)).toBe(
      true,
    );
  });

  it('publishes a key once, at the local signing keys key, and adds a second key beside it', async () => {
    const first = await generateSigningKeySet();
    await repository().publish(first.publicJwks.keys[0]!);
    await repository().publish(first.publicJwks.keys[0]!);
    const { Item } = await table.doc.send(
      new GetCommand({ TableName: table.tableName, Key: localSigningKeysKey() }),
    );
    expect(Item).toMatchObject({ type: 'SigningKeys', version: 1 });
    const second = await generateSigningKeySet();
    await repository().publish(second.publicJwks.keys[0]!);
    const kids = (await repository().get({ consistent: true }))!.publicJwks.keys.map((k) => k.kid);
    expect(kids).toEqual([first.kid, second.kid]);
  });

  it('publishes every key when many callers publish at once', async () => {
    const pairs = await Promise.all(Array.from({ length: 4 }, () => generateSigningKeySet()));
    await Promise.all(pairs.map((pair) => repository().publish(pair.publicJwks.keys[0]!)));
    const kids = (await repository().get({ consistent: true }))!.publicJwks.keys.map((k) => k.kid);
    expect(kids.sort()).toEqual(pairs.map((p) => p.kid).sort());
  });
});
