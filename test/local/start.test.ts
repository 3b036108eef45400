/**
 * `npm start` as a child process without a terminal (so it serves without the console), with its
 * data in a temporary folder: it prints where things are and its dev secret, answers over HTTP to
 * callers with that secret, stops everything
 * (Java included) on SIGINT, keeps the data for the next start, and --reset wipes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const data = mkdtempSync(join(tmpdir(), 'voice-start-'));

afterAll(() => rmSync(data, { recursive: true, force: true }));

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly db: string;
  /** The dev secret this start printed. */
  readonly secret: string;
  output(): string;
}

function start(extra: readonly string[] = []): Promise<Started> {
  // Node with tsx's loader, so a signal reaches the script itself, as a terminal's Ctrl-C would
  // (npx does not pass SIGINT on).
  const args = ['--import', 'tsx', 'lambda/local/start.ts', '--port', '0', '--db-port', '0', '--data', data];
  const child = spawn(process.execPath, [...args, ...extra], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', DYNAMODB_ENDPOINT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) => {
    const timer = setInterval(() => {
      const url = /POST (http:\/\/127\.0\.0\.1:\d+)\/alexa/.exec(out)?.[1];
      const db = /DynamoDB Local {10}(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const secret = /^DEV_SECRET=(\S+)$/m.exec(out)?.[1];
      if (url && db && secret && out.includes('serving until stopped')) {
        clearInterval(timer);
        done({ child, url, db, secret, output: () => out });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      fail(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((done) => {
    started.child.once('exit', (code) => done(code));
    started.child.kill('SIGINT');
  });
}

const answers = async (url: string): Promise<boolean> =>
  fetch(url).then(
    () => true,
    () => false,
  );

describe('npm start without a terminal', () => {
  it('serves, stops everything on SIGINT, keeps the data, and wipes it with --reset', async () => {
    const first = await start();
    expect(first.output()).toContain('Created table voice-commerce.');
    expect(first.output()).toMatch(/Loaded the demo store: \d+ products\./);
    expect(first.output()).toContain('npm run dev:token -- <customerId>');
    const health = await fetch(`${first.url}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', dynamodb: 'reachable' });
    // The dev secret is printed on its own line and kept in .local/dev-secret for this user only.
    const secretFile = join(root, '.local', 'dev-secret');
    expect(readFileSync(secretFile, 'utf8').trim()).toBe(first.secret);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const stock = (secret: string) =>
      fetch(`${first.url}/api/products/DAI-007/stock`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-dev-secret': secret },
        body: JSON.stringify({ stock: 7 }),
      });
    expect((await stock('not-the-secret')).status).toBe(403);
    expect((await stock(first.secret)).status).toBe(200);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('Stopped: dev server, DynamoDB Local.');
    expect(await answers(first.db)).toBe(false);

    const second = await start();
    expect(second.output()).toContain('Table voice-commerce is there from last time.');
    expect(second.output()).toContain('The store is already set up (kept as it was).');
    // A new start, a new secret.
    expect(second.secret).not.toBe(first.secret);
    const kept = await fetch(`${second.url}/api/products/DAI-007`, {
      headers: { 'x-dev-secret': second.secret },
    });
    expect(await kept.json()).toMatchObject({ stock: 7 });
    expect(await stop(second)).toBe(0);

    const third = await start(['--reset']);
    expect(third.output()).toContain('Wiped the local data (--reset).');
    expect(third.output()).toContain('Created table voice-commerce.');
    const reloaded = await fetch(`${third.url}/api/products/DAI-007`, {
      headers: { 'x-dev-secret': third.secret },
    });
    expect(await reloaded.json()).not.toMatchObject({ stock: 7 });
    expect(await stop(third)).toBe(0);
  }, 240_000);
});
