/**
 * The Alexa skill wired to the services, in one place for the Lambda handler, the dev server and
 * the benchmarks alike: the conversation over the services, the skill id to answer (in AWS the
 * skill refuses every request without ALEXA_SKILL_ID; the local stack may run without one), the
 * services' logger, and what the skill's events do (a shopper who turns the skill off is forgotten:
 * link, anonymous cart and profile; one who links their account in the Alexa app is linked at once).
 */
import { buildAlexaSkill, type AlexaSkill } from '../adapters/alexa/alexa-skill';
import { isAlexaApiEndpoint } from '../adapters/alexa/progressive-response';
import type { SkillEventHandlers } from '../adapters/alexa/skill-events';
import { buildConversationFromServices, type Services } from '../composition-root';
import type { Config } from '../config';

/** What the local stack adds: other endpoints progressive responses may go to (the console's). */
export interface AlexaWiringOptions {
  readonly progressEndpoints?: readonly ((url: URL) => boolean)[];
}

/** The skill over the services, as configured. */
export function wireAlexaSkill(
  config: Config,
  services: Services,
  options: AlexaWiringOptions = {},
): AlexaSkill {
  const extra = options.progressEndpoints ?? [];
  // Progressive responses go to Alexa's own API hosts, and to the extra endpoints when given.
  const progress = {
    isAllowedEndpoint: (url: URL) => isAlexaApiEndpoint(url) || extra.some((allowed) => allowed(url)),
  };
  return buildAlexaSkill(
    buildConversationFromServices(services, {
      turnDeadlineMs: config.turnDeadlineMs,
      cartIdleMinutes: config.cartIdleMinutes,
    }),
    {
      skillId: config.alexaSkillId,
      requireSkillId: !config.local,
      log: services.logger,
      skillEvents: alexaSkillEvents(services),
      ...(extra.length > 0 ? { progress } : {}),
    },
  );
}

/** The skill events over the data-rights and identity services. */
export function alexaSkillEvents(services: Services): SkillEventHandlers {
  return {
    disabled: async (userId) => void (await services.dataRights.forgetPlatformUser('alexa', userId)),
    accountLinked: async (userId, accessToken) =>
      void (await services.identity.resolve({ platform: 'alexa', platformUserId: userId, accessToken })),
  };
}
