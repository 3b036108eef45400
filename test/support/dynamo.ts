/**
 * Test helper: a fresh table on the DynamoDB Local started by the global setup, created from the
 * same definition the CDK stack uses.
 */
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { createDynamoClients, type DynamoClients } from '../../lambda/adapters/dynamodb/client';
import { ensureTable } from '../../lambda/adapters/dynamodb/create-table';

/** A table for one test file, and the clients that reach it. */
export interface TestTable extends DynamoClients {
  readonly tableName: string;
  readonly endpoint: string;
  drop(): Promise<void>;
}

/** The endpoint of the test run's DynamoDB Local. */
export function testEndpoint(): string {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: run the tests through jest (global setup).');
  return endpoint;
}

/** Creates a uniquely named table; call drop() in afterAll. */
export async function createTestTable(prefix = 'test'): Promise<TestTable> {
  const endpoint = testEndpoint();
  const clients = createDynamoClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 10000 });
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(clients.client, tableName);
  return {
    ...clients,
    tableName,
    endpoint,
    drop: async () => {
      await clients.client.send(new DeleteTableCommand({ TableName: tableName }));
      clients.client.destroy();
    },
  };
}
