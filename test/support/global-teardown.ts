/** Jest global teardown: stops the DynamoDB Local the global setup started and removes the run's key. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunningDynamoDbLocal } from '../../lambda/local/dynamodb-local';

/** Runs after every test file. */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __DYNAMODB_LOCAL__?: RunningDynamoDbLocal }).__DYNAMODB_LOCAL__;
  await db?.stop();
  const keyFile = process.env.DEV_SIGNING_KEY_FILE;
  if (keyFile) rmSync(dirname(keyFile), { recursive: true, force: true });
}
