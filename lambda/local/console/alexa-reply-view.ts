/**
 * An Alexa response envelope as the console shows it: speech and reprompt as readable text, the
 * card as a line, and each directive as its type with the part that matters (the slot a dialog
 * asks for, the speech of a VoicePlayer.Speak).
 */
import type { ReplyView } from './exchange';
import { ssmlToText, type ReadableSpeech } from './ssml-text';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readable(speech: unknown): ReadableSpeech | undefined {
  if (!isObject(speech)) return undefined;
  if (typeof speech.ssml === 'string') return ssmlToText(speech.ssml);
  return typeof speech.text === 'string' ? { text: speech.text } : undefined;
}

function cardLine(card: unknown): string | undefined {
  if (!isObject(card)) return undefined;
  if (card.type === 'LinkAccount')
    return 'Link account: the Alexa app asks the shopper to link their store account.';
  const title = typeof card.title === 'string' ? card.title : '';
  const content =
    typeof card.content === 'string' ? card.content : typeof card.text === 'string' ? card.text : '';
  return `${title}${title && content ? ': ' : ''}${content.replace(/\s*\n\s*/g, ' / ')}`;
}

function directiveLine(directive: unknown): string {
  if (!isObject(directive)) return 'a directive that is not an object';
  const type = typeof directive.type === 'string' ? directive.type : 'untyped directive';
  const intent = isObject(directive.updatedIntent) ? directive.updatedIntent.name : undefined;
  const detail = [
    typeof directive.slotToElicit === 'string' ? `asks for ${directive.slotToElicit}` : '',
    typeof directive.slotToConfirm === 'string' ? `confirms ${directive.slotToConfirm}` : '',
    typeof intent === 'string' ? `intent ${intent}` : '',
    typeof directive.speech === 'string' ? ssmlToText(directive.speech).text : '',
  ].filter(Boolean);
  return detail.length ? `${type} (${detail.join(', ')})` : type;
}

/** The view of a response envelope; empty for an envelope without a response. */
export function alexaReplyView(envelope: unknown): ReplyView {
  const response = isObject(envelope) && isObject(envelope.response) ? envelope.response : {};
  const reprompt = isObject(response.reprompt) ? readable(response.reprompt.outputSpeech) : undefined;
  const card = cardLine(response.card);
  const directives = Array.isArray(response.directives) ? response.directives.map(directiveLine) : [];
  const speech = readable(response.outputSpeech);
  return {
    ...(speech ? { speech } : {}),
    ...(reprompt ? { reprompt } : {}),
    ...(card ? { card } : {}),
    directives,
  };
}

/** The directive of a type in a response, when there is one. */
export function directiveOf(envelope: unknown, type: string): Json | undefined {
  const response = isObject(envelope) && isObject(envelope.response) ? envelope.response : {};
  const directives = Array.isArray(response.directives) ? (response.directives as unknown[]) : [];
  return directives.find((d): d is Json => isObject(d) && d.type === type);
}
