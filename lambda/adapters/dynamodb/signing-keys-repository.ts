/**
 * The local stack's token-signing key set, kept with the local data (one item at
 * `localSigningKeysKey()`): the public JWKS the verifier trusts and the private key `npm run dev:token`
 * signs with. Only the local stack uses it; in AWS the Cognito user pool holds the keys.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { generateKeyPair, randomUUID, type JsonWebKey } from 'node:crypto';
import { promisify } from 'node:util';
import { ENTITY, localSigningKeysKey } from './keys';

/** The algorithm of the local key set. */
export const LOCAL_SIGNING_ALGORITHM = 'RS256';

/** One public key as a JWK, in the shape a JWKS carries. */
export type PublicSigningJwk = {
  readonly kty: 'RSA';
  readonly n: string;
  readonly e: string;
  readonly kid: string;
  readonly alg: typeof LOCAL_SIGNING_ALGORITHM;
  readonly use: 'sig';
};

/** The local key set: which key signs, its public JWKS and its private key as a JWK. */
export interface SigningKeySet {
  readonly kid: string;
  readonly publicJwks: { readonly keys: readonly PublicSigningJwk[] };
  readonly privateJwk: JsonWebKey & { readonly kid: string; readonly alg: string };
  readonly createdAt: string;
}

const generateRsaKeyPair = promisify(generateKeyPair);

/** Creates a fresh RS256 key pair with a random key id (not yet stored). */
export async function generateSigningKeySet(now: Date = new Date()): Promise<SigningKeySet> {
  const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const kid = `local-${randomUUID()}`;
  const pub = publicKey.export({ format: 'jwk' });
  if (typeof pub.n !== 'string' || typeof pub.e !== 'string') throw new Error('RSA key export failed');
  return {
    kid,
    publicJwks: {
      keys: [{ kty: 'RSA', n: pub.n, e: pub.e, kid, alg: LOCAL_SIGNING_ALGORITHM, use: 'sig' }],
    },
    privateJwk: { ...privateKey.export({ format: 'jwk' }), kid, alg: LOCAL_SIGNING_ALGORITHM },
    createdAt: now.toISOString(),
  };
}

function isKeySet(item: Record<string, unknown> | undefined): boolean {
  if (!item || typeof item.kid !== 'string' || typeof item.createdAt !== 'string') return false;
  const jwks = item.publicJwks as { keys?: unknown } | undefined;
  const priv = item.privateJwk as { kid?: unknown } | undefined;
  return Array.isArray(jwks?.keys) && jwks.keys.length > 0 && typeof priv?.kid === 'string';
}

/** Reads and creates the local key set item. */
export class SigningKeysRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The stored key set, or undefined when none was created yet (or the item is unreadable). */
  async get(options: { consistent?: boolean } = {}): Promise<SigningKeySet | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: localSigningKeysKey(),
        ConsistentRead: options.consistent ?? false,
      }),
    );
    if (!isKeySet(Item)) return undefined;
    const item = Item as Record<string, unknown> & SigningKeySet;
    return {
      kid: item.kid,
      publicJwks: item.publicJwks,
      privateJwk: item.privateJwk,
      createdAt: item.createdAt,
    };
  }

  /**
   * The key set, created on first call. Idempotent and safe under concurrency: the write only
   * succeeds if no key set exists, and a caller that loses the race returns the winner's set, so
   * every caller agrees on one key.
   */
  async ensureLocalSigningKeys(): Promise<SigningKeySet> {
    const existing = await this.get({ consistent: true });
    if (existing) return existing;
    const created = await generateSigningKeySet();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...localSigningKeysKey(), type: ENTITY.signingKeys, version: 1, ...created },
          // Create once: a second key set would make tokens signed with the first one fail to verify.
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return created;
    } catch (error) {
      if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      const winner = await this.get({ consistent: true });
      if (!winner) throw new Error('the local signing key item exists but is not a valid key set');
      return winner;
    }
  }
}
