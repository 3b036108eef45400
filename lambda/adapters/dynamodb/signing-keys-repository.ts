/**
 * The local stack's token-signing keys: the public JWKS the verifier trusts, kept with the local data
 * (one item at `localSigningKeysKey()`), and the making of a key pair. The private key is never
 * stored here: anyone who can read the table could mint tokens with it. Only the local stack uses
 * this; in AWS the Cognito user pool holds the keys.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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

/** A key pair: which key signs, its public JWKS and its private key as a JWK (kept out of the table). */
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

/** The public keys the local verifier trusts, as kept with the local data. */
export interface PublishedSigningKeys {
  readonly publicJwks: { readonly keys: readonly PublicSigningJwk[] };
  readonly createdAt: string;
}

function isPublicKey(value: unknown): value is PublicSigningJwk {
  const key = value as Partial<PublicSigningJwk> | undefined;
  return typeof key?.kid === 'string' && typeof key.n === 'string' && typeof key.e === 'string';
}

function publishedOf(item: Record<string, unknown> | undefined): PublishedSigningKeys | undefined {
  const keys = (item?.publicJwks as { keys?: unknown } | undefined)?.keys;
  if (!Array.isArray(keys) || typeof item?.createdAt !== 'string') return undefined;
  const valid = keys.filter(isPublicKey);
  // Only the public parameters of each key are handed on.
  const publicKeys = valid.map(({ kty, n, e, kid, alg, use }) => ({ kty, n, e, kid, alg, use }));
  return publicKeys.length > 0 ? { publicJwks: { keys: publicKeys }, createdAt: item.createdAt } : undefined;
}

/** Attempts of publishing a key while other callers change the item. */
const PUBLISH_ATTEMPTS = 8;

/**
 * Reads and publishes the local key set item: public keys only. The private key is kept by the
 * local tools outside the table (local/dev-signing-key.ts).
 */
export class SigningKeysRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The published public keys, or undefined when none was published yet (or the item is unreadable). */
  async get(options: { consistent?: boolean } = {}): Promise<PublishedSigningKeys | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: localSigningKeysKey(),
        ConsistentRead: options.consistent ?? false,
      }),
    );
    return publishedOf(Item);
  }

  /**
   * Adds a public key to the published set (creating it), safe under concurrency. A private key an
   * older version stored in the item is removed on the way.
   */
  async publish(key: PublicSigningJwk, now: Date = new Date()): Promise<void> {
    for (let attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt++) {
      const { Item } = await this.doc.send(
        new GetCommand({ TableName: this.tableName, Key: localSigningKeysKey(), ConsistentRead: true }),
      );
      const published = publishedOf(Item)?.publicJwks.keys ?? [];
      if (Item && published.some((k) => k.kid === key.kid) && Item.privateJwk === undefined) return;
      const keys = [...published.filter((k) => k.kid !== key.kid), key];
      try {
        await (Item ? this.doc.send(this.replace(Item, keys)) : this.doc.send(this.create(keys, now)));
        return;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
    throw new Error('the local signing key item kept changing while publishing a key');
  }

  private create(keys: readonly PublicSigningJwk[], now: Date): PutCommand {
    return new PutCommand({
      TableName: this.tableName,
      Item: {
        ...localSigningKeysKey(),
        type: ENTITY.signingKeys,
        version: 1,
        publicJwks: { keys },
        createdAt: now.toISOString(),
      },
      // Created once; a caller that loses the race looks again and adds its key.
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  }

  private replace(item: Record<string, unknown>, keys: readonly PublicSigningJwk[]): UpdateCommand {
    return new UpdateCommand({
      TableName: this.tableName,
      Key: localSigningKeysKey(),
      UpdateExpression: 'SET publicJwks = :jwks, version = :next REMOVE privateJwk, kid',
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: {
        ':jwks': { keys },
        ':next': Number(item.version ?? 0) + 1,
        ':expected': item.version,
      },
    });
  }
}
