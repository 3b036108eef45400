/**
 * Reply -> Alexa response, within Alexa's limits: speech and reprompt under 8,000 characters each
 * (with the <speak> wrapper), the whole response envelope under 24 KB. When a reply is too long,
 * the card text goes first, then the reprompt, then the speech are shortened, each at a sentence or
 * word boundary and never inside a tag; the dialog state is dropped only if nothing else helps.
 */
import type { Directive, Response, ui } from 'ask-sdk-model';
import { askForPermissionDirective, permissionCard } from './permissions';
import type { Reply, Utterance } from '../../conversation/turn';
import { STATE_ATTRIBUTE } from './request-to-turn';
import { trimSsml, type SsmlElements } from '../../conversation/speech/ssml';

/** The SSML elements Alexa speaks inside <speak>. */
export const ALEXA_SSML_ELEMENTS: SsmlElements = new Set([
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
]);

/** Alexa's limit on one outputSpeech's SSML, <speak> tags included. */
export const MAX_SPEECH_CHARS = 8000;
/** Alexa's limit on the whole response envelope, in bytes of JSON. */
export const MAX_RESPONSE_BYTES = 24 * 1024;
/** Room kept for what ask-sdk adds around the response (version, user agent). */
const ENVELOPE_MARGIN_BYTES = 512;
/** Alexa's limit on a Simple card's title and content together. */
const MAX_CARD_CHARS = 8000;

/** What an Alexa turn returns: the response and the session attributes to carry. */
export interface RenderedReply {
  readonly response: Response;
  readonly sessionAttributes: Record<string, unknown>;
  /** True when the state had to be dropped to fit the size limit. */
  readonly stateDropped: boolean;
}

const WRAPPER = '<speak></speak>'.length;

function speech(ssml: string, maxChars: number): ui.SsmlOutputSpeech {
  return { type: 'SSML', ssml: `<speak>${trimSsml(ssml, maxChars - WRAPPER, ALEXA_SSML_ELEMENTS)}</speak>` };
}

function cutPlain(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, Math.max(0, maxChars - 1));
  const word = head.lastIndexOf(' ');
  return `${word > 0 ? head.slice(0, word) : head}…`;
}

function card(reply: Reply, maxChars: number): ui.Card | undefined {
  if (reply.linkAccount) return { type: 'LinkAccount' };
  if (reply.permissionCard) return permissionCard(reply.permissionCard);
  if (!reply.card) return undefined;
  const title = cutPlain(reply.card.title, 200);
  return { type: 'Simple', title, content: cutPlain(reply.card.text, Math.max(0, maxChars - title.length)) };
}

interface Budget {
  readonly speech: number;
  readonly reprompt: number;
  readonly card: number;
  readonly keepState: boolean;
}

/**
 * Where the account-linking card went, said after the speech (inside any prosody, so at the
 * shopper's rate): the conversation asks for a link without naming a platform.
 */
function withLinkCard(reply: Reply): Reply {
  const note = reply.linkAccount ? reply.linkCardSent : undefined;
  if (!note) return reply;
  const speech = {
    ssml: reply.speech.ssml.replace(/((?:<\/prosody>)?)$/, ` ${note.ssml}$1`),
    text: `${reply.speech.text} ${note.text}`,
  };
  return { ...reply, speech };
}

function build(original: Reply, budget: Budget): RenderedReply {
  const reply = withLinkCard(original);
  // Alexa's consent question follows the speech: no reprompt, and the session's end left to Alexa.
  const asking = reply.askPermission;
  const reprompt: Utterance | undefined = reply.endSession || asking ? undefined : reply.reprompt;
  const shownCard = card(reply, budget.card);
  const response: Response = {
    outputSpeech: speech(reply.speech.ssml, budget.speech),
    ...(reprompt ? { reprompt: { outputSpeech: speech(reprompt.ssml, budget.reprompt) } } : {}),
    ...(shownCard ? { card: shownCard } : {}),
    ...(asking
      ? { directives: [askForPermissionDirective(asking) as unknown as Directive] }
      : { shouldEndSession: reply.endSession }),
  };
  const keep = budget.keepState && reply.state !== undefined;
  const sessionAttributes: Record<string, unknown> = keep ? { [STATE_ATTRIBUTE]: reply.state } : {};
  return { response, sessionAttributes, stateDropped: !budget.keepState && reply.state !== undefined };
}

const sizeOf = (rendered: RenderedReply): number =>
  Buffer.byteLength(
    JSON.stringify({
      version: '1.0',
      response: rendered.response,
      sessionAttributes: rendered.sessionAttributes,
    }),
  );

/** Renders a Reply; the session attributes carry only the reply's state, under one key. */
export function renderReply(reply: Reply): RenderedReply {
  const limit = MAX_RESPONSE_BYTES - ENVELOPE_MARGIN_BYTES;
  let budget: Budget = {
    speech: MAX_SPEECH_CHARS,
    reprompt: MAX_SPEECH_CHARS,
    card: MAX_CARD_CHARS,
    keepState: true,
  };
  let rendered = build(reply, budget);
  // Each step gives up the least useful part first; bytes over the limit bound how much to cut.
  const steps: ((over: number) => Budget)[] = [
    (over) => ({ ...budget, card: Math.max(0, budget.card - over) }),
    (over) => ({ ...budget, reprompt: Math.max(WRAPPER + 200, budget.reprompt - over) }),
    (over) => ({ ...budget, speech: Math.max(WRAPPER + 400, budget.speech - over) }),
    () => ({ ...budget, keepState: false }),
  ];
  for (const step of steps) {
    let size = sizeOf(rendered);
    for (let attempt = 0; size > limit && attempt < 4; attempt += 1) {
      budget = step(size - limit);
      rendered = build(reply, budget);
      size = sizeOf(rendered);
    }
    if (size <= limit) break;
  }
  return rendered;
}
