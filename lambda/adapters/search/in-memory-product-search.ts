/**
 * The ProductSearch adapter: an index of the whole catalog in memory, kept for the container's life.
 *
 * With a snapshot store (the builder's S3 object or local file), a cold container loads the snapshot
 * of the catalog version it sees instead of building: a view on the file, ready in milliseconds. A
 * snapshot of an older version (the builder is still at work, or failed) answers at once while the
 * container waits for the new one; one that is missing, damaged or ahead of the catalog is logged
 * and the container builds the index from the table instead. The shopper never hears of any of it.
 *
 * The marker is read at most once per refresh interval, so a warm turn usually costs no database
 * read. When it moved, the new snapshot is loaded in the background while the old index keeps
 * answering; a container whose snapshot stays behind longer than the grace period (the builder is
 * failing) builds the index itself. Without a store every change is rebuilt in the background. A
 * failed refresh keeps the old index and is retried after the next interval.
 */
import type {
  CatalogRepository,
  Clock,
  Logger,
  ProductSearch,
  SearchRequest,
  SearchResult,
} from '../../domain/ports';
import type { RankOptions } from './rank';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { readSnapshot, type SnapshotReading } from './snapshot-reading';
import type { SnapshotStore } from './snapshot-store';

/** How the adapter refreshes and ranks. */
export interface InMemoryProductSearchOptions extends Partial<RankOptions> {
  /** Seconds between two reads of the catalog version marker (default 60). */
  readonly refreshIntervalSeconds?: number;
  /** Told (event `search.refresh_failed`) when a background refresh fails; the old index stays. */
  readonly logger?: Logger;
  /** Where the builder keeps the index snapshot; without it, every container builds its own. */
  readonly snapshots?: SnapshotStore;
  /** Seconds to wait for the builder's snapshot of a newer version before building it here (default 120). */
  readonly snapshotGraceSeconds?: number;
  /** The currency of an empty catalog. */
  readonly currency?: string;
}

const stderrLogger: Logger = {
  info: () => undefined,
  warn: (event, fields) => console.warn(JSON.stringify({ level: 'warn', event, ...fields })),
  error: (event, fields) => console.error(JSON.stringify({ level: 'error', event, ...fields })),
};

/** Product search over an in-memory index of the whole catalog. */
export class InMemoryProductSearch implements ProductSearch {
  private index: SearchIndex | undefined;
  private version = -1;
  private tag: string | undefined;
  private behindSince: number | undefined;
  private checkedAt = 0;
  private building: Promise<SearchIndex> | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly catalog: CatalogRepository,
    private readonly clock: Clock,
    private readonly options: InMemoryProductSearchOptions = {},
  ) {}

  /** Loads or builds the index now (call at cold start to keep the first query fast). */
  async warmUp(): Promise<void> {
    await this.current();
  }

  /** Searches the current index; the first call waits for the index, later ones never wait for one. */
  async search(request: SearchRequest): Promise<SearchResult> {
    const index = await this.current();
    return index.search(request);
  }

  /** Resolves when no refresh is running (the one in flight, if any, has finished). */
  async settled(): Promise<void> {
    await this.refreshing;
  }

  /** The catalog version of the current index (-1 before the first one). */
  get indexedVersion(): number {
    return this.version;
  }

  private get logger(): Logger {
    return this.options.logger ?? stderrLogger;
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  private async current(): Promise<SearchIndex> {
    if (!this.index) {
      this.building ??= this.coldStart().finally(() => (this.building = undefined));
      return this.building;
    }
    const intervalMs = (this.options.refreshIntervalSeconds ?? 60) * 1000;
    if (!this.refreshing && this.now() - this.checkedAt >= intervalMs) {
      this.checkedAt = this.now();
      this.refreshing = this.refresh()
        .catch((error: unknown) => {
          const reason = error instanceof Error ? error.name : 'unknown';
          this.logger.warn('search.refresh_failed', { reason });
        })
        .finally(() => (this.refreshing = undefined));
    }
    return this.index;
  }

  private async coldStart(): Promise<SearchIndex> {
    const store = this.options.snapshots;
    if (!store) return this.rebuild(await this.catalog.getVersion());
    const [version, reading] = await Promise.all([this.catalog.getVersion(), this.read(store)]);
    if (reading.kind === 'index' && reading.version <= version) {
      if (reading.version < version) this.fallBehind(reading.version, version);
      return this.load(reading);
    }
    this.reportUnusable(reading, version);
    return this.rebuild(version);
  }

  private async refresh(): Promise<void> {
    const version = await this.catalog.getVersion();
    if (version === this.version) {
      this.behindSince = undefined;
      return;
    }
    const store = this.options.snapshots;
    if (store) {
      const reading = await this.read(store, this.tag);
      if (reading.kind === 'index' && reading.version > this.version && reading.version <= version) {
        this.load(reading);
        if (reading.version === version) {
          this.behindSince = undefined;
          return;
        }
      } else if (reading.kind === 'damaged') {
        this.reportUnusable(reading, version);
        await this.rebuild(version);
        return;
      }
      this.behindSince ??= this.now();
      const graceMs = (this.options.snapshotGraceSeconds ?? 120) * 1000;
      if (this.now() - this.behindSince < graceMs) return;
      this.logger.warn('search.snapshot_late', { snapshotVersion: this.version, catalogVersion: version });
    }
    await this.rebuild(version);
  }

  private read(store: SnapshotStore, knownTag?: string): Promise<SnapshotReading> {
    return readSnapshot(store, this.logger, this.options, knownTag);
  }

  private fallBehind(snapshotVersion: number, catalogVersion: number): void {
    this.behindSince = this.now();
    this.logger.info('search.snapshot_behind', { snapshotVersion, catalogVersion });
  }

  private reportUnusable(reading: SnapshotReading, catalogVersion: number): void {
    const problem =
      reading.kind === 'damaged'
        ? reading.problem
        : reading.kind === 'index'
          ? 'other_version'
          : reading.kind;
    // An unreadable store was reported where it was read.
    if (problem === 'unreadable') return;
    this.logger.warn('search.snapshot_unusable', {
      problem,
      catalogVersion,
      ...(reading.kind === 'index' ? { snapshotVersion: reading.version } : {}),
      location: this.options.snapshots?.location,
    });
  }

  private load(reading: Extract<SnapshotReading, { kind: 'index' }>): SearchIndex {
    const { version, bytes, ms } = reading;
    this.logger.info('search.snapshot_loaded', {
      version,
      bytes,
      ms,
      location: this.options.snapshots?.location,
    });
    return this.hold(reading.index, version, reading.tag);
  }

  private hold(index: SearchIndex, version: number, tag?: string): SearchIndex {
    this.index = index;
    this.version = version;
    this.tag = tag;
    this.checkedAt = this.now();
    return index;
  }

  /** Builds from the table the index of `version` (read before the catalog, so a change meanwhile is seen next). */
  private async rebuild(version: number): Promise<SearchIndex> {
    const products = await this.catalog.listAll();
    const index = buildSearchIndex(products, this.options);
    this.behindSince = undefined;
    return this.hold(index, version);
  }
}
