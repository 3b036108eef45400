/**
 * The Google function's entry: wiring only, built once per container at cold start. In AWS it
 * refuses every call without GOOGLE_PROJECT_ID (every call's signature is checked against it); the
 * local stack may run without one, and then checks no signature.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildGoogleAction } from '../adapters/google/google-action';
import { handleHttpEvent } from '../adapters/google/http-event';
import { createSignatureVerifier } from '../adapters/google/signature-verifier';
import { buildConversationFromServices, buildServices } from '../composition-root';
import { readConfig } from '../config';

const config = readConfig(process.env);
const misconfigured =
  !config.googleProjectId && !config.local
    ? new Error('GOOGLE_PROJECT_ID is not set: in AWS the Google function answers only its own project.')
    : undefined;
const services = buildServices(config);
const action = buildGoogleAction(buildConversationFromServices(services), {
  log: services.logger,
  ...(config.googleProjectId
    ? { verifier: createSignatureVerifier({ projectId: config.googleProjectId }) }
    : {}),
});

/** One HTTP API (payload 2.0) request in, one response out. */
export const handler = async (event: APIGatewayProxyEventV2) => {
  if (misconfigured) throw misconfigured;
  return handleHttpEvent(action, event);
};
