/**
 * The Google Assistant action on @assistant/conversation: one webhook handler, `turn`, turns each
 * request into a Turn for the conversation core and renders its Reply. The app is built without its
 * own verification (google-auth-library is not bundled): `handle` checks the Google-Assistant-Signature
 * first, whenever a project id is configured. A malformed body or a failing turn never throws: it
 * gets a short spoken apology that keeps the session and its state.
 */
import { randomUUID } from 'node:crypto';
import { Card, conversation as conversationApp, Prompt, Simple, Suggestion } from '@assistant/conversation';
import type { ConversationV3 } from '@assistant/conversation';
import type { Conversation } from '../../conversation/core';
import { failureReply } from '../../conversation/reply';
import type { Logger } from '../../domain/ports';
import { renderReply, type RenderContext, type RenderedReply } from './reply-to-response';
import { localeOf, readRequest, type Shopper } from './request-to-turn';
import type { SignatureVerifier } from './signature-verifier';
import { HANDLER_NAME, SESSION_PARAMS, SHOPPER_USER_PARAM } from './webhook-contract';

/** How the action is set up. */
export interface GoogleActionOptions {
  readonly log: Logger;
  /** Checks the signature header; absent, requests are not checked (local stack only). */
  readonly verifier?: SignatureVerifier;
  /** Makes anonymous shopper ids (default: random UUIDs). */
  readonly newId?: () => string;
}

/** What the webhook answers: an HTTP status, headers and a JSON body. */
export interface WebhookResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The action as the HTTP layer calls it. */
export interface GoogleAction {
  /** One webhook call: the parsed body (anything) and lower-cased headers. Never throws. */
  handle(body: unknown, headers: Readonly<Record<string, string | undefined>>): Promise<WebhookResult>;
}

const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The session parameters, created when the request had none. */
function paramsOf(conv: ConversationV3): Record<string, unknown> {
  conv.session.params ??= {};
  return conv.session.params;
}

function write(conv: ConversationV3, rendered: RenderedReply, shopper?: Shopper): void {
  conv.prompt = new Prompt();
  conv.add(new Simple(rendered.prompt));
  if (rendered.card) conv.add(new Card(rendered.card));
  for (const title of rendered.suggestions) conv.add(new Suggestion({ title }));
  if (rendered.nextScene) conv.scene.next = { name: rendered.nextScene };
  Object.assign(paramsOf(conv), rendered.sessionParams);
  // Kept in user storage (verified users only), so the cart waits for the shopper's next visit.
  if (shopper?.isNew && shopper.persistent) conv.user.params[SHOPPER_USER_PARAM] = shopper.id;
}

function apologise(conv: ConversationV3): void {
  const params = paramsOf(conv);
  const state: unknown = params[SESSION_PARAMS.state];
  const context: RenderContext = {
    intent: 'FallbackIntent',
    slots: {},
    scene: conv.scene.name ?? '',
    fromSignIn: false,
    hasScreen: false,
    shopperId: '',
  };
  const { sessionParams, ...rendered } = renderReply(failureReply(localeOf(conv.request), state), context);
  // Only the prompt and the reprompt change: the session's state and shopper stay as they were.
  write(conv, { ...rendered, nextScene: undefined, sessionParams: { reprompt: sessionParams.reprompt } });
}

/**
 * Tokens from an Authorization header, by request body. The header is kept from the app: it would
 * copy the token into user.params and so write it back to the shopper's user storage.
 */
const headerTokens = new WeakMap<object, string>();

function bearerOf(authorization: string | undefined): string | undefined {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  return match?.[1];
}

async function serve(conv: ConversationV3, conversation: Conversation, options: GoogleActionOptions) {
  const newId = options.newId ?? (() => `google-${randomUUID()}`);
  const reading = readRequest(conv.request, newId, headerTokens.get(conv.request));
  if (reading.kind === 'malformed') {
    options.log.warn('google.malformed_request', {});
    return apologise(conv);
  }
  if (reading.kind === 'reprompt') {
    const saved: unknown = paramsOf(conv)[SESSION_PARAMS.reprompt];
    if (isObject(saved) && typeof saved.speech === 'string' && typeof saved.text === 'string') {
      conv.add(new Simple({ speech: saved.speech, text: saved.text }));
      return;
    }
  }
  const turn = reading.turn;
  const reply = await conversation.handleTurn(turn);
  const rendered = renderReply(reply, {
    intent: turn.intent,
    slots: turn.slots,
    scene: reading.scene,
    fromSignIn: reading.fromSignIn,
    hasScreen: turn.device.hasScreen,
    shopperId: reading.shopper.id,
  });
  if (rendered.stateDropped) options.log.warn('google.state_dropped', { intent: turn.intent });
  write(conv, rendered, reading.shopper);
}

/**
 * A fresh copy of the body for the app. Only the one handler is served: any other name (a
 * misconfigured project) is answered as a turn.
 */
function dispatchable(body: unknown, log: Logger): Record<string, unknown> {
  if (!isObject(body)) return { handler: { name: HANDLER_NAME } };
  const name: unknown = isObject(body.handler) ? body.handler.name : undefined;
  if (name === HANDLER_NAME || name === 'actions.handler.HEALTH_CHECK') return { ...body };
  log.warn('google.unknown_handler', { handler: typeof name === 'string' ? name.slice(0, 40) : 'none' });
  return { ...body, handler: { name: HANDLER_NAME } };
}

/** A response the platform accepts when even the app failed: the apology, the session kept. */
function fallbackBody(body: unknown): unknown {
  const session = isObject(body) && isObject(body.session) ? body.session : {};
  const { ssml, text } = failureReply(localeOf(body), undefined).speech;
  return {
    session: {
      id: typeof session.id === 'string' ? session.id : '',
      params: isObject(session.params) ? session.params : {},
    },
    prompt: { override: false, firstSimple: { speech: `<speak>${ssml}</speak>`, text } },
  };
}

/** Builds the action once per container. */
export function buildGoogleAction(conversation: Conversation, options: GoogleActionOptions): GoogleAction {
  const { log, verifier } = options;
  // No `verification` and no `clientId`: the app never touches google-auth-library.
  const app = conversationApp();
  app.handle(HANDLER_NAME, (conv) => serve(conv, conversation, options));
  app.catch((conv, error) => {
    log.error('google.turn_failed', { error: errorName(error) });
    apologise(conv);
  });
  return {
    handle: async (body, headers) => {
      if (verifier) {
        const verdict = await verifier.verify(headers['google-assistant-signature']);
        if (verdict !== 'valid') {
          log.warn('google.signature_refused', { verdict });
          const status = verdict === 'invalid' ? 401 : 503;
          return { status, headers: { 'content-type': 'application/json' }, body: { error: verdict } };
        }
      }
      try {
        const { authorization, ...rest } = headers;
        const call = dispatchable(body, log);
        const token = bearerOf(authorization);
        if (token) headerTokens.set(call, token);
        const result = await app.handler(call, rest);
        const out: Record<string, string> = {};
        for (const [key, value] of Object.entries(result.headers ?? {})) {
          if (typeof value === 'string') out[key] = value;
        }
        return { status: result.status, headers: out, body: result.body };
      } catch (error) {
        log.error('google.invoke_failed', { error: errorName(error) });
        return { status: 200, headers: { 'content-type': 'application/json' }, body: fallbackBody(body) };
      }
    },
  };
}
