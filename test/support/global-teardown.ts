/**
 * Jest global teardown: stops the DynamoDB Local the global setup started, and scans every log line
 * the run wrote (log-capture.ts) for tokens, voice codes, addresses and names: the run fails,
 * naming the lines, if any holds one, or if no lines were captured at all (the capture is broken).
 * A run of a few test files only checks what they wrote. It removes the run's folders (the signing
 * key and log lines, the search index snapshots) whatever the scan finds.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunningDynamoDbLocal } from '../../lambda/local/dynamodb-local';
import { leaks } from './log-scan';

/** Fewer lines than this from a whole run means the capture is broken. */
const FEWEST_LINES_OF_A_FULL_RUN = 500;

function scanLogLines(file: string, fullRun: boolean): void {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  if (fullRun && lines.length < FEWEST_LINES_OF_A_FULL_RUN) {
    throw new Error(
      `The log scan found only ${lines.length} log lines in a full run: is log-capture.ts set up?`,
    );
  }
  const found = leaks(lines);
  if (found.length > 0) {
    throw new Error(`Log lines hold personal data or secrets:\n${found.join('\n')}`);
  }
}

/** Runs after every test file. */
export default async function globalTeardown(config: { testPathPattern?: string }): Promise<void> {
  const db = (globalThis as { __DYNAMODB_LOCAL__?: RunningDynamoDbLocal }).__DYNAMODB_LOCAL__;
  await db?.stop();
  const file = process.env.LOG_SCAN_FILE;
  try {
    if (file) scanLogLines(file, !config.testPathPattern);
  } finally {
    const keyFile = process.env.DEV_SIGNING_KEY_FILE;
    if (keyFile) rmSync(dirname(keyFile), { recursive: true, force: true });
    const snapshots = process.env.SEARCH_SNAPSHOT_DIR;
    if (snapshots) rmSync(snapshots, { recursive: true, force: true });
  }
}
