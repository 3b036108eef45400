/**
 * What Alexa would refuse in a skill's response envelope: a wrong version, speech that is not
 * well-formed SSML inside <speak> or uses tags Alexa does not know, speech over 8,000 characters,
 * an unknown card or directive shape, or a response over 24 KB. Each problem is one sentence. The
 * SSML is read by the same SSML module the adapters use, with the elements the Alexa adapter allows.
 */
import { ALEXA_SSML_ELEMENTS } from '../../adapters/alexa/reply-to-response';
import { readSsml, type SsmlElements, type SsmlProblem } from '../../conversation/speech/ssml';

/** What Alexa reads: its elements inside <speak>, and <speak> itself. */
const ALEXA_DOCUMENT: SsmlElements = new Set([...ALEXA_SSML_ELEMENTS, 'speak']);
const CARD_TYPES = new Set(['Simple', 'Standard', 'LinkAccount', 'AskForPermissionsConsent']);
const MAX_SSML = 8000;
const MAX_RESPONSE_BYTES = 24 * 1024;

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function described(label: string, problem: SsmlProblem): string {
  switch (problem.kind) {
    case 'unknown-element':
      return `${label} uses <${problem.name}>, which Alexa does not know.`;
    case 'unopened-close':
      return `${label} closes ${problem.tag} without opening it.`;
    case 'bad-tag':
      return `${label} has a malformed tag ${problem.tag}.`;
    case 'unclosed':
      return `${label} leaves <${problem.names.join('>, <')}> open.`;
    case 'bare-character':
      return `${label} has a bare ${problem.character}.`;
  }
}

function ssmlProblems(label: string, ssml: string): string[] {
  const problems: string[] = [];
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml.trim())) problems.push(`${label} is not wrapped in <speak>.`);
  if (ssml.length > MAX_SSML)
    problems.push(`${label} has ${ssml.length} characters (Alexa allows ${MAX_SSML}).`);
  const found = readSsml(ssml.trim(), ALEXA_DOCUMENT).problems.map((p) => described(label, p));
  return [...problems, ...new Set(found)];
}

function speechProblems(label: string, speech: unknown): string[] {
  if (speech === undefined) return [];
  if (!isObject(speech)) return [`${label} is not an object.`];
  if (speech.type === 'SSML') {
    return typeof speech.ssml === 'string' ? ssmlProblems(label, speech.ssml) : [`${label} has no ssml.`];
  }
  if (speech.type === 'PlainText') return typeof speech.text === 'string' ? [] : [`${label} has no text.`];
  return [`${label} has an unknown type.`];
}

function cardProblems(card: unknown): string[] {
  if (card === undefined) return [];
  if (!isObject(card) || typeof card.type !== 'string' || !CARD_TYPES.has(card.type)) {
    return ['The card has an unknown type.'];
  }
  if ((card.type === 'Simple' || card.type === 'Standard') && typeof card.title !== 'string') {
    return ['The card has no title.'];
  }
  return [];
}

/** The problems Alexa would find in a response envelope; empty when it is valid. */
export function responseProblems(envelope: unknown): string[] {
  if (!isObject(envelope)) return ['The response is not a JSON object.'];
  const problems: string[] = [];
  if (envelope.version !== '1.0') problems.push('The response version is not "1.0".');
  const size = Buffer.byteLength(JSON.stringify(envelope));
  if (size > MAX_RESPONSE_BYTES)
    problems.push(`The response is ${size} bytes (Alexa allows ${MAX_RESPONSE_BYTES}).`);
  if (envelope.sessionAttributes !== undefined && !isObject(envelope.sessionAttributes)) {
    problems.push('The session attributes are not an object.');
  }
  const response = envelope.response;
  if (!isObject(response)) return [...problems, 'The response has no response object.'];
  problems.push(...speechProblems('The speech', response.outputSpeech));
  const reprompt = response.reprompt;
  if (reprompt !== undefined) {
    problems.push(
      ...(isObject(reprompt)
        ? speechProblems('The reprompt', reprompt.outputSpeech)
        : ['The reprompt is not an object.']),
    );
  }
  problems.push(...cardProblems(response.card));
  const end = response.shouldEndSession;
  if (end !== undefined && end !== null && typeof end !== 'boolean')
    problems.push('shouldEndSession is not a boolean.');
  const directives = response.directives;
  if (
    directives !== undefined &&
    (!Array.isArray(directives) || !directives.every((d) => isObject(d) && typeof d.type === 'string'))
  ) {
    problems.push('A directive has no type.');
  }
  return problems;
}
