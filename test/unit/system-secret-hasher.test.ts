/** Voice codes hashed with salted scrypt: the right code passes, anything else does not. */
import {
  DEFAULT_SCRYPT_PARAMETERS,
  ScryptSecretHasher,
} from '../../lambda/adapters/system/scrypt-secret-hasher';

describe('ScryptSecretHasher', () => {
  const hasher = new ScryptSecretHasher();

  it('encodes the hash as scrypt$N$r$p$salt$hash with a 16-byte salt', async () => {
    const hash = await hasher.hash('4821');
    const [scheme, N, r, p, salt, key] = hash.split('$');
    expect([scheme, Number(N), Number(r), Number(p)]).toEqual([
      'scrypt',
      DEFAULT_SCRYPT_PARAMETERS.N,
      DEFAULT_SCRYPT_PARAMETERS.r,
      DEFAULT_SCRYPT_PARAMETERS.p,
    ]);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(hash).not.toContain('4821');
  });

  it('verifies the right code and rejects a wrong one', async () => {
    const hash = await hasher.hash('4821');
    await expect(hasher.verify('4821', hash)).resolves.toBe(true);
    await expect(hasher.verify('4812', hash)).resolves.toBe(false);
    await expect(hasher.verify('', hash)).resolves.toBe(false);
    await expect(hasher.verify('48210', hash)).resolves.toBe(false);
  });

  it('salts every hash, so the same code never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hasher.hash('1234'), hasher.hash('1234')]);
    expect(a).not.toBe(b);
    await expect(hasher.verify('1234', a)).resolves.toBe(true);
    await expect(hasher.verify('1234', b)).resolves.toBe(true);
  });

  it('verifies hashes made with other cost parameters', async () => {
    const cheaper = new ScryptSecretHasher({ N: 1024, r: 8, p: 1 });
    const hash = await cheaper.hash('9999');
    expect(hash.startsWith('scrypt$1024$8$1$')).toBe(true);
    await expect(hasher.verify('9999', hash)).resolves.toBe(true);
    await expect(hasher.verify('9998', hash)).resolves.toBe(false);
  });

  it('answers false for malformed or hostile hashes instead of throwing', async () => {
    const good = await hasher.hash('4821');
    const [, N, r, p, salt, key] = good.split('$');
    const malformed = [
      '',
      'not a hash',
      '4821',
      `bcrypt$${N}$${r}$${p}$${salt}$${key}`,
      `scrypt$${N}$${r}$${p}$${salt}`,
      `scrypt$${N}$${r}$${p}$${salt}$${key}$extra`,
      `scrypt$1000$${r}$${p}$${salt}$${key}`,
      `scrypt$${2 ** 30}$${r}$${p}$${salt}$${key}`,
      `scrypt$${N}$999$${p}$${salt}$${key}`,
      `scrypt$${N}$${r}$0$${salt}$${key}`,
      `scrypt$${N}$${r}$${p}$$${key}`,
      `scrypt$${N}$${r}$${p}$${salt}$`,
      `scrypt$${N}$${r}$${p}$${salt}$not*base64`,
      `scrypt$${N}$${r}$${p}$c2hvcnQ$${key}`,
      `scrypt$-16384$${r}$${p}$${salt}$${key}`,
    ];
    for (const hash of malformed) await expect(hasher.verify('4821', hash)).resolves.toBe(false);
  });

  it('refuses cost parameters out of bounds', () => {
    expect(() => new ScryptSecretHasher({ N: 1000, r: 8, p: 1 })).toThrow(RangeError);
  });
});
