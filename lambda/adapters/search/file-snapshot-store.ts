/**
 * The search snapshot as a local file (under .local/ on a developer's machine). A new snapshot is
 * written beside the old one and renamed over it, which replaces a file in one step; the tag is the
 * file's identity, size and modification time, read from the same open file as its bytes.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SnapshotConflict, type SnapshotRead, type SnapshotStore } from './snapshot-store';

const isMissing = (error: unknown): boolean => (error as { code?: string }).code === 'ENOENT';

function tagOf(info: { ino: number; size: number; mtimeMs: number }): string {
  return `${info.ino}-${info.size}-${info.mtimeMs}`;
}

/** A snapshot slot at `path`. */
export class FileSnapshotStore implements SnapshotStore {
  constructor(readonly location: string) {}

  /** The file's snapshot, or whether it is unchanged or missing. */
  async read(knownTag?: string): Promise<SnapshotRead> {
    let file;
    try {
      file = await open(this.location, 'r');
    } catch (error) {
      if (isMissing(error)) return 'missing';
      throw error;
    }
    try {
      const tag = tagOf(await file.stat());
      if (tag === knownTag) return 'unchanged';
      const buffer = await file.readFile();
      return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), tag };
    } finally {
      await file.close();
    }
  }

  /** Writes beside the file, checks that the file is still what was read, and renames over it. */
  async write(bytes: Uint8Array, expected: string): Promise<void> {
    await mkdir(dirname(this.location), { recursive: true });
    const temporary = `${this.location}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    try {
      const current = await stat(this.location).then(tagOf, (error: unknown) => {
        if (isMissing(error)) return 'missing';
        throw error;
      });
      if (current !== expected) throw new SnapshotConflict(this.location);
      await rename(temporary, this.location);
    } finally {
      await rm(temporary, { force: true });
    }
  }
}
