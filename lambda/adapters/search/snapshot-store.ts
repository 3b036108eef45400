/**
 * Where the search snapshot is kept: one slot per store (an S3 object in AWS, a file locally) that
 * always holds the last snapshot a builder finished. Replacing it is one step, so a reader gets the
 * old snapshot or the new one, never a mix; and a builder replaces only the snapshot it read, so two
 * builders never put an older catalog version over a newer one.
 */

/** A stored snapshot and the tag that changes whenever it is replaced. */
export interface StoredSnapshot {
  readonly bytes: Uint8Array;
  readonly tag: string;
}

/** What a read found. */
export type SnapshotRead = StoredSnapshot | 'unchanged' | 'missing';

/** Thrown by `write` when the slot no longer holds what the writer expected. */
export class SnapshotConflict extends Error {
  constructor(location: string) {
    super(`the search snapshot at ${location} was replaced meanwhile`);
    this.name = 'SnapshotConflict';
  }
}

/** The slot of the search snapshot. */
export interface SnapshotStore {
  /** Where it is, for logs and messages. */
  readonly location: string;
  /** The stored snapshot; `unchanged` when its tag is still `knownTag`; `missing` when there is none. */
  read(knownTag?: string): Promise<SnapshotRead>;
  /**
   * Replaces the snapshot if the slot still holds `expected` (a tag, or `missing`); throws
   * SnapshotConflict otherwise.
   */
  write(bytes: Uint8Array, expected: string): Promise<void>;
}
