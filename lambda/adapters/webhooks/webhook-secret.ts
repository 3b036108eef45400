/**
 * The webhook signing secret: given directly (local stack), or read from AWS Secrets Manager once
 * per container and kept; a failed read is not kept, so the next invocation tries again.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** Where the secret comes from. */
export interface SecretSourceOptions {
  /** The secret itself; wins over `secretArn`. */
  readonly secret?: string;
  readonly secretArn?: string;
  readonly region: string;
  /** A ready client (tests point one at their own endpoint). */
  readonly client?: SecretsManagerClient;
}

/** Returns the secret, reading it at most once per container while reads succeed. */
export function createSecretSource(options: SecretSourceOptions): () => Promise<string> {
  const { secret, secretArn } = options;
  if (secret) return () => Promise.resolve(secret);
  if (!secretArn) {
    throw new Error('the merchant webhook needs MERCHANT_WEBHOOK_SECRET_ARN or MERCHANT_WEBHOOK_SECRET');
  }
  let cached: Promise<string> | undefined;
  const read = async (): Promise<string> => {
    const client =
      options.client ??
      new SecretsManagerClient({
        region: options.region,
        maxAttempts: 3,
        requestHandler: new NodeHttpHandler({ connectionTimeout: 1000, requestTimeout: 2000 }),
      });
    const answer = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!answer.SecretString) throw new Error('the webhook secret has no string value');
    return answer.SecretString;
  };
  return () => {
    cached ??= read().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
