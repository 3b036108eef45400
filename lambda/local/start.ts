/**
 * `npm start [-- --reset] [-- --port N] [-- --data <dir>] [-- --db-port N] [-- --store us|uk|india]`:
 * the whole product on this machine. DynamoDB Local with its data in .local/dynamodb (another store
 * in .local/dynamodb-<store>; kept between starts; --reset wipes it), the table, the demo store when
 * the store is empty (the console speaks the store's first locale), the dev server (PORT, default 3000) behind a dev secret made at this start
 * (printed as DEV_SECRET=<value>, written to .local/dev-secret), order events to MERCHANT_WEBHOOK_URL
 * when it is set, and, on a terminal, the voice console.
 * Without a terminal it keeps serving. One Ctrl-C (or /quit) stops everything, Java included.
 */
import './console/quiet-warnings';
import { Command, InvalidArgumentError } from 'commander';
import { join, resolve } from 'node:path';
import { createAlexaRequestVerifier } from '../adapters/alexa-http/alexa-request-verifier';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { consoleBanner } from './console/console-guide';
import { startRepl, type Repl } from './console/console-runners';
import { createConsole } from './console/console-setup';
import type { ConsoleSession } from './console/console-session';
import { startProgressSink, type ProgressSink } from './console/progress-sink';
import { colourWanted, makeStyle } from './console/terminal-style';
import { describeEvent, TurnLog } from './console/turn-log';
import { DEMO_STORES, type DemoStore } from './demo/demo-stores';
import { defaultDataFolder, parseStoreOption, useStoreSnapshots } from './demo-store-option';
import { createDevSecret, devSecretLine } from './dev-secret';
import { startDevServer, type RunningDevServer } from './dev-server';
import { startLocalDatabase, type LocalDatabase } from './dev-server-database';
import { healthCheck, startBanner } from './dev-server-banner';
import { buildLocalMcp } from './dev-server-mcp';
import { buildLocalStack, type LocalStack } from './dev-server-stack';
import type { LocalEventPipeline } from './local-event-pipeline';
import { startLocalOrderEvents } from './local-order-events';
import { watchCatalogForSnapshots, type SnapshotWatcher } from './search-snapshots';

const ROOT = resolve(__dirname, '../..');

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('use a port from 0 to 65535.');
  return port;
}

const options = new Command('start')
  .description('DynamoDB Local, the demo store, the dev server and the voice console, in one command.')
  .option('--port <port>', 'dev server port', parsePort, parsePort(process.env.PORT || '3000'))
  .option('--reset', 'wipe the local data first', false)
  .option('--data <dir>', 'where DynamoDB Local keeps the data (default .local/dynamodb)')
  .option('--db-port <port>', 'DynamoDB Local port (another free one when taken; 0 for any)', parsePort, 8000)
  .option('--store <name>', 'the demo store: us, uk or india', parseStoreOption, DEMO_STORES.us)
  .parse(process.argv)
  .opts<{ port: number; reset: boolean; data?: string; dbPort: number; store: DemoStore }>();
const dataFolder = options.data ?? defaultDataFolder(options.store);
const dataPath = resolve(ROOT, dataFolder);
useStoreSnapshots(options.store);

const style = makeStyle(colourWanted(process.stdout));
let repl: Repl | undefined;
let print = (line: string): void => void process.stdout.write(`${line}\n`);
const status = (line: string): void => print(line);

/** What is running, for the one stop that ends it all. */
interface Running {
  readonly db: LocalDatabase;
  readonly stack: LocalStack;
  readonly progress: ProgressSink;
  /** Order events to MERCHANT_WEBHOOK_URL, when it is set. */
  readonly events?: LocalEventPipeline;
  /** Keeps the search index snapshot in step with the catalog. */
  readonly snapshots: SnapshotWatcher;
  session?: ConsoleSession;
  server?: RunningDevServer;
}

