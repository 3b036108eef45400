/**
 * Test helper: the real Google action (the real @assistant/conversation app) over the real
 * conversation and services, on a fresh DynamoDB Local table loaded with the demo store, with a
 * clock the test controls, a recording log, and linked-account tokens signed by the dev-token signer.
 */
import { buildGoogleAction, type GoogleAction } from '../../lambda/adapters/google/google-action';
import type { SignatureVerifier } from '../../lambda/adapters/google/signature-verifier';
import { buildConversation } from '../../lambda/conversation/core';
import { issueDevToken } from '../../lambda/local/dev-token-signer';
import { loadDemoStore } from '../../lambda/local/load-demo-store';
import { recordingLog, type RecordingLog } from './alexa-log';
import { createTestServices, type TestServices } from './test-services';

/** The action and what stands behind it. */
export interface GoogleStack {
  readonly action: GoogleAction;
  readonly backend: TestServices;
  /** What the adapter logged. */
  readonly log: RecordingLog;
  /** A linked-account access token for `customerId`, as `npm run dev:token` makes it. */
  devToken(customerId: string): Promise<string>;
  drop(): Promise<void>;
}

/** Builds the stack; call drop() in afterAll. Monday 10:00 in New York. */
export async function createGoogleStack(
  options: { verifier?: SignatureVerifier } = {},
): Promise<GoogleStack> {
  const backend = await createTestServices({}, '2026-11-23T15:00:00.000Z');
  const { table } = backend;
  await loadDemoStore({ doc: table.doc, tableName: table.tableName });
  const log = recordingLog();
  const action = buildGoogleAction(buildConversation({ ...backend.services, progressDelayMs: 10_000 }), {
    log,
    ...(options.verifier ? { verifier: options.verifier } : {}),
  });
  return {
    action,
    backend,
    log,
    devToken: (customerId) => issueDevToken(table.doc, table.tableName, customerId),
    drop: () => table.drop(),
  };
}
