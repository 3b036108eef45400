/**
 * How an exchange reads in the terminal: "You:" and "Alexa:" (or "Google:") turns, what was sent
 * in a dim line, the speech as readable text with the turn's time, then the reprompt, card,
 * directives, progressive responses, warnings, problems, and the end of the session. With /json
 * on, the raw request and response follow.
 */
import type { Exchange } from './exchange';
import type { ReadableSpeech } from './ssml-text';
import type { Style } from './terminal-style';

/** How to print. */
export interface TranscriptOptions {
  readonly assistant: string;
  readonly style: Style;
  readonly showJson: boolean;
}

const INDENT = '  ';

function spoken(speech: ReadableSpeech | undefined): string {
  if (!speech) return '(says nothing)';
  return speech.rate ? `${speech.text} (rate ${speech.rate})` : speech.text;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** The line for what the shopper said. */
export function utteranceLine(text: string, style: Style): string {
  return `${style.you(style.bold('You:'))} ${text}`;
}

/** The lines of one exchange. */
export function exchangeLines(exchange: Exchange, options: TranscriptOptions): string[] {
  const { style } = options;
  const lines: string[] = [];
  lines.push(style.dim(`${INDENT}→ ${exchange.sent}`));
  for (const holding of exchange.progress) {
    lines.push(`${style.assistant(`${options.assistant} (progress):`)} ${holding}`);
  }
  const who = exchange.byPlatform ? `${options.assistant} (dialog):` : `${options.assistant}:`;
  const silent = !exchange.reply.speech && exchange.reply.directives.length === 0 && !exchange.reply.card;
  if (exchange.response !== undefined || exchange.byPlatform) {
    const time = exchange.byPlatform ? '' : style.dim(` (${formatMs(exchange.elapsedMs)})`);
    const closing = silent && exchange.sessionEnded ? '(nothing: the session is closed)' : undefined;
    const words =
      closing ?? (silent || exchange.reply.speech ? spoken(exchange.reply.speech) : '(no speech)');
    lines.push(`${style.assistant(style.bold(who))} ${words}${time}`);
  }
  const { reprompt, card, directives } = exchange.reply;
  if (reprompt) lines.push(style.dim(`${INDENT}reprompt: ${spoken(reprompt)}`));
  if (card) lines.push(style.dim(`${INDENT}card: ${card}`));
  for (const directive of directives) lines.push(style.dim(`${INDENT}directive: ${directive}`));
  for (const log of exchange.logs) lines.push(style.notice(`${INDENT}log: ${log}`));
  for (const problem of exchange.problems) lines.push(style.error(`${INDENT}✗ ${problem}`));
  if (options.showJson && exchange.request !== undefined) {
    lines.push(
      style.dim(
        `${INDENT}request: ${JSON.stringify(exchange.request, null, 2).replace(/\n/g, `\n${INDENT}`)}`,
      ),
    );
  }
  if (options.showJson && exchange.response !== undefined) {
    lines.push(
      style.dim(
        `${INDENT}response: ${JSON.stringify(exchange.response, null, 2).replace(/\n/g, `\n${INDENT}`)}`,
      ),
    );
  }
  if (exchange.sessionEnded) lines.push(style.dim(`${INDENT}(session ended)`));
  return lines;
}
