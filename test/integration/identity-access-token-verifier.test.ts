/**
 * The access-token verifier in local mode against DynamoDB Local (public keys in the table), and in
 * Cognito mode with the pool's key set handed in, so no test reaches AWS.
 */
import { importJWK, SignJWT, type JWTPayload } from 'jose';
import { createDynamoClients } from '../../lambda/adapters/dynamodb/client';
import {
  generateSigningKeySet,
  SigningKeysRepository,
  type SigningKeySet,
} from '../../lambda/adapters/dynamodb/signing-keys-repository';
import {
  createAccessTokenVerifier,
  VerificationUnavailableError,
} from '../../lambda/adapters/identity/access-token-verifier';
import {
  LOCAL_TOKEN_AUDIENCE,
  LOCAL_TOKEN_ISSUER,
  LOCAL_TOKEN_SCOPE,
} from '../../lambda/adapters/identity/local-token';
import { createTestTable, type TestTable } from '../support/dynamo';

const now = (): number => Math.floor(Date.now() / 1000);

/** A local-stack access token as dev:token makes it, with any claim or header overridden. */
async function sign(
  keys: SigningKeySet,
  overrides: JWTPayload = {},
  header: { kid?: string; alg?: string } = {},
): Promise<string> {
  const claims: JWTPayload = {
    sub: 'cust-1',
    iss: LOCAL_TOKEN_ISSUER,
    aud: LOCAL_TOKEN_AUDIENCE,
    client_id: LOCAL_TOKEN_AUDIENCE,
    token_use: 'access',
    scope: LOCAL_TOKEN_SCOPE,
    iat: now(),
    exp: now() + 3600,
    ...overrides,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const key = await importJWK(keys.privateJwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: keys.kid, ...header }).sign(key);
}

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('local mode', () => {
  let table: TestTable;
  let keys: SigningKeySet;

  beforeAll(async () => {
    table = await createTestTable('identity');
    keys = await generateSigningKeySet();
    await new SigningKeysRepository(table.doc, table.tableName).publish(keys.publicJwks.keys[0]!);
  });
  afterAll(() => table.drop());

  const verifier = () =>
    createAccessTokenVerifier({ mode: 'local', doc: table.doc, tableName: table.tableName });

  it('returns the customer id of a valid token', async () => {
    const v = verifier();
    await expect(v.verify(await sign(keys))).resolves.toBe('cust-1');
    await expect(v.verify(await sign(keys, { sub: 'shopper@example.com' }))).resolves.toBe(
      'shopper@example.com',
    );
  });

  it.each<[string, JWTPayload]>([
    ['an expired token', { iat: now() - 7200, exp: now() - 60 }],
    ['a token not valid yet', { nbf: now() + 3600 }],
    ['a wrong audience', { aud: 'someone-else' }],
    ['a wrong issuer', { iss: 'https://evil.example' }],
    ['an id token', { token_use: 'id' }],
    ['a token without token_use', { token_use: undefined }],
    ['a token that never expires', { exp: undefined }],
    ['a token without subject', { sub: undefined }],
    ['a subject that could change a table key', { sub: 'cust#1' }],
  ])('refuses %s', async (_, overrides) => {
    await expect(verifier().verify(await sign(keys, overrides))).resolves.toBeUndefined();
  });

  it('refuses a token signed by another key, under our key id or another', async () => {
    const other = await generateSigningKeySet();
    const v = verifier();
    await expect(v.verify(await sign(other, {}, { kid: keys.kid }))).resolves.toBeUndefined();
    await expect(v.verify(await sign(other))).resolves.toBeUndefined();
    await expect(v.verify(await sign(keys))).resolves.toBe('cust-1');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await sign(keys)).split('.');
    const forged = [
      header,
      b64({
        sub: 'cust-2',
        iss: LOCAL_TOKEN_ISSUER,
        aud: LOCAL_TOKEN_AUDIENCE,
        token_use: 'access',
        exp: now() + 3600,
      }),
      signature,
    ].join('.');
    await expect(verifier().verify(forged)).resolves.toBeUndefined();
  });

  it('refuses an unsigned token', async () => {
    const unsigned = `${b64({ alg: 'none', kid: keys.kid })}.${b64({ sub: 'cust-1', iss: LOCAL_TOKEN_ISSUER, aud: LOCAL_TOKEN_AUDIENCE, token_use: 'access', exp: now() + 3600 })}.`;
    await expect(verifier().verify(unsigned)).resolves.toBeUndefined();
  });

  it.each(['', 'garbage', 'a.b.c', 'Bearer x.y.z', `${'a'.repeat(9000)}.b.c`, '...'])(
    'answers undefined for garbage %#',
    async (token) => {
      await expect(verifier().verify(token)).resolves.toBeUndefined();
    },
  );

  it('reads the key set from the table once for many tokens', async () => {
    const clients = createDynamoClients({ region: 'us-east-1', endpoint: table.endpoint });
    let reads = 0;
    clients.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetItemCommand') reads += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countReads' },
    );
    const v = createAccessTokenVerifier({ mode: 'local', doc: clients.doc, tableName: table.tableName });
    const tokens = await Promise.all(['a', 'b', 'c'].map((sub) => sign(keys, { sub })));
    expect(await Promise.all(tokens.map((t) => v.verify(t)))).toEqual(['a', 'b', 'c']);
    await expect(v.verify(await sign(keys, { sub: 'd' }))).resolves.toBe('d');
    expect(reads).toBe(1);
    clients.client.destroy();
  });

  it('accepts tokens of a key set created after its first use', async () => {
    const fresh = await createTestTable('identity-late');
    try {
      const v = createAccessTokenVerifier({ mode: 'local', doc: fresh.doc, tableName: fresh.tableName });
      const early = await sign(await generateSigningKeySet());
      await expect(v.verify(early)).resolves.toBeUndefined();
      const late = await generateSigningKeySet();
      await new SigningKeysRepository(fresh.doc, fresh.tableName).publish(late.publicJwks.keys[0]!);
      await expect(v.verify(await sign(late, { sub: 'cust-9' }))).resolves.toBe('cust-9');
    } finally {
      await fresh.drop();
    }
  });

  it('rejects with VerificationUnavailableError when the key set cannot be read', async () => {
    const v = createAccessTokenVerifier({ mode: 'local', doc: table.doc, tableName: 'no-such-table' });
    await expect(v.verify(await sign(keys))).rejects.toBeInstanceOf(VerificationUnavailableError);
  });
});

