/**
 * The Alexa function's entry: wiring only (platforms/alexa.ts), built once per container at cold
 * start.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { buildServices } from '../composition-root';
import { readConfig } from '../config';
import { wireAlexaSkill } from '../platforms/alexa';

const config = readConfig(process.env);
const skill = wireAlexaSkill(config, buildServices(config));

/** One Alexa request in, one response out (two parameters: no callback). */
export const handler = async (event: RequestEnvelope, context: Context) => skill.invoke(event, context);
