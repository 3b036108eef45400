/**
 * Keeps the stored search snapshot at the catalog's version: run when the catalog version marker
 * changes (in AWS by the `search-index` function on the marker's stream records; locally by the
 * importer and the dev server). When the stored snapshot is the version just before and the changes
 * since name their products, those products are read and patched in (index-patch.ts); otherwise the
 * whole catalog is read and the index rebuilt. The snapshot is written last, in one step: a builder
 * that fails leaves the previous snapshot in place, and containers keep using it.
 */
import type { CatalogRepository, Logger } from '../../domain/ports';
import { buildIndexData } from './catalog-indexer';
import type { IndexData } from './index-data';
import { patchIndexData } from './index-patch';
import { decodeIndex, encodeIndex } from './snapshot-codec';
import { SnapshotError } from './snapshot-format';
import { SnapshotConflict, type SnapshotStore } from './snapshot-store';

/** One change of the catalog version marker: the version it moved to, and the skus it changed when known. */
export interface CatalogChange {
  readonly version: number;
  readonly skus?: readonly string[];
}

/** What a run did. */
export interface BuildOutcome {
  readonly result: 'current' | 'patched' | 'rebuilt';
  readonly version: number;
  readonly products: number;
  readonly bytes: number;
  readonly ms: number;
}

/** At most this many changed products are patched in; more are rebuilt. */
const MAX_PATCHED = 200;

interface Previous {
  readonly version: number;
  readonly data: IndexData;
}

/**
 * The version up to which `changes` name every changed sku, contiguously from `from`, and those skus;
 * undefined when the first change after `from` is missing or names none.
 */
export function patchRange(
  from: number,
  changes: readonly CatalogChange[],
): { version: number; skus: string[] } | undefined {
  const byVersion = new Map(changes.map((c) => [c.version, c.skus]));
  const skus = new Set<string>();
  let version = from;
  for (let skusOf = byVersion.get(version + 1); skusOf !== undefined; skusOf = byVersion.get(version + 1)) {
    skusOf.forEach((sku) => skus.add(sku));
    version += 1;
  }
  return version > from && skus.size > 0 && skus.size <= MAX_PATCHED
    ? { version, skus: [...skus] }
    : undefined;
}

/** Builds and stores the search snapshot. */
export class SearchSnapshotBuilder {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly store: SnapshotStore,
    private readonly logger: Logger,
    private readonly currency = 'USD',
  ) {}

  /** Brings the stored snapshot up to the catalog; retried once when another builder wrote meanwhile. */
  async update(changes: readonly CatalogChange[] = []): Promise<BuildOutcome> {
    try {
      return await this.attempt(changes);
    } catch (error) {
      if (!(error instanceof SnapshotConflict)) throw error;
      return this.attempt(changes);
    }
  }

  private async attempt(changes: readonly CatalogChange[]): Promise<BuildOutcome> {
    const started = performance.now();
    // The version first: a change made while the catalog is read is seen by the next run. A record
    // of the marker is proof of its version even when the read (eventually consistent) lags behind.
    const version = Math.max(await this.catalog.getVersion(), ...changes.map((c) => c.version));
    const stored = await this.store.read();
    const tag = stored === 'missing' || stored === 'unchanged' ? 'missing' : stored.tag;
    const previous = stored === 'missing' || stored === 'unchanged' ? undefined : this.open(stored.bytes);
    const done = (result: BuildOutcome['result'], data: IndexData, at: number, bytes = 0): BuildOutcome => {
      const outcome = {
        result,
        version: at,
        products: data.products.count,
        bytes,
        ms: Math.round(performance.now() - started),
      };
      this.logger.info('search.snapshot_built', { ...outcome, location: this.store.location });
      return outcome;
    };
    if (previous && previous.version === version) return done('current', previous.data, version);

    // A snapshot ahead of the marker belongs to another catalog (a table restored or reset): rebuilt.
    const range = previous && previous.version < version && patchRange(previous.version, changes);
    if (previous && range) {
      const patched = patchIndexData(previous.data, range.skus, await this.catalog.getMany(range.skus));
      if (patched)
        return done('patched', patched, range.version, await this.write(patched, range.version, tag));
    }
    const data = buildIndexData(await this.catalog.listAll(), this.currency);
    return done('rebuilt', data, version, await this.write(data, version, tag));
  }

  private open(bytes: Uint8Array): Previous | undefined {
    try {
      return decodeIndex(bytes);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      this.logger.warn('search.snapshot_unusable', { problem: error.problem, location: this.store.location });
      return undefined;
    }
  }

  private async write(data: IndexData, version: number, expected: string): Promise<number> {
    const bytes = encodeIndex(data, version);
    await this.store.write(bytes, expected);
    return bytes.length;
  }
}
