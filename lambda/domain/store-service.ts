/**
 * Store settings for every service and sentence, cached for the container so a warm turn costs no
 * read for them; the cache expires after a configurable time so a merchant's change is picked up.
 */
import { DomainError } from './errors';
import type { StoreSettings } from './model';
import type { Clock, StoreSettingsRepository } from './ports';
import { UNSET_STORE } from './unset-store';

/** Reads store settings through a short-lived cache. */
export class StoreService {
  private cached?: { settings: StoreSettings; until: number };
  private loading?: Promise<StoreSettings>;

  constructor(
    private readonly repository: StoreSettingsRepository,
    private readonly clock: Clock,
    private readonly cacheSeconds = 60,
  ) {}

  /** The store's settings; STORE_NOT_CONFIGURED until the merchant has set them up. */
  async settings(): Promise<StoreSettings> {
    const now = this.clock.now().getTime();
    if (this.cached && this.cached.until > now) return this.cached.settings;
    this.loading ??= this.load(now).finally(() => (this.loading = undefined));
    return this.loading;
  }

  /**
   * The settings to talk with: the store's, or, before the merchant set any, UNSET_STORE, so a
   * store with a catalog but no settings still answers what it can.
   */
  async settingsToTalk(): Promise<{ readonly settings: StoreSettings; readonly configured: boolean }> {
    try {
      return { settings: await this.settings(), configured: true };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'STORE_NOT_CONFIGURED') {
        return { settings: UNSET_STORE, configured: false };
      }
      throw error;
    }
  }

  /** Replaces the settings and the cached copy. */
  async save(settings: StoreSettings): Promise<void> {
    await this.repository.save(settings);
    this.cached = { settings, until: this.clock.now().getTime() + this.cacheSeconds * 1000 };
  }

  private async load(now: number): Promise<StoreSettings> {
    const settings = await this.repository.get();
    if (!settings) throw new DomainError('STORE_NOT_CONFIGURED', 'store settings are missing');
    this.cached = { settings, until: now + this.cacheSeconds * 1000 };
    return settings;
  }
}
