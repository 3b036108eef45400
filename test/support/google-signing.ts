/**
 * Test helper: Google-Assistant-Signature tokens made offline. An RSA key pair stands for Google's
 * signing key; its public half is served by a key source the verifier is given instead of Google's
 * JWKS endpoint. Tokens are signed with node:crypto (RS256), so any claim can be set or left out.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { KeySource } from '../../lambda/adapters/google/signature-verifier';

/** A signing key and its JWK. */
export interface TestSigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;
}

/** A fresh RS256 key with a key id. */
export function signingKey(kid: string): TestSigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, jwk };
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A signed JWT with the given claims (header kid from the key unless `kid` says otherwise). */
export function signToken(key: TestSigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const head = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
  const signature = createSign('RSA-SHA256').update(head).sign(key.privateKey).toString('base64url');
  return `${head}.${signature}`;
}

/** Claims like Google's for a project, valid for an hour from now. */
export function googleClaims(
  projectId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'https://accounts.google.com',
    aud: projectId,
    iat: now - 5,
    exp: now + 3600,
    nbf: now - 5,
    ...overrides,
  };
}

/** A key source serving a JWKS, counting the fetches and the URIs asked for; `down` makes it fail. */
export class TestKeySource implements KeySource {
  fetched: string[] = [];
  down = false;
  constructor(private readonly keys: readonly TestSigningKey[]) {}
  fetch(uri: string): Promise<ArrayBuffer> {
    this.fetched.push(uri);
    if (this.down) return Promise.reject(new Error('connect ECONNREFUSED'));
    const bytes = new TextEncoder().encode(JSON.stringify({ keys: this.keys.map((k) => k.jwk) }));
    return Promise.resolve(bytes.buffer);
  }
}
