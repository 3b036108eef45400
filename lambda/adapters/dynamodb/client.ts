/**
 * Builds the DynamoDB clients: AWS SDK v3 with an enforced request timeout and keep-alive, and
 * dummy credentials when pointed at a local endpoint (DynamoDB Local accepts any).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/** Where the table is and how long to wait for it. */
export interface DynamoClientOptions {
  readonly region: string;
  /** Set for DynamoDB Local; unset in AWS. */
  readonly endpoint?: string;
  /** Per-request socket timeout; voice turns must answer well inside 8 s. */
  readonly requestTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/** The low-level client and the document client over it. */
export interface DynamoClients {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
}

/** Creates the clients once per container. */
export function createDynamoClients(options: DynamoClientOptions): DynamoClients {
  const timeout = options.requestTimeoutMs ?? 2000;
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region,
    maxAttempts: options.maxAttempts ?? 3,
    ...(local
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: Math.min(timeout, 1000),
      requestTimeout: timeout,
      // Without it a request past its timeout only logs a warning and goes on waiting.
      throwOnRequestTimeout: true,
      httpAgent: new Agent({ keepAlive: true, maxSockets: 64 }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
    }),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
