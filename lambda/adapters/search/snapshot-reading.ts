/**
 * A container's read of the stored search snapshot: the index it holds and its catalog version, or
 * why there is none to use (missing, unchanged since the last read, unreadable, or damaged: truncated,
 * failing its checksum, or of another format). Never throws: every problem is a value the caller
 * logs and answers by waiting for the builder or building the index itself.
 */
import type { Logger } from '../../domain/ports';
import type { RankOptions } from './rank';
import { searchIndexOver, type SearchIndex } from './search-index';
import { decodeIndex } from './snapshot-codec';
import { SnapshotError, type SnapshotProblem } from './snapshot-format';
import type { SnapshotStore } from './snapshot-store';

/** What reading the snapshot gave. */
export type SnapshotReading =
  | {
      readonly kind: 'index';
      readonly index: SearchIndex;
      readonly version: number;
      readonly tag: string;
      /** Its size, and how long reading and opening it took. */
      readonly bytes: number;
      readonly ms: number;
    }
  | { readonly kind: 'missing' | 'unchanged' | 'unreadable' }
  | { readonly kind: 'damaged'; readonly problem: SnapshotProblem };

/** Reads and opens the snapshot (`knownTag`: the one already held, not downloaded again). */
export async function readSnapshot(
  store: SnapshotStore,
  logger: Logger,
  rankOptions: Partial<RankOptions>,
  knownTag?: string,
): Promise<SnapshotReading> {
  const started = performance.now();
  let read;
  try {
    read = await store.read(knownTag);
  } catch (error) {
    logger.warn('search.snapshot_unusable', {
      problem: 'unreadable',
      error: error instanceof Error ? error.name : 'unknown',
      location: store.location,
    });
    return { kind: 'unreadable' };
  }
  if (read === 'missing' || read === 'unchanged') return { kind: read };
  try {
    const { version, data } = decodeIndex(read.bytes);
    const ms = Math.round(performance.now() - started);
    const index = searchIndexOver(data, rankOptions);
    return { kind: 'index', index, version, tag: read.tag, bytes: read.bytes.length, ms };
  } catch (error) {
    const problem = error instanceof SnapshotError ? error.problem : 'format';
    return { kind: 'damaged', problem };
  }
}
