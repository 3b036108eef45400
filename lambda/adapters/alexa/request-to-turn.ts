/**
 * Alexa request envelope -> Turn. Reads the envelope defensively (it is untrusted JSON): a field of
 * the wrong shape is treated as absent, and an envelope without a request type or a user id gives
 * no Turn at all rather than an exception.
 */
import type { SlotValue, Turn, TurnAbilities } from '../../conversation/turn';
import { isRecord, objectAt, stringAt } from '../../conversation/state-readers';
import { grantedPermissions, permissionAnswerOf } from './permissions';

/** The session attribute under which the conversation's dialog state travels. */
export const STATE_ATTRIBUTE = 'state';

/** Anything that may be a JSON object. */
type Json = Readonly<Record<string, unknown>>;

/** Platform limits on what one slot or id may carry: anything longer is not speech. */
const MAX_SLOT_CHARS = 500;
const MAX_ID_CHARS = 1000;
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;

/** The request type, or undefined when the envelope has none. */
export function requestTypeOf(envelope: unknown): string | undefined {
  return stringAt(objectAt(envelope, 'request'), 'type');
}

/** The locale the request says it was spoken in, or undefined. */
export function localeOf(envelope: unknown): string | undefined {
  return stringAt(objectAt(envelope, 'request'), 'locale');
}

/** The skill id the envelope says it was sent to (context.System.application, as ask-sdk reads it). */
export function applicationIdOf(envelope: unknown): string | undefined {
  return stringAt(
    objectAt(objectAt(objectAt(envelope, 'context'), 'System'), 'application'),
    'applicationId',
  );
}

/** The canonical intent name: built-ins lose their AMAZON. prefix. */
export function canonicalIntent(name: string): string {
  return name.startsWith('AMAZON.') ? name.slice('AMAZON.'.length) : name;
}

function resolvedValue(slot: Json): { id?: string; name?: string } {
  const authorities = objectAt(slot, 'resolutions')?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return {};
  for (const authority of authorities as unknown[]) {
    if (stringAt(objectAt(authority, 'status'), 'code') !== 'ER_SUCCESS_MATCH') continue;
    const values = isRecord(authority) ? authority.values : undefined;
    const first = Array.isArray(values) ? objectAt(values[0], 'value') : undefined;
    if (first) return { id: stringAt(first, 'id'), name: stringAt(first, 'name') };
  }
  return {};
}

function slotsOf(intent: Json | undefined): Record<string, SlotValue> {
  const slots: Record<string, SlotValue> = {};
  const declared = objectAt(intent, 'slots');
  if (!declared) return slots;
  for (const [name, candidate] of Object.entries(declared)) {
    if (!isRecord(candidate)) continue;
    const raw = (stringAt(candidate, 'value') ?? stringAt(objectAt(candidate, 'slotValue'), 'value'))?.trim();
    if (!raw || raw.length > MAX_SLOT_CHARS || name === '__proto__') continue;
    const { id, name: resolvedName } = resolvedValue(candidate);
    slots[name] = {
      raw,
      ...(id ? { resolvedId: id } : {}),
      ...(resolvedName ? { resolvedName } : {}),
    };
  }
  return slots;
}

function intentOf(request: Json, type: string): { name: string; slots: Record<string, SlotValue> } {
  if (type === 'LaunchRequest') return { name: 'LaunchRequest', slots: {} };
  if (permissionAnswerOf(request)) return { name: 'PermissionResponse', slots: {} };
  const intent = objectAt(request, 'intent');
  const name = type === 'IntentRequest' ? stringAt(intent, 'name') : undefined;
  // A request this skill has no handler for still gets an answer: the conversation's fallback.
  return name
    ? { name: canonicalIntent(name), slots: slotsOf(intent) }
    : { name: 'FallbackIntent', slots: {} };
}

function hasScreen(system: Json | undefined): boolean {
  const interfaces = objectAt(objectAt(system, 'device'), 'supportedInterfaces');
  return Boolean(
    interfaces && (isRecord(interfaces.Display) || isRecord(interfaces['Alexa.Presentation.APL'])),
  );
}

/**
 * The Turn for a LaunchRequest, an IntentRequest or any other in-session request (which becomes
 * FallbackIntent); undefined when the envelope lacks a request type or a user id.
 */
export function toTurn(
  envelope: unknown,
  progress?: Turn['progress'],
  remind?: TurnAbilities['remind'],
): Turn | undefined {
  const request = objectAt(envelope, 'request');
  const type = stringAt(request, 'type');
  const system = objectAt(objectAt(envelope, 'context'), 'System');
  const session = objectAt(envelope, 'session');
  const user = objectAt(system, 'user') ?? objectAt(session, 'user');
  const platformUserId = stringAt(user, 'userId');
  if (!request || !type || !platformUserId || platformUserId.length > MAX_ID_CHARS) return undefined;
  const accessToken = stringAt(user, 'accessToken');
  const locale = stringAt(request, 'locale');
  const { name, slots } = intentOf(request, type);
  const answer = permissionAnswerOf(request);
  // Alexa asks for permissions by voice, and reports those granted; reminders need a session's token.
  const abilities: TurnAbilities = {
    askPermission: true,
    granted: grantedPermissions(user),
    ...(remind ? { remind } : {}),
  };
  return {
    platform: 'alexa',
    intent: name,
    slots,
    locale: locale && LOCALE.test(locale) ? locale : 'en-US',
    platformUserId,
    ...(accessToken ? { accessToken } : {}),
    isNewSession: session?.new === true,
    device: { hasScreen: hasScreen(system) },
    state: objectAt(session, 'attributes')?.[STATE_ATTRIBUTE],
    ...(progress ? { progress } : {}),
    abilities,
    ...(answer ? { permissionAnswer: answer } : {}),
  };
}
