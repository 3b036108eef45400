/**
 * Google webhook request -> Turn. The body is untrusted JSON: a field of the wrong shape is treated
 * as absent. `actions.intent.MAIN` becomes LaunchRequest, the system NO_MATCH / CANCEL / final
 * no-input events become the canonical intents of SYSTEM_INTENTS, a first or second no-input asks
 * for the last reprompt, and the return from the sign-in scene replays the turn that needed it.
 */
import type { SlotValue, Turn } from '../../conversation/turn';
import {
  BEARER_TOKEN_PARAM,
  MAIN_INTENT,
  NO_INPUT_INTENTS,
  SESSION_PARAMS,
  SHOPPER_USER_PARAM,
  SIGN_IN_OUTCOMES,
  SIGN_IN_SCENE,
  SIGN_IN_SLOT,
  SYSTEM_INTENTS,
} from './webhook-contract';
import { isRecord, objectAt, stringAt } from '../../conversation/state-readers';

/** Anything that may be a JSON object. */
type Json = Readonly<Record<string, unknown>>;

/** Limits on what one parameter, id or token may carry: anything longer is not speech. */
const MAX_SLOT_CHARS = 500;
const MAX_TOKEN_CHARS = 8192;
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;
const INTENT_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** The shape of the generated types' entity keys (the interaction model's value ids). */
const ENTITY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SHOPPER_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Who is shopping: the id, and whether it must be written to user storage. */
export interface Shopper {
  readonly id: string;
  /** True when the id was made on this turn (it is written back). */
  readonly isNew: boolean;
  /** True when the platform keeps user storage for this user (a verified user). */
  readonly persistent: boolean;
}

/** What the request asks for: a turn, or (first and second no-input) the last reprompt again. */
export type Reading =
  | {
      /** 'reprompt': say the saved reprompt; `turn` (help) answers when there is none. */
      readonly kind: 'turn' | 'reprompt';
      readonly turn: Turn;
      readonly shopper: Shopper;
      /** The scene the request came from. */
      readonly scene: string;
      /** True when this turn returns from the sign-in scene. */
      readonly fromSignIn: boolean;
    }
  | { readonly kind: 'malformed' };

/** One intent parameter -> a slot value; numbers arrive as digit strings, entity keys as resolved ids. */
function slotOf(candidate: unknown): SlotValue | undefined {
  if (!isRecord(candidate)) return undefined;
  const { original, resolved } = candidate;
  const heard = typeof original === 'string' ? original.trim() : '';
  const raw =
    typeof resolved === 'number' && Number.isFinite(resolved)
      ? String(resolved)
      : heard || (typeof resolved === 'string' ? resolved.trim() : '');
  if (!raw || raw.length > MAX_SLOT_CHARS) return undefined;
  const key = typeof resolved === 'string' && ENTITY_KEY.test(resolved) ? resolved : undefined;
  return { raw, ...(key ? { resolvedId: key, resolvedName: key.replace(/-/g, ' ') } : {}) };
}

/** The intent parameters (Alexa slot names) as Turn slots. */
export function slotsOf(params: unknown): Record<string, SlotValue> {
  const slots: Record<string, SlotValue> = {};
  if (!isRecord(params)) return slots;
  for (const [name, candidate] of Object.entries(params)) {
    const value = PARAM_NAME.test(name) ? slotOf(candidate) : undefined;
    if (value) slots[name] = value;
  }
  return slots;
}

/** Slots saved in the session before sign-in, read back as defensively as the request's own. */
function savedSlots(value: unknown): Record<string, SlotValue> {
  const slots: Record<string, SlotValue> = {};
  if (!isRecord(value)) return slots;
  for (const [name, saved] of Object.entries(value)) {
    const raw = stringAt(saved, 'raw');
    if (!PARAM_NAME.test(name) || !raw || raw.length > MAX_SLOT_CHARS) continue;
    const id = stringAt(saved, 'resolvedId');
    const key = id && ENTITY_KEY.test(id) ? id : undefined;
    slots[name] = { raw, ...(key ? { resolvedId: key, resolvedName: key.replace(/-/g, ' ') } : {}) };
  }
  return slots;
}

