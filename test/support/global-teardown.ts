/** Jest global teardown: stops the DynamoDB Local the global setup started, removes the snapshot folder. */
import { rmSync } from 'node:fs';
import type { RunningDynamoDbLocal } from '../../lambda/local/dynamodb-local';

/** Runs after every test file. */
export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __DYNAMODB_LOCAL__?: RunningDynamoDbLocal }).__DYNAMODB_LOCAL__;
  await db?.stop();
  const snapshots = process.env.SEARCH_SNAPSHOT_DIR;
  if (snapshots) rmSync(snapshots, { recursive: true, force: true });
}
