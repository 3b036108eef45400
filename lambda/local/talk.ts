/**
 * `npm run talk [-- --platform alexa|google] [-- --locale en-US] [-- --store us|uk|india]
 * [-- --user <customerId>] [-- --script <file>]`: the voice console alone. It uses the running local
 * stack when DYNAMODB_ENDPOINT is set and answers, else starts its own in-memory DynamoDB Local with
 * a demo store: the one --store names, else the one that serves the locale (en-GB the UK store,
 * en-IN and hi-IN the Indian one, any other the US one). Interactive on a terminal; with --script (or lines piped in) it prints each exchange and
 * exits 0 when every line passed, 1 when one did not (a turn failed, fell back, or missed what the
 * line expects after `=>`), and 2 when the script could not run. Status goes to stderr, the
 * transcript to stdout.
 */
import './console/quiet-warnings';
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { createConsole, freshUserId } from './console/console-setup';
import { consoleBanner } from './console/console-guide';
import { readScript, runScript, scriptSummary, startRepl } from './console/console-runners';
import type { Platform } from './console/console-session';
import { startProgressSink } from './console/progress-sink';
import { colourWanted, makeStyle } from './console/terminal-style';
import { describeEvent, TurnLog } from './console/turn-log';
import { DEMO_STORES, demoStoreServing, type DemoStore } from './demo/demo-stores';
import { demoStoreAt, parseStoreOption, useStoreSnapshots } from './demo-store-option';
import { existingDatabase, startLocalDatabase, type LocalDatabase } from './dev-server-database';
import { buildLocalStack } from './dev-server-stack';

interface TalkOptions {
  readonly platform: Platform;
  readonly locale: string;
  readonly store?: DemoStore;
  readonly user?: string;
  readonly script?: string;
}

const status = (line: string): void => void process.stderr.write(`${line}\n`);

/** The exit status when the script could not run at all (no file, bad options, no database). */
const COULD_NOT_RUN = 2;

function parsePlatform(value: string): Platform {
  if (value !== 'alexa' && value !== 'google') throw new InvalidArgumentError('use alexa or google.');
  return value;
}

async function database(tableName: string, store: DemoStore): Promise<LocalDatabase> {
  const endpoint = process.env.DYNAMODB_ENDPOINT?.trim();
  if (endpoint) {
    const found = await existingDatabase(endpoint, tableName);
    if (!('problem' in found)) {
      // Search the snapshots of the store that database holds, whatever --store says.
      useStoreSnapshots((await demoStoreAt(endpoint, tableName)) ?? DEMO_STORES.us);
      return found;
    }
    status(
      found.problem === 'no-table'
        ? `Table ${tableName} is not at ${endpoint}; starting a database of my own instead.`
        : `Nothing answers at DYNAMODB_ENDPOINT=${endpoint}; starting a database of my own instead.`,
    );
  }
  const named = store.name === 'us' ? '' : ` (${store.settings.name})`;
  status(`Starting DynamoDB Local in memory with the demo store${named}...`);
  useStoreSnapshots(store);
  return startLocalDatabase({ tableName, store });
}

async function talk(options: TalkOptions): Promise<number> {
  const interactive = !options.script && process.stdin.isTTY === true;
  const script = interactive ? '' : readScript(options.script ?? '-');
  const tableName = process.env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
  const db = await database(tableName, options.store ?? demoStoreServing(options.locale));
  for (const note of db.notes) status(note);
  const style = makeStyle(colourWanted(process.stdout));
  const log = new TurnLog((event) => {
    if (event.level !== 'info') status(style.dim(`log: ${describeEvent(event)}`));
  });
  const progress = await startProgressSink();
  const stack = buildLocalStack({
    endpoint: db.endpoint,
    tableName,
    logger: log,
    progressEndpoints: [(url) => progress.accepts(url)],
  });
  let print = (line: string): void => void process.stdout.write(`${line}\n`);
  try {
    const session = createConsole({
      stack,
      log,
      progress,
      platform: options.platform,
      locale: options.locale,
      ...(interactive ? {} : { userId: freshUserId() }),
      style,
      print: (line) => print(line),
      echo: !interactive,
    });
    if (options.user && !(await session.link(options.user)) && !interactive) return COULD_NOT_RUN;
    if (!interactive) {
      const result = await runScript(session, script);
      status(scriptSummary(result));
      return result.failures.length > 0 ? 1 : 0;
    }
    for (const line of consoleBanner('/quit or Ctrl-D leaves')) status(style.dim(line));
    await session.open();
    const repl = startRepl({ session, style, onInterrupt: () => repl.close() });
    print = (line) => repl.printAbove(line);
    await repl.done;
    await session.close();
    return session.failed > 0 ? 1 : 0;
  } finally {
    stack.close();
    await progress.close();
    await db.running?.stop();
  }
}

const program = new Command('talk')
  .description(
    'Talk to the skill: what you type is resolved against the interaction model and sent through the real handler.',
  )
  .option('--platform <name>', 'alexa or google', parsePlatform, 'alexa' as Platform)
  .option('--locale <locale>', 'the locale of the interaction model and requests', 'en-US')
  .option(
    '--store <name>',
    'the demo store to start when there is no running one: us, uk or india',
    parseStoreOption,
  )
  .option('--user <customerId>', 'link this customer before the first turn (a dev token)')
  .option(
    '--script <file>',
    'one utterance a line ("utterance => expected words" checks the reply); exits 1 if a line did not pass',
  )
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : COULD_NOT_RUN);
  })
  .action(async (options: TalkOptions) => {
    process.exitCode = await talk(options);
  });

program.parseAsync(process.argv).then(
  () => process.exit(),
  (error: unknown) => {
    status(`talk failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(COULD_NOT_RUN);
  },
);
