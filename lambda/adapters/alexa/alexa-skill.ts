/**
 * The Alexa skill on ask-sdk-core: verifies the skill ID, turns each request into a Turn for the
 * conversation core and renders its Reply. Skill events (turned off, account linked) go to their
 * handlers; SessionEndedRequest and System.ExceptionEncountered are logged and answered with an
 * empty response; any other in-session request reaches the conversation
 * (unknown types as FallbackIntent). A malformed envelope or a failing turn never throws: it gets a
 * short spoken apology that keeps the session and its state. Only a request for another skill is
 * refused, with an error.
 */
import { SkillBuilders, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import type { Conversation } from '../../conversation/core';
import { failureReply } from '../../conversation/reply';
import type { Logger } from '../../domain/ports';
import type { Reply } from '../../conversation/turn';
import { isAlexaApiEndpoint, progressSender, type ProgressOptions } from './progressive-response';
import { reminderSender, type ReminderOptions } from './reminders';
import { renderReply } from './reply-to-response';
import { applicationIdOf, localeOf, requestTypeOf, STATE_ATTRIBUTE, toTurn } from './request-to-turn';
import { skillEventHandlers, type SkillEventHandlers } from './skill-events';

/** How the skill is set up. */
export interface AlexaSkillOptions {
  /** The only skill ID this function answers (ALEXA_SKILL_ID). */
  readonly skillId?: string;
  /** Refuse to build without a skill ID (true in AWS; the local stack may run without one). */
  readonly requireSkillId: boolean;
  readonly log: Logger;
  readonly progress?: ProgressOptions;
  /** What the skill does when the shopper turns it off or links their account. */
  readonly skillEvents?: SkillEventHandlers;
  /** Where reminders may be created (default: Alexa's own API hosts), and their clock. */
  readonly reminders?: Partial<ReminderOptions>;
}

/** The skill as the Lambda handler calls it. */
export interface AlexaSkill {
  invoke(event: unknown, context?: unknown): Promise<ResponseEnvelope>;
}

/** Thrown at build time when a skill ID is required and missing. */
export class MissingSkillIdError extends Error {
  constructor() {
    super(
      'ALEXA_SKILL_ID is not set: in AWS the Alexa function answers only its own skill. Set it to the skill ID.',
    );
    this.name = 'MissingSkillIdError';
  }
}

/** Thrown by invoke() for a request sent to another skill (or to none): it is refused. */
export class SkillIdMismatchError extends Error {
  constructor() {
    super('the request is for another skill');
    this.name = 'SkillIdMismatchError';
  }
}

const short = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, 80) : undefined;
const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

function sessionState(input: HandlerInput): unknown {
  if (!input.requestEnvelope.session) return undefined;
  const attributes: unknown = input.attributesManager.getSessionAttributes();
  return typeof attributes === 'object' && attributes !== null
    ? (attributes as Record<string, unknown>)[STATE_ATTRIBUTE]
    : undefined;
}

function respond(input: HandlerInput, reply: Reply, log: Logger, intent: string): Response {
  const rendered = renderReply(reply);
  if (rendered.stateDropped) log.warn('alexa.state_dropped', { intent });
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(rendered.sessionAttributes);
  return rendered.response;
}

/** A dialog the model delegates to Alexa (the voice-code digits) goes back to Alexa until done. */
const delegated = (input: HandlerInput): boolean =>
  ['STARTED', 'IN_PROGRESS'].includes((input.requestEnvelope.request as IntentRequest).dialogState ?? '');

/** One request answered by the conversation, with this request's progress and reminder senders. */
function conversationTurn(conversation: Conversation, options: AlexaSkillOptions): RequestHandler['handle'] {
  const { log } = options;
  return async (input) => {
    const envelope = input.requestEnvelope;
    const type = envelope.request.type;
    if (type !== 'LaunchRequest' && type !== 'IntentRequest' && !envelope.session) {
      log.info('alexa.request_ignored', { requestType: short(type) });
      return input.responseBuilder.getResponse();
    }
    const remind = reminderSender(envelope, log, {
      isAllowedEndpoint: options.reminders?.isAllowedEndpoint ?? isAlexaApiEndpoint,
      ...(options.reminders?.now ? { now: options.reminders.now } : {}),
    });
    const turn = toTurn(envelope, progressSender(envelope, log, options.progress), remind);
    if (!turn) {
      log.warn('alexa.malformed_request', { requestType: short(type) });
      return respond(input, failureReply(localeOf(envelope), sessionState(input)), log, 'none');
    }
    return respond(input, await conversation.handleTurn(turn), log, turn.intent);
  };
}

