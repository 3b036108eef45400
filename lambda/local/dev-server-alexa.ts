/**
 * `POST /alexa`: Alexa's HTTPS protocol. A request carrying Alexa's signature headers must pass
 * the full check (certificate URL, chain, signature over the raw body, timestamp within 150 s);
 * one without them is served only with this start's dev secret (curl, local tools), so neither a
 * tunnel nor any relay lets an unsigned request in. Refusals are 400 with a reason, as Alexa
 * expects; the reply is the skill's response envelope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SkillIdMismatchError } from '../adapters/alexa/alexa-skill';
import {
  hasSignatureHeaders,
  type AlexaRequestVerifier,
} from '../adapters/alexa-http/alexa-request-verifier';
import type { Logger } from '../domain/ports';
import { sendJson } from './dev-server-http';

/** What answers a verified envelope. */
export interface AlexaEndpoint {
  invoke(event: unknown, context?: unknown): Promise<unknown>;
}

/** The request type and intent name of an envelope, for the request log (never slot values). */
export function describeAlexaRequest(envelope: unknown): string {
  const request = (envelope as { request?: { type?: unknown; intent?: { name?: unknown } } } | null)?.request;
  const type = typeof request?.type === 'string' ? request.type.slice(0, 60) : 'unknown request';
  const intent = typeof request?.intent?.name === 'string' ? ` ${request.intent.name.slice(0, 80)}` : '';
  return `${type}${intent}`;
}

/** Serves one Alexa request; returns a short description for the request log. */
export async function serveAlexa(
  request: IncomingMessage,
  response: ServerResponse,
  raw: Buffer,
  deps: {
    readonly skill: AlexaEndpoint;
    readonly verifier: AlexaRequestVerifier;
    readonly logger: Logger;
    /** True when the request carries the dev secret: it may come unsigned. */
    readonly unsignedAllowed: boolean;
  },
): Promise<string> {
  if (hasSignatureHeaders(request.headers)) {
    const verdict = await deps.verifier.verify(request.headers, raw);
    if (!verdict.ok) {
      deps.logger.warn('dev_server.alexa_rejected', { reason: verdict.reason });
      sendJson(response, 400, { error: 'SIGNATURE_INVALID', reason: verdict.reason });
      return `refused: ${verdict.reason}`;
    }
  } else if (!deps.unsignedAllowed) {
    deps.logger.warn('dev_server.alexa_rejected', { reason: 'UNSIGNED_WITHOUT_DEV_SECRET' });
    sendJson(response, 400, {
      error: 'SIGNATURE_REQUIRED',
      reason: 'Sign the request as Alexa does, or send the dev secret npm start printed in X-Dev-Secret.',
    });
    return 'refused: unsigned, without the dev secret';
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw.toString('utf8'));
  } catch {
    sendJson(response, 400, { error: 'BAD_REQUEST', reason: 'The body is not JSON.' });
    return 'refused: body is not JSON';
  }
  const described = describeAlexaRequest(envelope);
  try {
    sendJson(response, 200, await deps.skill.invoke(envelope, {}));
    return described;
  } catch (error) {
    if (error instanceof SkillIdMismatchError) {
      sendJson(response, 400, { error: 'WRONG_SKILL', reason: 'The request is for another skill id.' });
      return `${described}: refused, another skill id`;
    }
    deps.logger.error('dev_server.alexa_failed', { error: error instanceof Error ? error.name : 'unknown' });
    sendJson(response, 500, { error: 'INTERNAL', reason: 'The skill failed; see the log.' });
    return `${described}: failed`;
  }
}
