/**
 * Jest global setup: starts one DynamoDB Local (in memory) for the whole run and publishes its
 * endpoint through DYNAMODB_ENDPOINT, which the test workers inherit. Each test file then creates its
 * own uniquely named table (see dynamo.ts), so files never see each other's data. It also turns off
 * the AWS SDK's notice that its releases after early January 2027 need Node 22: the locked versions
 * run on Node 20, and the notice, printed once per worker and child process, buried real failures.
 */
import { startDynamoDbLocal } from '../../lambda/local/dynamodb-local';

/** Started before any test file. */
export default async function globalSetup(): Promise<void> {
  const db = await startDynamoDbLocal();
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  (globalThis as { __DYNAMODB_LOCAL__?: typeof db }).__DYNAMODB_LOCAL__ = db;
}