/**
 * The request handlers, the common case first: a launch or a spoken intent goes to the
 * conversation; then the skill's events, the session's end, an error report, a delegated dialog;
 * any other request reaches the conversation too (unknown types as FallbackIntent).
 */
function handlers(conversation: Conversation, options: AlexaSkillOptions): RequestHandler[] {
  const { log } = options;
  const typeIs = (input: HandlerInput, type: string) => input.requestEnvelope.request.type === type;
  const turn = conversationTurn(conversation, options);
  return [
    {
      canHandle: (input) =>
        typeIs(input, 'LaunchRequest') || (typeIs(input, 'IntentRequest') && !delegated(input)),
      handle: turn,
    },
    ...skillEventHandlers(options.skillEvents, log),
    {
      canHandle: (input) => typeIs(input, 'SessionEndedRequest'),
      handle: (input) => {
        const request = input.requestEnvelope.request as { reason?: unknown; error?: { type?: unknown } };
        log.info('alexa.session_ended', { reason: short(request.reason), error: short(request.error?.type) });
        return input.responseBuilder.getResponse();
      },
    },
    {
      canHandle: (input) => typeIs(input, 'System.ExceptionEncountered'),
      handle: (input) => {
        const request = input.requestEnvelope.request as { error?: { type?: unknown } };
        log.warn('alexa.exception_encountered', { error: short(request.error?.type) });
        return input.responseBuilder.getResponse();
      },
    },
    {
      canHandle: (input) => typeIs(input, 'IntentRequest') && delegated(input),
      handle: (input) => input.responseBuilder.addDelegateDirective().getResponse(),
    },
    { canHandle: () => true, handle: turn },
  ];
}

function errorHandler(log: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => {
      log.error('alexa.turn_failed', {
        requestType: short(input.requestEnvelope.request.type),
        error: errorName(error),
      });
      const apology = failureReply(localeOf(input.requestEnvelope), sessionState(input));
      return respond(input, apology, log, 'none');
    },
  };
}

/** Copies the parts ask-sdk reads, shaped as it expects; undefined when there is no request to answer. */
function dispatchable(event: unknown): RequestEnvelope | undefined {
  if (typeof event !== 'object' || event === null || requestTypeOf(event) === undefined) return undefined;
  const { session, ...rest } = event as { session?: unknown };
  if (typeof session !== 'object' || session === null || Array.isArray(session))
    return rest as RequestEnvelope;
  const { attributes } = session as { attributes?: unknown };
  const plain = typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes);
  return { ...rest, session: { ...session, attributes: plain ? attributes : {} } } as RequestEnvelope;
}

const fallbackEnvelope = (event: unknown): ResponseEnvelope => ({
  version: '1.0',
  response: renderReply(failureReply(localeOf(event), undefined)).response,
});

/**
 * Builds the skill once per container. When a skill ID is required and absent, the skill refuses
 * every request with MissingSkillIdError (logged once here), so the module still loads.
 */
export function buildAlexaSkill(conversation: Conversation, options: AlexaSkillOptions): AlexaSkill {
  const { skillId, log } = options;
  if (options.requireSkillId && !skillId) {
    log.error('alexa.skill_id_missing', {});
    return { invoke: () => Promise.reject(new MissingSkillIdError()) };
  }
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...handlers(conversation, options))
    .addErrorHandlers(errorHandler(log));
  const sdkSkill = (skillId ? builder.withSkillId(skillId) : builder).create();
  return {
    invoke: async (event, context) => {
      if (skillId) {
        const received = applicationIdOf(event);
        if (received !== skillId) {
          log.warn('alexa.skill_id_mismatch', { expected: skillId, received: short(received) ?? 'none' });
          throw new SkillIdMismatchError();
        }
      }
      const envelope = dispatchable(event);
      if (!envelope) {
        log.warn('alexa.malformed_request', { requestType: 'none' });
        return fallbackEnvelope(event);
      }
      try {
        return await sdkSkill.invoke(envelope, context);
      } catch (error) {
        log.error('alexa.invoke_failed', { error: errorName(error) });
        return fallbackEnvelope(event);
      }
    },
  };
}
