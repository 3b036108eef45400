/**
 * Test helper: an SSML checker written independently of the adapter's, so the tests do not grade
 * the adapter with its own code. It checks what Alexa rejects: a missing <speak> wrapper, elements
 * Alexa does not know, unbalanced tags, unescaped text, and speech over 8,000 characters.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';

const ELEMENTS = [
  'speak',
  'p',
  's',
  'break',
  'emphasis',
  'prosody',
  'say-as',
  'sub',
  'phoneme',
  'w',
  'audio',
  'lang',
  'voice',
  'mark',
  'amazon:effect',
  'amazon:emotion',
  'amazon:domain',
  'amazon:auto-breaths',
];

/** Alexa's limit on one outputSpeech. */
export const SPEECH_LIMIT = 8000;
/** Alexa's limit on a whole response. */
export const RESPONSE_LIMIT_BYTES = 24 * 1024;

/** The problems Alexa would have with this SSML document; empty when it is fine. */
export function ssmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  if (ssml.length > SPEECH_LIMIT) problems.push(`longer than ${SPEECH_LIMIT} characters (${ssml.length})`);
  if (!ssml.startsWith('<speak>') || !ssml.endsWith('</speak>')) problems.push('not wrapped in <speak>');
  const stack: string[] = [];
  for (const part of ssml.split(/(<[^<>]*>)/)) {
    if (part.startsWith('<') && part.endsWith('>')) {
      const tag = /^<(\/?)([a-z][a-z:-]*)(\s[^<>]*?)?(\/?)>$/.exec(part);
      if (!tag) {
        problems.push(`bad tag ${part}`);
        continue;
      }
      const [, closing, name, , selfClosing] = tag;
      if (!ELEMENTS.includes(name!)) problems.push(`element <${name}> is not SSML`);
      if (closing) {
        if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
      } else if (!selfClosing) {
        stack.push(name!);
      }
    } else {
      if (/[<>]/.test(part)) problems.push(`raw angle bracket in "${part.slice(0, 40)}"`);
      const bare = part.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, '');
      if (bare.includes('&')) problems.push(`unescaped & in "${part.slice(0, 40)}"`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}

/** The words of an SSML document, tags removed and entities decoded. */
export function spokenText(ssml: string): string {
  return ssml
    .replace(/<break[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const ssmlOf = (speech: ui.OutputSpeech | undefined): string | undefined =>
  speech?.type === 'SSML' ? speech.ssml : undefined;

/** The speech and reprompt of a response as plain words ('' when absent). */
export function wordsOf(envelope: ResponseEnvelope): { speech: string; reprompt: string } {
  const speech = ssmlOf(envelope.response.outputSpeech);
  const reprompt = ssmlOf(envelope.response.reprompt?.outputSpeech);
  return { speech: speech ? spokenText(speech) : '', reprompt: reprompt ? spokenText(reprompt) : '' };
}

/** Every problem Alexa would have with a response envelope: SSML of speech and reprompt, and size. */
export function responseProblems(envelope: ResponseEnvelope): string[] {
  const problems: string[] = [];
  if (envelope.version !== '1.0') problems.push('version is not 1.0');
  if (typeof envelope.response !== 'object' || envelope.response === null)
    return [...problems, 'no response'];
  const { outputSpeech, reprompt } = envelope.response;
  for (const [label, speech] of [
    ['speech', outputSpeech],
    ['reprompt', reprompt?.outputSpeech],
  ] as const) {
    if (!speech) continue;
    if (speech.type !== 'SSML') problems.push(`${label} is not SSML`);
    else problems.push(...ssmlProblems(speech.ssml).map((problem) => `${label}: ${problem}`));
  }
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  if (bytes > RESPONSE_LIMIT_BYTES) problems.push(`response is ${bytes} bytes`);
  if (
    envelope.sessionAttributes !== undefined &&
    (typeof envelope.sessionAttributes !== 'object' || Array.isArray(envelope.sessionAttributes))
  ) {
    problems.push('sessionAttributes is not an object');
  }
  return problems;
}