describe('cognito mode', () => {
  const userPoolId = 'us-east-1_TestPool1';
  const clientId = 'skill-client-id';
  const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
  let pool: SigningKeySet;

  beforeAll(async () => {
    pool = await generateSigningKeySet();
  });

  const cognitoToken = (overrides: JWTPayload = {}): Promise<string> =>
    sign(pool, { iss: issuer, aud: undefined, client_id: clientId, scope: 'openid', ...overrides });

  it('builds without reaching the network and refuses garbage', async () => {
    const v = createAccessTokenVerifier({ mode: 'cognito', userPoolId, clientId });
    await expect(v.verify('garbage')).resolves.toBeUndefined();
    await expect(v.verify('')).resolves.toBeUndefined();
  });

  it('refuses a user pool id that is not one', () => {
    expect(() =>
      createAccessTokenVerifier({ mode: 'cognito', userPoolId: 'not a pool', clientId }),
    ).toThrow();
  });

  it('checks pool tokens against the pool key set it was given', async () => {
    const v = createAccessTokenVerifier({
      mode: 'cognito',
      userPoolId,
      clientId,
      jwks: { keys: [...pool.publicJwks.keys] },
    });
    await expect(v.verify(await cognitoToken({ sub: 'b1f2c3d4-0000-4000-8000-000000000001' }))).resolves.toBe(
      'b1f2c3d4-0000-4000-8000-000000000001',
    );
    await expect(v.verify(await cognitoToken({ client_id: 'another-app' }))).resolves.toBeUndefined();
    await expect(v.verify(await cognitoToken({ token_use: 'id' }))).resolves.toBeUndefined();
    await expect(v.verify(await cognitoToken({ exp: now() - 10 }))).resolves.toBeUndefined();
    await expect(v.verify(await cognitoToken({ iss: LOCAL_TOKEN_ISSUER }))).resolves.toBeUndefined();
    await expect(v.verify(await sign(pool))).resolves.toBeUndefined();
  });
});