/** The stop of everything: console, dev server, clients, DynamoDB Local; then exit with `code`. */
function stopper(running: Running): (code: number) => Promise<void> {
  let stopping = false;
  return async (code) => {
    if (stopping) return;
    stopping = true;
    repl?.close();
    print = (line) => void process.stdout.write(`${line}\n`);
    await running.session?.close().catch(() => undefined);
    // An open keep-alive connection must not hold the shutdown: two seconds, then on regardless.
    await Promise.race([running.server?.close(), new Promise((done) => setTimeout(done, 2000).unref())]);
    await running.events?.stop();
    await running.snapshots.close();
    running.stack.close();
    await running.progress.close();
    running.db.running?.process.removeAllListeners('exit');
    await running.db.running?.stop();
    status(style.dim(`Stopped: dev server, DynamoDB Local. The data stays in ${dataFolder}.`));
    process.exit(code);
  };
}

/** The dev server over the stack, behind this start's dev secret; stops everything if it cannot listen. */
async function serve(
  running: Running,
  log: TurnLog,
  devSecret: string,
  stop: (code: number) => Promise<void>,
) {
  const { stack } = running;
  return startDevServer({
    port: options.port,
    devSecret,
    alexa: stack.alexa,
    verifier: createAlexaRequestVerifier(),
    google: stack.google,
    merchantApi: stack.merchantApi,
    mcp: buildLocalMcp(stack),
    health: healthCheck(stack),
    logger: log,
    onRequest: (line) => print(style.dim(`http: ${line}`)),
  }).catch(async (error: unknown) => {
    const why = (error as Error).message;
    status(
      style.error(`The dev server could not listen on port ${options.port}: ${why}. Set PORT or --port.`),
    );
    await stop(1);
    throw error;
  });
}

/** The voice console on this terminal, until it is quit. */
async function runConsole(running: Running, log: TurnLog, stop: (code: number) => Promise<void>) {
  const session = createConsole({
    stack: running.stack,
    log,
    progress: running.progress,
    platform: 'alexa',
    locale: options.store.settings.locale,
    style,
    print: (line) => print(line),
    echo: false,
  });
  status(style.dim('Voice console:'));
  for (const line of consoleBanner('Ctrl-C stops everything')) status(style.dim(`  ${line}`));
  running.session = session;
  await session.open();
  repl = startRepl({ session, style, onInterrupt: () => void stop(0) });
  const prompt = repl;
  print = (line) => prompt.printAbove(line);
  await repl.done;
  await stop(0);
}

async function main(): Promise<void> {
  const tableName = process.env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
  status(style.dim('Starting DynamoDB Local (Java)...'));
  const db = await startLocalDatabase({
    tableName,
    dataPath,
    reset: options.reset,
    preferredPort: options.dbPort,
    store: options.store,
  });
  for (const note of db.notes) status(style.dim(note));
  const log = new TurnLog((event) => {
    if (event.level !== 'info') print(style.notice(`log: ${describeEvent(event)}`));
  });
  const progress = await startProgressSink();
  const stack = buildLocalStack({
    endpoint: db.endpoint,
    tableName,
    logger: log,
    progressEndpoints: [(url) => progress.accepts(url)],
  });
  const snapshots = watchCatalogForSnapshots({ doc: stack.clients.doc, tableName, logger: log });
  const events = await startLocalOrderEvents(stack, db.endpoint, log);
  const running: Running = { db, stack, progress, snapshots, ...(events ? { events } : {}) };
  const stop = stopper(running);
  const devSecret = createDevSecret(join(ROOT, '.local', 'dev-secret'));
  const server = await serve(running, log, devSecret, stop);
  running.server = server;
  db.running?.process.once('exit', (code) => {
    status(style.error(`DynamoDB Local stopped unexpectedly (exit code ${code}).`));
    void stop(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  const facts = {
    server: server.url,
    db: db.endpoint,
    tableName,
    skillId: stack.skillId,
    dataPath: dataFolder,
  };
  for (const line of startBanner(facts)) status(line);
  // On a line of its own, unstyled, for tools to read.
  process.stdout.write(`${devSecretLine(devSecret)}\n`);
  if (process.stdin.isTTY !== true) {
    status(style.dim('No terminal on standard input: serving until stopped (Ctrl-C or SIGTERM).'));
    return;
  }
  await runConsole(running, log, stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
