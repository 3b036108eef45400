/**
 * Alexa's skill events (sent out of session, answered with an empty response): the shopper turned
 * the skill off (`AlexaSkillEvent.SkillDisabled`), or linked their account in the Alexa app
 * (`AlexaSkillEvent.SkillAccountLinked`, which carries the new access token). What happens is up to
 * the handlers the skill is given; without them the events are only logged.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Logger } from '../../domain/ports';

/** What the skill does on its events. */
export interface SkillEventHandlers {
  /** The Alexa user turned the skill off: forget what belongs to that user. */
  disabled(userId: string): Promise<void>;
  /** The Alexa user linked their account: link them now. */
  accountLinked(userId: string, accessToken: string): Promise<void>;
}

const userOf = (input: HandlerInput): string | undefined =>
  input.requestEnvelope.context?.System?.user?.userId;

/** The request handlers of the two events. */
export function skillEventHandlers(events: SkillEventHandlers | undefined, log: Logger): RequestHandler[] {
  const typeIs = (input: HandlerInput, type: string) => input.requestEnvelope.request.type === type;
  return [
    {
      canHandle: (input) => events !== undefined && typeIs(input, 'AlexaSkillEvent.SkillDisabled'),
      handle: async (input) => {
        const userId = userOf(input);
        if (userId) await events!.disabled(userId);
        log.info('alexa.skill_disabled', { forgotten: userId !== undefined });
        return input.responseBuilder.getResponse();
      },
    },
    {
      canHandle: (input) => events !== undefined && typeIs(input, 'AlexaSkillEvent.SkillAccountLinked'),
      handle: async (input) => {
        const userId = userOf(input);
        const body = (input.requestEnvelope.request as { body?: { accessToken?: unknown } }).body;
        const token = typeof body?.accessToken === 'string' ? body.accessToken : undefined;
        if (userId && token) await events!.accountLinked(userId, token);
        log.info('alexa.account_linked', { linked: userId !== undefined && token !== undefined });
        return input.responseBuilder.getResponse();
      },
    },
  ];
}
