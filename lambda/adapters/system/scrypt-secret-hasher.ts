/**
 * Voice codes hashed with salted scrypt (node:crypto), stored as `scrypt$N$r$p$salt$hash` with the
 * salt and hash in base64url, so the cost can be raised later without breaking stored hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { SecretHasher } from '../../domain/ports';

/** The scrypt cost parameters. */
export interface ScryptParameters {
  /** CPU and memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelism. */
  readonly p: number;
}

/** The cost used for new hashes: about 16 MiB and tens of milliseconds per hash. */
export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 16384, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds on what a stored hash may ask for, so a corrupt or hostile value cannot exhaust memory or CPU.
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;
const MAX_MEMORY = 1024 * 1024 * 1024;

function derive(secret: string, salt: Buffer, length: number, params: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function isPowerOfTwo(n: number): boolean {
  return n > 1 && (n & (n - 1)) === 0;
}

function positiveInteger(text: string | undefined): number | undefined {
  return text !== undefined && /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : undefined;
}

function base64url(text: string | undefined): Buffer | undefined {
  return text !== undefined && /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url') : undefined;
}

interface ParsedHash {
  readonly params: ScryptParameters;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

/** Reads a stored hash; undefined when it is not one this hasher wrote or its cost is out of bounds. */
function parse(stored: string): ParsedHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = [positiveInteger(parts[1]), positiveInteger(parts[2]), positiveInteger(parts[3])];
  const salt = base64url(parts[4]);
  const hash = base64url(parts[5]);
  if (N === undefined || r === undefined || p === undefined || !salt || !hash) return undefined;
  if (!isPowerOfTwo(N) || N > MAX_N || r > MAX_R || p > MAX_P || 256 * N * r > MAX_MEMORY) return undefined;
  if (salt.length < SALT_BYTES || hash.length < 16 || hash.length > 64) return undefined;
  return { params: { N, r, p }, salt, hash };
}

/** Salted scrypt hashing with constant-time comparison. */
export class ScryptSecretHasher implements SecretHasher {
  constructor(private readonly params: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS) {
    if (!isPowerOfTwo(params.N) || params.N > MAX_N || params.r > MAX_R || params.p > MAX_P) {
      throw new RangeError('scrypt parameters out of bounds');
    }
  }

  /** A new hash of the secret, with a fresh random 16-byte salt. */
  async hash(secret: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(secret, salt, KEY_BYTES, this.params);
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /** True when the secret matches the stored hash; false for a wrong secret or a malformed hash. */
  async verify(secret: string, stored: string): Promise<boolean> {
    if (typeof secret !== 'string' || typeof stored !== 'string') return false;
    const parsed = parse(stored);
    if (!parsed) return false;
    const key = await derive(secret, parsed.salt, parsed.hash.length, parsed.params);
    return timingSafeEqual(key, parsed.hash);
  }
}
