/**
 * Colour for the console's output, only where the terminal has it: never with NO_COLOR set, always
 * with FORCE_COLOR set (other than 0), otherwise when the stream is a terminal that reports colours.
 */

/** The styles the transcript uses; each returns the text unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean;
  you(text: string): string;
  assistant(text: string): string;
  dim(text: string): string;
  error(text: string): string;
  notice(text: string): string;
  bold(text: string): string;
}

const paint =
  (enabled: boolean, open: number, close: number) =>
  (text: string): string =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** Decides whether a stream gets colour. */
export function colourWanted(
  stream: { readonly isTTY?: boolean; hasColors?: () => boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return Boolean(stream.isTTY) && (stream.hasColors?.() ?? false);
}

/** The styles, coloured or plain. */
export function makeStyle(enabled: boolean): Style {
  return {
    enabled,
    you: paint(enabled, 36, 39),
    assistant: paint(enabled, 32, 39),
    dim: paint(enabled, 2, 22),
    error: paint(enabled, 31, 39),
    notice: paint(enabled, 33, 39),
    bold: paint(enabled, 1, 22),
  };
}
