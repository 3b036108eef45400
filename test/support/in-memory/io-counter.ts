/**
 * Counts the storage requests the in-memory repositories receive, the way DynamoDB would bill
 * them (one per request, a batch read is one), so conversation tests can hold the per-turn budget.
 */

/** Reads and writes so far. */
export interface IoCount {
  readonly reads: number;
  readonly writes: number;
}

/** A shared counter of storage requests. */
export class IoCounter {
  private counts = { reads: 0, writes: 0 };

  /** Records one read request. */
  read(): void {
    this.counts.reads += 1;
  }

  /** Records one write request (a transaction counts once). */
  write(): void {
    this.counts.writes += 1;
  }

  /** The counts so far. */
  snapshot(): IoCount {
    return { ...this.counts };
  }

  /** What happened since an earlier snapshot. */
  since(before: IoCount): IoCount {
    return { reads: this.counts.reads - before.reads, writes: this.counts.writes - before.writes };
  }
}

/** A deep copy, so stored values never alias what callers hold. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