/** The locale the request's user speaks, or undefined. */
export function localeOf(body: unknown): string | undefined {
  return stringAt(objectAt(body, 'user'), 'locale');
}

/** The canonical intent of a request, or 'reprompt' for a first or second no-input. */
export function canonicalIntentOf(name: string | undefined): string {
  if (!name) return 'FallbackIntent';
  if (name === MAIN_INTENT) return 'LaunchRequest';
  if (NO_INPUT_INTENTS.includes(name)) return 'reprompt';
  const system = SYSTEM_INTENTS[name];
  if (system) return system;
  return INTENT_NAME.test(name) ? name : 'FallbackIntent';
}

function shopperOf(user: Json | undefined, session: Json, newId: () => string): Shopper {
  const persistent = stringAt(user, 'verificationStatus') === 'VERIFIED';
  const stored = stringAt(objectAt(user, 'params'), SHOPPER_USER_PARAM);
  if (stored && SHOPPER_ID.test(stored)) return { id: stored, isNew: false, persistent };
  const inSession = stringAt(objectAt(session, 'params'), SESSION_PARAMS.shopper);
  if (inSession && SHOPPER_ID.test(inSession)) return { id: inSession, isNew: false, persistent };
  return { id: newId(), isNew: true, persistent };
}

function signInReturn(
  scene: string,
  params: Json | undefined,
): { intent: string; slots: Record<string, SlotValue> } | undefined {
  const outcome = stringAt(params, SIGN_IN_SLOT);
  if (scene !== SIGN_IN_SCENE || !SIGN_IN_OUTCOMES.some((o) => o === outcome)) return undefined;
  const saved = objectAt(params, SESSION_PARAMS.signIn);
  const intent = stringAt(saved, 'intent');
  // Nothing to resume (the session lost it): say where the shopper is and what they can do.
  if (!intent || !INTENT_NAME.test(intent)) return { intent: 'HelpIntent', slots: {} };
  return { intent, slots: savedSlots(saved?.slots) };
}

/** The most of the heard words kept for a reply ("I didn't understand ..."). */
const MAX_HEARD_CHARS = 120;

/**
 * Reads a webhook request. `newId` makes an anonymous shopper id for a first visit; `headerToken`
 * is a bearer token from an Authorization header, used when `user.params.bearerToken` has none.
 */
export function readRequest(body: unknown, newId: () => string, headerToken?: string): Reading {
  const session = objectAt(body, 'session');
  if (!session || !stringAt(session, 'id')) return { kind: 'malformed' };
  const user = objectAt(body, 'user');
  const params = objectAt(session, 'params');
  const scene = stringAt(objectAt(body, 'scene'), 'name') ?? '';
  const shopper = shopperOf(user, session, newId);
  const requestIntent = objectAt(body, 'intent');
  const resumed = signInReturn(scene, params);
  const canonical = resumed?.intent ?? canonicalIntentOf(stringAt(requestIntent, 'name'));
  const intent = canonical === 'reprompt' ? 'HelpIntent' : canonical;
  const token = stringAt(objectAt(user, 'params'), BEARER_TOKEN_PARAM) ?? (headerToken || undefined);
  const locale = stringAt(user, 'locale');
  const capabilities = objectAt(body, 'device')?.capabilities;
  const heard = stringAt(requestIntent, 'query')?.trim().slice(0, MAX_HEARD_CHARS);
  const turn: Turn = {
    platform: 'google',
    intent,
    slots: resumed?.slots ?? slotsOf(requestIntent?.params),
    locale: locale && LOCALE.test(locale) ? locale : 'en-US',
    platformUserId: shopper.id,
    ...(token && token.length <= MAX_TOKEN_CHARS ? { accessToken: token } : {}),
    isNewSession: intent === 'LaunchRequest',
    device: { hasScreen: Array.isArray(capabilities) && capabilities.includes('RICH_RESPONSE') },
    state: params?.[SESSION_PARAMS.state],
    ...(heard ? { heard } : {}),
  };
  const kind = canonical === 'reprompt' ? 'reprompt' : 'turn';
  return { kind, turn, shopper, scene, fromSignIn: resumed !== undefined };
}
