/**
 * CustomerRepository, StoreSettingsRepository and HandoffRepository in memory, for conversation
 * tests only: profiles saved under their version, platform links, settings, handoff tickets.
 */
import type { CustomerProfile, HandoffRequest, StoreSettings } from '../../../lambda/domain/model';
import {
  ConcurrencyConflict,
  type CustomerRepository,
  type HandoffRepository,
  type StoreSettingsRepository,
} from '../../../lambda/domain/ports';
import { copy, type IoCounter } from './io-counter';

/** Profiles and identity links in Maps. */
export class InMemoryCustomers implements CustomerRepository {
  private readonly profiles = new Map<string, CustomerProfile>();
  private readonly links = new Map<string, string>();

  constructor(private readonly io: IoCounter) {}

  getProfile(customerId: string): Promise<CustomerProfile | undefined> {
    this.io.read();
    return Promise.resolve(copy(this.profiles.get(customerId)));
  }

  saveProfile(profile: CustomerProfile): Promise<CustomerProfile> {
    this.io.write();
    const stored = this.profiles.get(profile.customerId);
    if ((stored?.version ?? 0) !== profile.version) {
      return Promise.reject(new ConcurrencyConflict(`profile ${profile.customerId}`));
    }
    const saved = { ...copy(profile), version: profile.version + 1 };
    this.profiles.set(profile.customerId, saved);
    return Promise.resolve(copy(saved));
  }

  getLinkedCustomer(platform: string, platformUserId: string): Promise<string | undefined> {
    this.io.read();
    return Promise.resolve(this.links.get(`${platform}#${platformUserId}`));
  }

  linkIdentity(platform: string, platformUserId: string, customerId: string): Promise<void> {
    this.io.write();
    this.links.set(`${platform}#${platformUserId}`, customerId);
    return Promise.resolve();
  }

  /** The customer a platform user is linked to, without counting a read. */
  peekLink(platform: string, platformUserId: string): string | undefined {
    return this.links.get(`${platform}#${platformUserId}`);
  }

  /** The stored profile without counting a read (test assertions). */
  peek(customerId: string): CustomerProfile | undefined {
    return copy(this.profiles.get(customerId));
  }
}

/** Store settings in memory. */
export class InMemorySettings implements StoreSettingsRepository {
  constructor(
    private readonly io: IoCounter,
    private settings: StoreSettings | undefined,
  ) {}

  get(): Promise<StoreSettings | undefined> {
    this.io.read();
    return Promise.resolve(copy(this.settings));
  }

  save(settings: StoreSettings): Promise<void> {
    this.io.write();
    this.settings = copy(settings);
    return Promise.resolve();
  }
}

/** Handoff requests in a list. */
export class InMemoryHandoffs implements HandoffRepository {
  readonly requests: HandoffRequest[] = [];

  constructor(private readonly io: IoCounter) {}

  create(request: HandoffRequest): Promise<void> {
    this.io.write();
    this.requests.push(copy(request));
    return Promise.resolve();
  }
}
