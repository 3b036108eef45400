/**
 * The Alexa function's entry: wiring only, built once per container at cold start. In AWS it
 * refuses every request without ALEXA_SKILL_ID; the local stack may run without one.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { buildAlexaSkill } from '../adapters/alexa/alexa-skill';
import { alexaSkillEvents, buildConversationFromServices, buildServices } from '../composition-root';
import { readConfig } from '../config';

const config = readConfig(process.env);
const services = buildServices(config);
const skill = buildAlexaSkill(buildConversationFromServices(services), {
  skillId: config.alexaSkillId,
  requireSkillId: !config.local,
  log: services.logger,
  skillEvents: alexaSkillEvents(services),
});

/** One Alexa request in, one response out (two parameters: no callback). */
export const handler = async (event: RequestEnvelope, context: Context) => skill.invoke(event, context);
