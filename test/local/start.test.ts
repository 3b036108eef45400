/**
 * `npm start` as a child process without a terminal (so it serves without the console), with its
 * data in a temporary folder: it prints where things are, answers over HTTP, stops everything
 * (Java included) on SIGINT, keeps the data for the next start, and --reset wipes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const data = mkdtempSync(join(tmpdir(), 'voice-start-'));

afterAll(() => rmSync(data, { recursive: true, force: true }));

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly db: string;
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
      if (url && db && out.includes('serving until stopped')) {
        clearInterval(timer);
        done({ child, url, db, output: () => out });
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
    const put = await fetch(`${first.url}/api/products/DAI-007/stock`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stock: 7 }),
    });
    expect(put.status).toBe(200);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('Stopped: dev server, DynamoDB Local.');
    expect(await answers(first.db)).toBe(false);

    const second = await start();
    expect(second.output()).toContain('Table voice-commerce is there from last time.');
    expect(second.output()).toContain('The store is already set up (kept as it was).');
    const kept = await fetch(`${second.url}/api/products/DAI-007`);
    expect(await kept.json()).toMatchObject({ stock: 7 });
    expect(await stop(second)).toBe(0);

    const third = await start(['--reset']);
    expect(third.output()).toContain('Wiped the local data (--reset).');
    expect(third.output()).toContain('Created table voice-commerce.');
    const reloaded = await fetch(`${third.url}/api/products/DAI-007`);
    expect(await reloaded.json()).not.toMatchObject({ stock: 7 });
    expect(await stop(third)).toBe(0);
  }, 240_000);
});
