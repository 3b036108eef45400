/**
 * The lines of a console script: one utterance or /command a line, blank lines and `#` comments
 * skipped. An utterance may carry what its reply must contain after `=>`, with alternatives split
 * by `|`: `add two of those  => added | in your cart`. The check ignores case, runs of spaces and
 * the kind of apostrophe.
 */

/** What separates an utterance from what its reply must contain. */
export const EXPECT_MARK = '=>';

/** One line of a script that is a turn or a command. */
export interface ScriptLine {
  /** 1-based line number in the file. */
  readonly number: number;
  /** The utterance or /command, without the expectation. */
  readonly text: string;
  /** What the reply must contain (any one of them); undefined when the line expects nothing. */
  readonly expect?: readonly string[];
}

/** The lines of a script that are turns or commands, with their line numbers. */
export function parseScript(text: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const mark = line.indexOf(EXPECT_MARK);
    if (mark < 0) {
      lines.push({ number: index + 1, text: line });
      return;
    }
    const expect = line
      .slice(mark + EXPECT_MARK.length)
      .split('|')
      .map((alternative) => alternative.trim())
      .filter((alternative) => alternative !== '');
    lines.push({ number: index + 1, text: line.slice(0, mark).trim(), expect });
  });
  return lines;
}

/** Text as the check compares it: lower case, one space between words, straight apostrophes. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the reply contains one of the expected texts. */
export function replyMeets(reply: string, expect: readonly string[]): boolean {
  const heard = comparable(reply);
  return expect.some((alternative) => heard.includes(comparable(alternative)));
}
