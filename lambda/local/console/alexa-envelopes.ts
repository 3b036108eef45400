/**
 * Request envelopes shaped like the ones an Echo device sends through Alexa: version, session
 * (new flag, id, attributes carried from the last response), context.System (skill, user with the
 * linked account's token, device, API endpoint and token) and the request (LaunchRequest,
 * IntentRequest with every declared slot and entity resolution, SessionEndedRequest).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import type { ModelSlot } from './interaction-model';
import type { FilledSlot } from './slot-values';

/** Who and what is speaking: fixed for a console run, except the token and locale. */
export interface DeviceIdentity {
  readonly skillId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly accessToken?: string;
  readonly locale: string;
  readonly apiEndpoint: string;
  readonly apiAccessToken: string;
}

/** The session a request belongs to. */
export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** The intent a request carries. */
export interface IntentCall {
  readonly name: string;
  readonly declared: readonly ModelSlot[];
  readonly filled: readonly FilledSlot[];
  readonly dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';
}

function envelope(
  device: DeviceIdentity,
  session: SessionInfo,
  request: Record<string, unknown>,
): RequestEnvelope {
  const application = { applicationId: device.skillId };
  const user = { userId: device.userId, ...(device.accessToken ? { accessToken: device.accessToken } : {}) };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      attributes: { ...session.attributes },
      user,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: device.deviceId, supportedInterfaces: {} },
        apiEndpoint: device.apiEndpoint,
        apiAccessToken: device.apiAccessToken,
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: new Date().toISOString(),
      locale: device.locale,
      ...request,
    },
  } as unknown as RequestEnvelope;
}

function slotJson(skillId: string, slot: ModelSlot, filled: FilledSlot | undefined): Record<string, unknown> {
  if (!filled) return { name: slot.name, confirmationStatus: 'NONE' };
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${slot.type}`;
  const er = filled.resolution;
  const resolutions = er
    ? {
        resolutionsPerAuthority: [
          er.status === 'ER_SUCCESS_MATCH'
            ? { authority, status: { code: er.status }, values: [{ value: { name: er.name, id: er.id } }] }
            : { authority, status: { code: er.status } },
        ],
      }
    : undefined;
  return {
    name: slot.name,
    value: filled.value,
    confirmationStatus: 'NONE',
    source: 'USER',
    ...(resolutions ? { resolutions } : {}),
    slotValue: { type: 'Simple', value: filled.value, ...(resolutions ? { resolutions } : {}) },
  };
}

/** A new session id in Alexa's format. */
export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

/** "Alexa, open <invocation name>". */
export function launchEnvelope(device: DeviceIdentity, session: SessionInfo): RequestEnvelope {
  return envelope(device, session, { type: 'LaunchRequest', shouldLinkResultBeReturned: false });
}

/** An utterance resolved to an intent. */
export function intentEnvelope(
  device: DeviceIdentity,
  session: SessionInfo,
  call: IntentCall,
): RequestEnvelope {
  const byName = new Map(call.filled.map((slot) => [slot.name, slot]));
  const slots = Object.fromEntries(
    call.declared.map((slot) => [slot.name, slotJson(device.skillId, slot, byName.get(slot.name))]),
  );
  return envelope(device, session, {
    type: 'IntentRequest',
    ...(call.dialogState ? { dialogState: call.dialogState } : {}),
    intent: { name: call.name, confirmationStatus: 'NONE', ...(call.declared.length ? { slots } : {}) },
  });
}

/** The session closing without the skill ending it (the user quit, or said nothing). */
export function sessionEndedEnvelope(
  device: DeviceIdentity,
  session: SessionInfo,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR',
): RequestEnvelope {
  return envelope(device, session, { type: 'SessionEndedRequest', reason });
}
