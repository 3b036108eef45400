/**
 * The two ways to drive a console session: at a prompt on the terminal (node:readline, lines
 * handled one at a time, other output printed above the prompt), or from a script file (see
 * script-lines.ts for its lines and script-verdict.ts for when a line passes).
 */
import { readFileSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import type { ConsoleSession } from './console-session';
import { parseScript } from './script-lines';
import { lineVerdict } from './script-verdict';
import type { Style } from './terminal-style';

/** Reads a script file, or standard input for "-". */
export function readScript(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** A line of a script that did not pass; line 0 is the console's own opening and closing. */
export interface ScriptFailure {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/** What running a script found. */
export interface ScriptResult {
  /** How many turns and commands ran. */
  readonly ran: number;
  readonly failures: readonly ScriptFailure[];
}

/** Runs a script's text through the session, printing each exchange and why a line did not pass. */
export async function runScript(session: ConsoleSession, text: string): Promise<ScriptResult> {
  const failures: ScriptFailure[] = [];
  let ran = 0;
  const opened = session.failed;
  await session.open();
  if (session.failed > opened) {
    failures.push({ line: 0, text: 'opening the skill', reason: 'the turn failed' });
  }
  for (const line of parseScript(text)) {
    const outcome = await session.handle(line.text);
    ran += 1;
    const reason = lineVerdict(line, outcome);
    if (reason) {
      session.report(`line ${line.number}: ${reason}`);
      failures.push({ line: line.number, text: line.text, reason });
    }
    if (outcome.quit) break;
  }
  const closing = session.failed;
  await session.close();
  if (session.failed > closing) {
    failures.push({ line: 0, text: 'ending the session', reason: 'the turn failed' });
  }
  return { ran, failures };
}

/** One line saying how the script went, for standard error. */
export function scriptSummary(result: ScriptResult): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (result.failures.length === 0) return `Script passed: ${count(result.ran, 'line')}, none failed.`;
  const lines = result.failures.map((f) => (f.line === 0 ? f.text : `line ${f.line}`)).join(', ');
  return `Script failed: ${count(result.failures.length, 'line')} of ${result.ran} did not pass (${lines}).`;
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
