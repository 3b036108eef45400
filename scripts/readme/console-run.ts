/**
 * Runs a console script in this process, the way `npm run talk -- --script` does (the console's
 * stand-in for Alexa, the real skill, a fresh shopper), on a stack whose clock stands still and whose
 * order numbers count up, so the transcript reads the same on every run. The turn times are left
 * out for the same reason. Only SEARCH_SNAPSHOT_DIR is read from the environment, and the table's
 * search index snapshot is brought up to its catalog first, as loading the demo store does.
 */
import { runScript, type ScriptResult } from '../../lambda/local/console/console-runners';
import type { Platform } from '../../lambda/local/console/console-session';
import { createConsole, freshUserId } from '../../lambda/local/console/console-setup';
import { CountingIds, StoppedClock } from '../../lambda/local/console/fixed-time-and-ids';
import { makeStyle } from '../../lambda/local/console/terminal-style';
import { TurnLog } from '../../lambda/local/console/turn-log';
import { buildLocalStack } from '../../lambda/local/dev-server-stack';
import { buildLocalSnapshot, localSnapshotStore } from '../../lambda/local/search-snapshots';

/** A Tuesday, 10 in the morning in the demo store's time zone (New York). */
export const TRANSCRIPT_TIME = new Date('2026-03-03T15:00:00Z');

/** The database the run uses: a table holding the demo store. */
export interface ConsoleRunTarget {
  readonly endpoint: string;
  readonly tableName: string;
}

/** What the run printed, and its verdict. */
export interface ConsoleRun {
  readonly lines: readonly string[];
  readonly result: ScriptResult;
}

const TURN_TIME = / \((?:\d+ ms|\d+\.\d s)\)$/;

/** A transcript line without the turn's time ("Alexa: Goodbye. (1 ms)" -> "Alexa: Goodbye."). */
export function withoutTime(line: string): string {
  return /^(Alexa|Google)\b/.test(line) ? line.replace(TURN_TIME, '') : line;
}

/** How to run it other than the default (Alexa, en-US, at TRANSCRIPT_TIME). */
export interface ConsoleRunOptions {
  readonly platform?: Platform;
  readonly locale?: string;
  /** The instant the stopped clock shows. */
  readonly at?: Date;
}

/** Runs the script's text and returns the transcript. */
export async function runConsoleScript(
  target: ConsoleRunTarget,
  script: string,
  options: ConsoleRunOptions = {},
): Promise<ConsoleRun> {
  const log = new TurnLog();
  const env = { SEARCH_SNAPSHOT_DIR: process.env.SEARCH_SNAPSHOT_DIR };
  const stack = buildLocalStack({
    endpoint: target.endpoint,
    tableName: target.tableName,
    logger: log,
    env,
    fixed: { clock: new StoppedClock(options.at ?? TRANSCRIPT_TIME), ids: new CountingIds() },
  });
  const lines: string[] = [];
  try {
    const store = localSnapshotStore(target.tableName, env);
    await buildLocalSnapshot({ doc: stack.clients.doc, tableName: target.tableName, store });
    const session = createConsole({
      stack,
      log,
      platform: options.platform ?? 'alexa',
      locale: options.locale ?? 'en-US',
      userId: freshUserId(),
      style: makeStyle(false),
      print: (line) => lines.push(withoutTime(line)),
      echo: true,
    });
    const result = await runScript(session, script);
    return { lines, result };
  } finally {
    stack.close();
  }
}
