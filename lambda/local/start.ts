/**
 * `npm start [-- --reset] [-- --port N] [-- --data <dir>] [-- --db-port N]`: the whole product on this
 * machine. DynamoDB Local with its data in .local/dynamodb (kept between starts; --reset wipes it), the table, the demo store when
 * the store is empty, the dev server (PORT, default 3000) and, on a terminal, the voice console.
 * Without a terminal it keeps serving. One Ctrl-C (or /quit) stops everything, Java included.
 */
import './console/quiet-warnings';
import { Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { createAlexaRequestVerifier } from '../adapters/alexa-http/alexa-request-verifier';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { consoleBanner } from './console/console-guide';
import { startRepl, type Repl } from './console/console-runners';
import { createConsole } from './console/console-setup';
import type { ConsoleSession } from './console/console-session';
import { startProgressSink } from './console/progress-sink';
import { colourWanted, makeStyle } from './console/terminal-style';
import { describeEvent, TurnLog } from './console/turn-log';
import { startDevServer, type RunningDevServer } from './dev-server';
import { startLocalDatabase } from './dev-server-database';
import { healthCheck, startBanner } from './dev-server-banner';
import { buildLocalMcp } from './dev-server-mcp';
import { buildLocalStack } from './dev-server-stack';
import { watchCatalogForSnapshots } from './search-snapshots';

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
  .option('--data <dir>', 'where DynamoDB Local keeps the data', '.local/dynamodb')
  .option('--db-port <port>', 'DynamoDB Local port (another free one when taken; 0 for any)', parsePort, 8000)
  .parse(process.argv)
  .opts<{ port: number; reset: boolean; data: string; dbPort: number }>();
const dataPath = resolve(ROOT, options.data);

const style = makeStyle(colourWanted(process.stdout));
let repl: Repl | undefined;
let print = (line: string): void => void process.stdout.write(`${line}\n`);
const status = (line: string): void => print(line);

async function main(): Promise<void> {
  const tableName = process.env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
  status(style.dim('Starting DynamoDB Local (Java)...'));
  const db = await startLocalDatabase({
    tableName,
    dataPath,
    reset: options.reset,
    preferredPort: options.dbPort,
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
  const parts: { session?: ConsoleSession; server?: RunningDevServer } = {};
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    repl?.close();
    print = (line) => void process.stdout.write(`${line}\n`);
    await parts.session?.close().catch(() => undefined);
    // An open keep-alive connection must not hold the shutdown: two seconds, then on regardless.
    await Promise.race([parts.server?.close(), new Promise((done) => setTimeout(done, 2000).unref())]);
    await snapshots.close();
    stack.close();
    await progress.close();
    db.running?.process.removeAllListeners('exit');
    await db.running?.stop();
    status(style.dim(`Stopped: dev server, DynamoDB Local. The data stays in ${options.data}.`));
    process.exit(code);
  };
  const server = await startDevServer({
    port: options.port,
    alexa: stack.alexa,
    verifier: createAlexaRequestVerifier(),
    google: stack.google,
    merchantApi: stack.merchantApi,
    mcp: buildLocalMcp(stack),
    health: healthCheck(stack),
    logger: log,
    onRequest: (line) => print(style.dim(`http: ${line}`)),
  }).catch(async (error: unknown) => {
    status(
      style.error(
        `The dev server could not listen on port ${options.port}: ${(error as Error).message}. Set PORT or --port.`,
      ),
    );
    await stop(1);
    throw error;
  });
  parts.server = server;
  db.running?.process.once('exit', (code) => {
    status(style.error(`DynamoDB Local stopped unexpectedly (exit code ${code}).`));
    void stop(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  for (const line of startBanner({
    server: server.url,
    db: db.endpoint,
    tableName,
    skillId: stack.skillId,
    dataPath: options.data,
  })) {
    status(line);
  }
  if (process.stdin.isTTY !== true) {
    status(style.dim('No terminal on standard input: serving until stopped (Ctrl-C or SIGTERM).'));
    return;
  }
  const session = createConsole({
    stack,
    log,
    progress,
    platform: 'alexa',
    locale: 'en-US',
    style,
    print: (line) => print(line),
    echo: false,
  });
  status(style.dim('Voice console:'));
  for (const line of consoleBanner('Ctrl-C stops everything')) status(style.dim(`  ${line}`));
  parts.session = session;
  await session.open();
  repl = startRepl({ session, style, onInterrupt: () => void stop(0) });
  const prompt = repl;
  print = (line) => prompt.printAbove(line);
  await repl.done;
  await stop(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
