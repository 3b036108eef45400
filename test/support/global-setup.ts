/**
 * Jest global setup: starts one DynamoDB Local (in memory) for the whole run and publishes its
 * endpoint through DYNAMODB_ENDPOINT, which the test workers inherit. Each test file then creates its
 * own uniquely named table (see dynamo.ts), so files never see each other's data.
 */
import { startDynamoDbLocal } from '../../lambda/local/dynamodb-local';

/** Started before any test file. */
export default async function globalSetup(): Promise<void> {
  const db = await startDynamoDbLocal();
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  process.env.AWS_REGION ??= 'us-east-1';
  (globalThis as { __DYNAMODB_LOCAL__?: typeof db }).__DYNAMODB_LOCAL__ = db;
}
