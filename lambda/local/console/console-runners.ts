/**
 * The two ways to drive a console session: at a prompt on the terminal (node:readline, lines
 * handled one at a time, other output printed above the prompt), or from a script file (one
 * utterance a line, `#` comments and blank lines skipped, lines starting with / are commands).
 */
import { readFileSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import type { ConsoleSession } from './console-session';
import type { Style } from './terminal-style';

/** The lines of a script that are turns or commands. */
export function scriptLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Reads a script file, or standard input for "-". */
export function readScript(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** Runs a script's text; resolves to the number of failed turns and commands. */
export async function runScript(session: ConsoleSession, text: string): Promise<number> {
  const lines = scriptLines(text);
  await session.open();
  for (const line of lines) {
    const outcome = await session.handle(line);
    if (outcome.quit) break;
  }
  await session.close();
  return session.failed;
}

/** A prompt on the terminal. */
export interface Repl {
  /** Prints a line without disturbing what is being typed. */
  printAbove(line: string): void;
  /** Resolves when the shopper quits (/quit, Ctrl-D) or close() is called. */
  readonly done: Promise<void>;
  close(): void;
}

/** Starts the prompt; Ctrl-C calls onInterrupt (the caller decides what stops). */
export function startRepl(options: {
  readonly session: ConsoleSession;
  readonly style: Style;
  readonly onInterrupt: () => void;
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
}): Repl {
  const output = options.output ?? process.stdout;
  const rl: Interface = createInterface({
    input: options.input ?? process.stdin,
    output,
    prompt: `${options.style.you(options.style.bold('You:'))} `,
    terminal: true,
  });
  let busy = false;
  const queue: string[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  async function drain(): Promise<void> {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const outcome = await options.session.handle(queue.shift()!);
      if (outcome.quit) {
        rl.close();
        return;
      }
    }
    busy = false;
    rl.prompt();
  }

  rl.on('line', (line) => {
    queue.push(line);
    void drain();
  });
  rl.on('SIGINT', options.onInterrupt);
  rl.on('close', () => finish());
  rl.prompt();
  return {
    done,
    close: () => {
      // Leave the prompt's line, so what is printed while stopping starts on a line of its own.
      if (!busy) output.write('\n');
      rl.close();
    },
    printAbove(line) {
      if (busy) {
        output.write(`${line}\n`);
        return;
      }
      output.write(`\r\u001b[2K${line}\n`);
      rl.prompt(true);
    },
  };
}
