/**
 * Test helper: Alexa request envelopes shaped like the ones Alexa sends (version, session, context
 * with System.application/user/device/apiEndpoint, request), and a session that carries the
 * returned session attributes from turn to turn like Alexa does.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';

/** The skill ID the tests configure. */
export const TEST_SKILL_ID = 'amzn1.ask.skill.0b6c1f1e-7d4a-4e55-9a61-3f0c2d9e8a10';

/** A slot as a test gives it: the words heard, or the words with an entity-resolution match. */
export type TestSlot =
  | string
  | { readonly value: string; readonly id?: string; readonly name?: string; readonly noMatch?: boolean };

/** What varies between envelopes. */
export interface EnvelopeOptions {
  readonly skillId?: string;
  readonly userId?: string;
  readonly accessToken?: string;
  readonly locale?: string;
  readonly newSession?: boolean;
  readonly sessionId?: string;
  readonly attributes?: Record<string, unknown>;
  readonly screen?: boolean;
  readonly apiEndpoint?: string;
  readonly apiAccessToken?: string;
  /** Leave the session out (out-of-session requests such as skill events). */
  readonly noSession?: boolean;
}

/** A user id in Alexa's format, unique per call. */
export function alexaUserId(): string {
  return `amzn1.ask.account.${randomUUID().replace(/-/g, '').toUpperCase()}`;
}

function base(request: Record<string, unknown>, options: EnvelopeOptions): RequestEnvelope {
  const applicationId = options.skillId ?? TEST_SKILL_ID;
  const user = {
    userId: options.userId ?? 'amzn1.ask.account.TESTUSER',
    ...(options.accessToken ? { accessToken: options.accessToken } : {}),
  };
  const session = {
    new: options.newSession ?? false,
    sessionId: options.sessionId ?? `amzn1.echo-api.session.${randomUUID()}`,
    application: { applicationId },
    attributes: options.attributes ?? {},
    user,
  };
  return {
    version: '1.0',
    ...(options.noSession ? {} : { session }),
    context: {
      System: {
        application: { applicationId },
        user,
        device: {
          deviceId: 'amzn1.ask.device.TESTDEVICE',
          supportedInterfaces: options.screen
            ? { Display: { templateVersion: '1.0', markupVersion: '1.0' } }
            : {},
        },
        apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
        apiAccessToken: options.apiAccessToken ?? 'test-api-access-token',
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: new Date().toISOString(),
      locale: options.locale ?? 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

/** Opening the skill. */
export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return base({ type: 'LaunchRequest', shouldLinkResultBeReturned: false }, { newSession: true, ...options });
}

function slotJson(name: string, slot: TestSlot): Record<string, unknown> {
  const { value, id, name: resolved, noMatch } = typeof slot === 'string' ? { value: slot } : slot;
  const authority = `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.TYPE`;
  const resolutions =
    id || noMatch
      ? {
          resolutionsPerAuthority: [
            noMatch
              ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }
              : {
                  authority,
                  status: { code: 'ER_SUCCESS_MATCH' },
                  values: [{ value: { name: resolved ?? value, id } }],
                },
          ],
        }
      : undefined;
  return { name, value, confirmationStatus: 'NONE', source: 'USER', ...(resolutions ? { resolutions } : {}) };
}

/** An IntentRequest; `intent` as the model names it (AMAZON.YesIntent, AddToCartIntent). */
export function intentRequest(
  intent: string,
  slots: Readonly<Record<string, TestSlot>> = {},
  options: EnvelopeOptions = {},
  dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED',
): RequestEnvelope {
  const slotEntries = Object.entries(slots).map(([name, slot]) => [name, slotJson(name, slot)]);
  return base(
    {
      type: 'IntentRequest',
      ...(dialogState ? { dialogState } : {}),
      intent: { name: intent, confirmationStatus: 'NONE', slots: Object.fromEntries(slotEntries) },
    },
    options,
  );
}

/** The end of a session. */
export function sessionEndedRequest(
  reason = 'USER_INITIATED',
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return base({ type: 'SessionEndedRequest', reason }, options);
}

/** Alexa reporting that the skill's previous response was invalid. */
export function exceptionEncountered(options: EnvelopeOptions = {}): RequestEnvelope {
  return base(
    {
      type: 'System.ExceptionEncountered',
      error: {
        type: 'INVALID_RESPONSE',
        message: 'An exception occurred while dispatching the request to the skill.',
      },
      cause: { requestId: `amzn1.echo-api.request.${randomUUID()}` },
    },
    { noSession: true, ...options },
  );
}

/** Anything that can answer an envelope (the skill, or the Lambda handler). */
export interface Invoker {
  invoke(event: unknown, context?: unknown): Promise<ResponseEnvelope>;
}

/** One shopper's session: each call sends the attributes the previous response returned. */
export class AlexaSession {
  private attributes: Record<string, unknown> = {};
  private started = false;
  private readonly sessionId = `amzn1.echo-api.session.${randomUUID()}`;

  constructor(
    private readonly skill: Invoker,
    private readonly options: EnvelopeOptions = {},
  ) {}

  private async send(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
    const response = await this.skill.invoke(envelope, {});
    this.attributes = (response.sessionAttributes) ?? {};
    this.started = !response.response.shouldEndSession;
    return response;
  }

  private turnOptions(): EnvelopeOptions {
    return {
      ...this.options,
      sessionId: this.sessionId,
      newSession: !this.started,
      attributes: this.attributes,
    };
  }

  /** Opens the skill. */
  launch(): Promise<ResponseEnvelope> {
    return this.send(launchRequest(this.turnOptions()));
  }

  /** Says something the model resolves to `intent` with `slots`. */
  say(intent: string, slots: Readonly<Record<string, TestSlot>> = {}): Promise<ResponseEnvelope> {
    return this.send(intentRequest(intent, slots, this.turnOptions()));
  }

  /** Sends another request type in the session (`request` merged over a launch's request fields). */
  request(request: Record<string, unknown>): Promise<ResponseEnvelope> {
    const envelope = launchRequest({ ...this.turnOptions(), newSession: false });
    return this.send({ ...envelope, request: { ...envelope.request, ...request } });
  }
}
