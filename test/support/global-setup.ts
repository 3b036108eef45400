/**
 * Jest global setup: starts one DynamoDB Local (in memory) for the whole run and publishes its
 * endpoint through DYNAMODB_ENDPOINT, which the test workers inherit, with the files of the run's
 * dev-token signing key (DEV_SIGNING_KEY_FILE) and of every log line written (LOG_SCAN_FILE). Each
 * test file then creates its own uniquely named table (see dynamo.ts), so files never see each
 * other's data. Search index snapshots that local tools write go to a temporary folder
 * (SEARCH_SNAPSHOT_DIR), not .local/. It also turns off the AWS SDK's Node-version notice for the
 * workers and their child processes (sdk-node-notice.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../../lambda/local/dynamodb-local';
import { SDK_NODE_NOTICE_OFF } from './sdk-node-notice';

/** Started before any test file. */
export default async function globalSetup(): Promise<void> {
  const db = await startDynamoDbLocal();
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  process.env.AWS_REGION ??= 'us-east-1';
  // Dev tokens of the run are signed with a key of the run's own, not the checkout's .local key.
  const runDir = mkdtempSync(join(tmpdir(), 'test-run-'));
  process.env.DEV_SIGNING_KEY_FILE = join(runDir, 'dev-signing-key.json');
  // Every log line of the run lands here (log-capture.ts); the teardown scans it.
  process.env.LOG_SCAN_FILE = join(runDir, 'log-lines.txt');
  process.env.SEARCH_SNAPSHOT_DIR = mkdtempSync(join(tmpdir(), 'voice-search-snapshots-'));
  Object.assign(process.env, SDK_NODE_NOTICE_OFF);
  (globalThis as { __DYNAMODB_LOCAL__?: typeof db }).__DYNAMODB_LOCAL__ = db;
}
