/**
 * Whether a script line passed: its turn did not fail (an exception, an invalid response, an error
 * logged, a command that could not be done); its reply contains what the line expects after `=>`;
 * and, when it expects nothing, the platform did not send it as a fallback (nothing in the
 * interaction model matched). A line that says what its reply must contain is judged by that alone,
 * so a script can check what a fallback answers.
 */
import type { Exchange } from './exchange';
import { replyMeets, type ScriptLine } from './script-lines';

/** What a line produced, as the verdict needs it. */
export interface LineResult {
  readonly exchanges: readonly Exchange[];
  readonly failed: boolean;
}

interface RequestShape {
  readonly request?: { readonly type?: string; readonly intent?: { readonly name?: string } };
  readonly intent?: { readonly name?: string };
}

const QUOTE_LENGTH = 160;

/** True when the platform sent the exchange as its fallback (Alexa's FallbackIntent, Google's NO_MATCH). */
export function fellBack(exchange: Exchange): boolean {
  const sent = exchange.request as RequestShape | undefined;
  if (sent?.request?.intent?.name === 'AMAZON.FallbackIntent') return true;
  return sent?.intent?.name?.startsWith('actions.intent.NO_MATCH') === true;
}

/** True when the exchange opened the skill (Alexa's LaunchRequest, Google's MAIN intent). */
export function openedTheSkill(exchange: Exchange): boolean {
  const sent = exchange.request as RequestShape | undefined;
  return sent?.request?.type === 'LaunchRequest' || sent?.intent?.name === 'actions.intent.MAIN';
}

/** Everything the line's exchanges said, skill and platform alike, as one text. */
export function replyText(exchanges: readonly Exchange[]): string {
  return exchanges
    .map((exchange) => exchange.reply.speech?.text ?? '')
    .filter((text) => text !== '')
    .join(' ');
}

function quoted(text: string): string {
  const short = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
  return `"${short}"`;
}

/** Why the line did not pass, or undefined when it did. */
export function lineVerdict(line: ScriptLine, result: LineResult): string | undefined {
  if (result.failed) return line.text.startsWith('/') ? 'the command failed' : 'the turn failed';
  if (line.expect !== undefined) {
    if (line.text.startsWith('/')) return `only an utterance can carry "=>", not a command`;
    if (line.expect.length === 0) return 'nothing to expect after "=>"';
    const reply = replyText(result.exchanges);
    if (replyMeets(reply, line.expect)) return undefined;
    const wanted = line.expect.map((text) => quoted(text)).join(' or ');
    return `expected ${wanted}, heard ${reply ? quoted(reply) : 'nothing'}`;
  }
  if (result.exchanges.some(fellBack)) return 'fell back: nothing in the interaction model matched it';
  return undefined;
}
