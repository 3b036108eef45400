/**
 * Test helper: Google Conversational Actions webhook requests built from this project's fixtures
 * (test/fixtures/google, shaped like the platform's own: handler, intent with params, scene,
 * session with params, user, home, device), and a session that carries what the webhook returned
 * (session params, user params, the next scene) from turn to turn like the Assistant does.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { GoogleAction, WebhookResult } from '../../lambda/adapters/google/google-action';

/** A webhook request body, as JSON. */
export type GoogleRequest = Record<string, unknown> & {
  intent: { name: string; params: Record<string, unknown>; query: string };
  scene: Record<string, unknown> & { name: string };
  session: { id: string; params: Record<string, unknown> } & Record<string, unknown>;
  user: Record<string, unknown> & { params: Record<string, unknown> };
  device: { capabilities: string[] };
};

/** A fixture by name (a fresh copy each time). */
export function googleFixture(name: string): GoogleRequest {
  return JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'google', `${name}.json`), 'utf8'),
  ) as GoogleRequest;
}

/** A parameter as a test gives it: words (resolved to themselves), a number, or both forms. */
export type TestParam = string | number | { readonly original: string; readonly resolved: string | number };

/** Intent params in the webhook's form. */
export function paramsOf(params: Readonly<Record<string, TestParam>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? value : { original: String(value), resolved: value },
    ]),
  );
}

/** The webhook response body's parts the tests read. */
export interface GoogleResponse {
  readonly status: number;
  readonly body: {
    readonly prompt?: {
      readonly firstSimple?: { readonly speech: string; readonly text: string };
      readonly suggestions?: readonly { readonly title: string }[];
      readonly content?: { readonly card?: { readonly title?: string; readonly text?: string } };
    };
    readonly scene?: { readonly next?: { readonly name?: string } };
    readonly session?: { readonly id?: string; readonly params?: Record<string, unknown> };
    readonly user?: { readonly params?: Record<string, unknown> };
  };
}

/** The response as the tests read it. */
export function asResponse(result: WebhookResult): GoogleResponse {
  return { status: result.status, body: result.body as GoogleResponse['body'] };
}

/** The spoken words of a response, without SSML tags. */
export function spoken(response: GoogleResponse): string {
  const speech = response.body.prompt?.firstSimple?.speech ?? '';
  return speech
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The chip titles of a response. */
export const chips = (response: GoogleResponse): string[] =>
  (response.body.prompt?.suggestions ?? []).map((s) => s.title);

/** A conversation with the action: carries session params, user storage and the scene. */
export class GoogleSession {
  readonly sessionId = `ABwppH${randomUUID().replace(/-/g, '')}`;
  sessionParams: Record<string, unknown> = {};
  userParams: Record<string, unknown> = {};
  scene = 'actions.scene.START_CONVERSATION';
  ended = false;

  constructor(
    private readonly action: GoogleAction,
    private readonly options: { verified?: boolean; screen?: boolean; headers?: Record<string, string> } = {},
  ) {}

  /** Sets the linked account's token, as the Assistant sends it once the account is linked. */
  link(token: string): void {
    this.userParams.bearerToken = token;
  }

  /** The request for an intent in the current scene. */
  request(intent: string, params: Readonly<Record<string, TestParam>> = {}): GoogleRequest {
    const body = googleFixture('main-invocation');
    body.intent = { name: intent, params: paramsOf(params), query: '' };
    body.scene = { name: this.scene, slotFillingStatus: 'UNSPECIFIED', slots: {} };
    body.session = { ...body.session, id: this.sessionId, params: structuredClone(this.sessionParams) };
    body.user = {
      ...body.user,
      params: structuredClone(this.userParams),
      verificationStatus: this.options.verified === false ? 'GUEST' : 'VERIFIED',
      accountLinkingStatus: this.userParams.bearerToken ? 'LINKED' : 'NOT_LINKED',
    };
    body.device = { capabilities: this.options.screen === false ? ['SPEECH'] : ['SPEECH', 'RICH_RESPONSE'] };
    return body;
  }

  /** Opens the action ("Talk to Voice Shop"). */
  launch(): Promise<GoogleResponse> {
    return this.send(this.request('actions.intent.MAIN'));
  }

  /** One intent (custom, converted built-in, or a system intent such as actions.intent.NO_INPUT_1). */
  say(intent: string, params: Readonly<Record<string, TestParam>> = {}): Promise<GoogleResponse> {
    return this.send(this.request(intent, params));
  }

  /** The sign-in scene's outcome, as its conditional event calls the webhook. */
  signInOutcome(outcome: 'LINKED' | 'REJECTED' | 'ERROR'): Promise<GoogleResponse> {
    const body = this.request('');
    body.session.params.AccountLinkingSlot = outcome;
    body.scene = { ...body.scene, slotFillingStatus: 'FINAL' };
    return this.send(body);
  }

  /** Sends a body and takes what the response carries forward. */
  async send(body: GoogleRequest): Promise<GoogleResponse> {
    const response = asResponse(await this.action.handle(body, { ...this.options.headers }));
    const { session, user, scene } = response.body;
    if (session?.params) {
      this.sessionParams = Object.fromEntries(Object.entries(session.params).filter(([, v]) => v !== null));
    }
    if (user?.params) this.userParams = { ...user.params };
    const next = scene?.next?.name;
    if (next === 'actions.scene.END_CONVERSATION') this.ended = true;
    else if (next) this.scene = next;
    return response;
  }
}
