/**
 * The Google action wired to the services, in one place for the Lambda handler and the dev server
 * alike: the conversation over the services, the signature check of GOOGLE_PROJECT_ID (in AWS the
 * action refuses every call without it; the local stack may run without one and then checks no
 * signature), and the services' logger.
 */
import { buildGoogleAction, type GoogleAction } from '../adapters/google/google-action';
import { createSignatureVerifier } from '../adapters/google/signature-verifier';
import { buildConversationFromServices, type Services } from '../composition-root';
import type { Config } from '../config';

/** The action over the services, as configured. */
export function wireGoogleAction(config: Config, services: Services): GoogleAction {
  if (!config.googleProjectId && !config.local) {
    const misconfigured = new Error(
      'GOOGLE_PROJECT_ID is not set: in AWS the Google function answers only its own project.',
    );
    return { handle: () => Promise.reject(misconfigured) };
  }
  return buildGoogleAction(
    buildConversationFromServices(services, {
      turnDeadlineMs: config.turnDeadlineMs,
      cartIdleMinutes: config.cartIdleMinutes,
    }),
    {
      log: services.logger,
      ...(config.googleProjectId
        ? { verifier: createSignatureVerifier({ projectId: config.googleProjectId }) }
        : {}),
    },
  );
}
