/**
 * Google Assistant webhook calls as the Actions Builder platform makes them for the generated
 * project (one handler, `turn`; intents named after the interaction model without the AMAZON.
 * prefix; parameters named after the Alexa slots with `original` and `resolved` values), and the
 * console's reading of the answers: the prompt, the reprompt kept in the session, suggestions,
 * card, scene changes, and what Google would refuse (no prompt, text over 640 characters, speech
 * over 5,000 bytes, another session id).
 */
import { randomUUID } from 'node:crypto';
import type { ReplyView } from './exchange';
import type { FilledSlot } from './slot-values';
import type { GoogleAction } from '../../adapters/google/google-action';
import { ssmlToText } from './ssml-text';
import { describeEvent, type TurnLog } from './turn-log';

/** Where the platform's conversation is. */
export interface GoogleSessionState {
  readonly id: string;
  readonly scene: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** What one call carries. */
export interface GoogleCall {
  readonly intent: string;
  readonly slots: readonly FilledSlot[];
  readonly query: string;
  readonly session: GoogleSessionState;
  readonly userParams: Readonly<Record<string, unknown>>;
  readonly locale: string;
  readonly accessToken?: string;
  /** Extra scene fields (the sign-in slot's outcome). */
  readonly sceneSlots?: Readonly<Record<string, unknown>>;
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A new conversation id. */
export function newGoogleSessionId(): string {
  return `console-${randomUUID()}`;
}

/** The project's intent for a model intent: AMAZON.X becomes X; the fallback is NO_MATCH. */
export function googleIntentName(modelIntent: string): string {
  if (modelIntent === 'AMAZON.FallbackIntent') return 'actions.intent.NO_MATCH_1';
  return modelIntent.startsWith('AMAZON.') ? modelIntent.slice('AMAZON.'.length) : modelIntent;
}

function param(slot: FilledSlot): Json {
  const er = slot.resolution;
  const resolved =
    er?.status === 'ER_SUCCESS_MATCH'
      ? er.id
      : /^\d+$/.test(slot.value) && !er
        ? Number(slot.value)
        : slot.value;
  return { original: slot.heard ?? slot.value, resolved };
}

/** The webhook request body for a call. */
export function googleRequest(call: GoogleCall): Json {
  const token = call.accessToken;
  return {
    handler: { name: 'turn' },
    intent: {
      name: call.intent,
      params: Object.fromEntries(call.slots.map((slot) => [slot.name, param(slot)])),
      query: call.query,
    },
    scene: { name: call.session.scene, slotFillingStatus: 'UNSPECIFIED', slots: call.sceneSlots ?? {} },
    session: { id: call.session.id, params: { ...call.session.params }, typeOverrides: [], languageCode: '' },
    user: {
      locale: call.locale,
      params: { ...call.userParams, ...(token ? { bearerToken: token } : {}) },
      accountLinkingStatus: token ? 'LINKED' : 'NOT_LINKED',
      verificationStatus: 'VERIFIED',
      packageEntitlements: [],
      lastSeenTime: new Date().toISOString(),
    },
    home: { params: {} },
    device: { capabilities: ['SPEECH', 'LONG_FORM_AUDIO'] },
  };
}

/** Parameters after an answer: values set, nulls removed, as the platform keeps them. */
export function mergeParams(
  base: Readonly<Record<string, unknown>>,
  update: unknown,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  if (!isObject(update)) return merged;
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** The parts of an answer the console follows. */
export interface GoogleAnswer {
  readonly view: ReplyView;
  readonly nextScene?: string;
  readonly sessionParams?: unknown;
  readonly userParams?: unknown;
  readonly problems: string[];
}

/** Reads a webhook answer (HTTP status and JSON body). */
export function readGoogleAnswer(status: number, body: unknown, sessionId: string): GoogleAnswer {
  const problems: string[] = [];
  if (status !== 200) problems.push(`invalid response: HTTP status ${status}`);
  const answer = isObject(body) ? body : {};
  const prompt = isObject(answer.prompt) ? answer.prompt : {};
  const simple = isObject(prompt.firstSimple) ? prompt.firstSimple : {};
  const speech = typeof simple.speech === 'string' ? simple.speech : undefined;
  const text = typeof simple.text === 'string' ? simple.text : undefined;
  if (speech === undefined && text === undefined) problems.push('invalid response: no prompt to say');
  if (speech && !/^<speak>[\s\S]*<\/speak>$/.test(speech))
    problems.push('invalid response: speech outside <speak>');
  if (speech && Buffer.byteLength(speech) > 5000) problems.push('invalid response: speech over 5,000 bytes');
  if (text && text.length > 640) problems.push('invalid response: text over 640 characters');
  const session = isObject(answer.session) ? answer.session : {};
  if (session.id !== sessionId) problems.push('invalid response: another session id');
  const scene = isObject(answer.scene) && isObject(answer.scene.next) ? answer.scene.next.name : undefined;
  const suggestions = Array.isArray(prompt.suggestions)
    ? prompt.suggestions.map((s) => (isObject(s) && typeof s.title === 'string' ? s.title : '?'))
    : [];
  const card = isObject(prompt.content) && isObject(prompt.content.card) ? prompt.content.card : undefined;
  const directives = [
    ...(suggestions.length ? [`suggestions: ${suggestions.join(' | ')}`] : []),
    ...(typeof scene === 'string' ? [`next scene: ${scene}`] : []),
  ];
  const user = isObject(answer.user) ? answer.user.params : undefined;
  return {
    view: {
      ...(speech ? { speech: ssmlToText(speech) } : text ? { speech: { text } } : {}),
      ...(card ? { card: `${textOf(card.title)}: ${textOf(card.text)}` } : {}),
      directives,
    },
    ...(typeof scene === 'string' ? { nextScene: scene } : {}),
    sessionParams: session.params,
    userParams: user,
    problems,
  };
}

/** What one call through the action gave: its answer, what it logged, what went wrong, and how long. */
export interface Sent {
  readonly response?: { readonly status: number; readonly body: unknown };
  readonly logs: string[];
  readonly problems: string[];
  readonly elapsedMs: number;
}

/** Sends a webhook request through the action in-process, with what it logged; never throws. */
export async function callAction(
  action: Pick<GoogleAction, 'handle'>,
  log: TurnLog,
  request: unknown,
): Promise<Sent> {
  const started = performance.now();
  try {
    const captured = await log.capture(() => action.handle(structuredClone(request), {}));
    const errors = captured.events.filter((e) => e.level === 'error');
    return {
      response: captured.result,
      logs: captured.events.filter((e) => e.level !== 'info').map(describeEvent),
      problems: errors.map((e) => `the handler logged an error: ${e.event}`),
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    const thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { logs: [], problems: [`the action threw ${thrown}`], elapsedMs: performance.now() - started };
  }
}
