/**
 * The two snapshot stores. The file store on a real folder: missing, unchanged since a read, replaced
 * in one step, and never over a snapshot the writer did not read. The S3 store through the real S3
 * client against a server on this machine that answers as S3 does (S3 itself cannot run here): the
 * conditional GET and PUT it sends, and what it makes of 304, 404 and 412.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSnapshotStore } from '../../lambda/adapters/search/file-snapshot-store';
import { createS3Client, S3SnapshotStore } from '../../lambda/adapters/search/s3-snapshot-store';
import { SnapshotConflict, type SnapshotStore } from '../../lambda/adapters/search/snapshot-store';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (read: Awaited<ReturnType<SnapshotStore['read']>>): string =>
  typeof read === 'string' ? read : new TextDecoder().decode(read.bytes);
const tagOf = async (store: SnapshotStore): Promise<string> => {
  const read = await store.read();
  if (typeof read === 'string') throw new Error(read);
  return read.tag;
};

/** What both stores must do. */
async function behavesAsASlot(store: SnapshotStore): Promise<void> {
  expect(await store.read()).toBe('missing');
  await store.write(bytes('first'), 'missing');
  await expect(store.write(bytes('again'), 'missing')).rejects.toThrow(SnapshotConflict);
  const first = await tagOf(store);
  expect(text(await store.read())).toBe('first');
  expect(await store.read(first)).toBe('unchanged');

  await store.write(bytes('second, longer'), first);
  const second = await tagOf(store);
  expect(second).not.toBe(first);
  expect(text(await store.read(first))).toBe('second, longer');
  // A writer that read the first snapshot may not put its work over the second.
  await expect(store.write(bytes('stale'), first)).rejects.toThrow(SnapshotConflict);
  expect(text(await store.read())).toBe('second, longer');
}

describe('the file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps one snapshot, replaced only over what was read, and leaves no temporary file', async () => {
    await behavesAsASlot(new FileSnapshotStore(join(dir, 'nested', 'catalog.snapshot')));
    expect(readdirSync(join(dir, 'nested'))).toEqual(['catalog.snapshot']);
  });
});

describe('the S3 store', () => {
  const objects = new Map<string, { body: Buffer; etag: string }>();
  const seen: { method: string; path: string; ifMatch?: string; ifNoneMatch?: string }[] = [];
  let server: Server;
  let version = 0;
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

  const body = (request: IncomingMessage): Promise<Buffer> =>
    new Promise((done) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(Buffer.concat(chunks)));
    });
  const error = (code: string): string =>
    `<?xml version="1.0"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;

  beforeAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = 'test';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    server = createServer((request, response) => {
      void body(request).then((received) => {
        const path = new URL(request.url ?? '/', 'http://s3').pathname;
        const ifMatch = request.headers['if-match'];
        const ifNoneMatch = request.headers['if-none-match'];
        seen.push({ method: request.method ?? '', path, ifMatch, ifNoneMatch });
        const held = objects.get(path);
        const send = (status: number, payload = '', headers: Record<string, string> = {}): void => {
          response.writeHead(status, { 'content-type': 'application/xml', ...headers }).end(payload);
        };
        if (request.method === 'GET') {
          if (!held) return send(404, error('NoSuchKey'));
          if (ifNoneMatch === held.etag) return send(304);
          response
            .writeHead(200, { etag: held.etag, 'content-length': String(held.body.length) })
            .end(held.body);
          return;
        }
        if ((ifMatch && ifMatch !== held?.etag) || (ifNoneMatch === '*' && held)) {
          return send(412, error('PreconditionFailed'));
        }
        version += 1;
        objects.set(path, { body: received, etag: `"v${version}"` });
        send(200, '', { etag: `"v${version}"` });
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });

  afterAll(async () => {
    process.env.AWS_ACCESS_KEY_ID = saved.id;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
    await new Promise((done) => server.close(done));
  });

  it('keeps one object, read again only when it changed, replaced only over what was read', async () => {
    const where = {
      bucket: 'voice-search',
      key: 'search-index/catalog.snapshot',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    };
    const client = createS3Client(where);
    const store = new S3SnapshotStore(client, where);
    expect(store.location).toBe('s3://voice-search/search-index/catalog.snapshot');
    await behavesAsASlot(store);
    client.destroy();
    expect(new Set(seen.map((r) => r.path))).toEqual(
      new Set(['/voice-search/search-index/catalog.snapshot']),
    );
    expect(
      seen.filter((r) => r.method === 'PUT').map((r) => r.ifMatch ?? `none-match ${r.ifNoneMatch}`),
    ).toEqual(['none-match *', 'none-match *', '"v1"', '"v1"']);
    expect(seen.filter((r) => r.method === 'GET' && r.ifNoneMatch).length).toBe(2);
  });
});
