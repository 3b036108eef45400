/**
 * The ProductSearch adapter: builds the index from the catalog on first use (cold start), keeps it for
 * the container's life, and rebuilds it when the catalog version marker changes. The marker is read
 * at most once per refresh interval, so a warm turn usually costs no database read. A refresh runs in
 * the background: queries keep being answered from the old index until the new one is ready, and a
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
import { buildSearchIndex, type SearchIndex } from './search-index';
import type { RankOptions } from './rank';

/** How the adapter refreshes and ranks. */
export interface InMemoryProductSearchOptions extends Partial<RankOptions> {
  /** Seconds between two reads of the catalog version marker (default 60). */
  readonly refreshIntervalSeconds?: number;
  /** Told (event `search.refresh_failed`) when a background refresh fails; the old index stays. */
  readonly logger?: Logger;
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
  private checkedAt = 0;
  private building: Promise<SearchIndex> | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly catalog: CatalogRepository,
    private readonly clock: Clock,
    private readonly options: InMemoryProductSearchOptions = {},
  ) {}

  /** Builds the index now (call at cold start to keep the first query fast). */
  async warmUp(): Promise<void> {
    await this.current();
  }

  /** Searches the current index; the first call waits for the build, later ones never wait for one. */
  async search(request: SearchRequest): Promise<SearchResult> {
    const index = await this.current();
    return index.search(request);
  }

  /** Resolves when no refresh is running (the one in flight, if any, has finished). */
  async settled(): Promise<void> {
    await this.refreshing;
  }

  /** The version of the catalog the current index was built from (-1 before the first build). */
  get indexedVersion(): number {
    return this.version;
  }

  private async current(): Promise<SearchIndex> {
    if (!this.index) {
      this.building ??= this.build().finally(() => (this.building = undefined));
      return this.building;
    }
    const intervalMs = (this.options.refreshIntervalSeconds ?? 60) * 1000;
    if (!this.refreshing && this.clock.now().getTime() - this.checkedAt >= intervalMs) {
      this.checkedAt = this.clock.now().getTime();
      this.refreshing = this.refresh()
        .catch((error: unknown) => {
          const reason = error instanceof Error ? error.name : 'unknown';
          (this.options.logger ?? stderrLogger).warn('search.refresh_failed', { reason });
        })
        .finally(() => (this.refreshing = undefined));
    }
    return this.index;
  }

  private async refresh(): Promise<void> {
    const version = await this.catalog.getVersion();
    if (version !== this.version) await this.build(version);
  }

  /** Reads the version first: a change during the read is seen by the next check and rebuilt then. */
  private async build(known?: number): Promise<SearchIndex> {
    const version = known ?? (await this.catalog.getVersion());
    const products = await this.catalog.listAll();
    const index = buildSearchIndex(products, this.options);
    this.index = index;
    this.version = version;
    this.checkedAt = this.clock.now().getTime();
    return index;
  }
}
