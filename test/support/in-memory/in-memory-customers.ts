/**
 * CustomerRepository, StoreSettingsRepository and HandoffRepository in memory, for conversation
 * tests only: profiles saved under their version, platform links, settings, handoff tickets.
 */
import type { CustomerProfile, StoreSettings } from '../../../lambda/domain/model';
import type { HandoffRequest } from '../../../lambda/domain/support-model';
import type {
  PurchaseGuard,
  VoiceCodeAttempt,
  VoiceCodeAttemptLimits,
} from '../../../lambda/domain/purchase-guard';
import {
  ConcurrencyConflict,
  type CustomerRepository,
  type IdentityLink,
  type HandoffRepository,
  type StoreSettingsRepository,
} from '../../../lambda/domain/ports';
import type { InMemoryCarts } from './in-memory-carts';
import { copy, type IoCounter } from './io-counter';

/** Profiles and identity links in Maps. */
export class InMemoryCustomers implements CustomerRepository {
  private readonly profiles = new Map<string, CustomerProfile>();
  private readonly links = new Map<string, string>();

  constructor(
    private readonly io: IoCounter,
    /** The carts an account link moves the anonymous cart between. */
    private readonly carts?: InMemoryCarts,
  ) {}

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

  /** Removes the profile and every link to the customer, as an erasure does. */
  forget(customerId: string): void {
    this.profiles.delete(customerId);
    for (const [user, linked] of [...this.links]) if (linked === customerId) this.links.delete(user);
  }

  countVoiceCodeAttempt(customerId: string, limits: VoiceCodeAttemptLimits): Promise<VoiceCodeAttempt> {
    this.io.write();
    const stored = this.profiles.get(customerId);
    if (!stored?.voiceCodeHash) return Promise.resolve({ kind: 'no_code' });
    const until = stored.purchasesLockedUntil;
    if (until && until > limits.now) return Promise.resolve({ kind: 'locked', until });
    const failures = stored.voiceCodeFailures + 1;
    const last = failures >= limits.maxFailures;
    this.profiles.set(customerId, {
      ...stored,
      voiceCodeFailures: last ? 0 : failures,
      ...(last ? { purchasesLockedUntil: limits.lockUntil } : {}),
      version: stored.version + 1,
    });
    const voiceCodeHash = stored.voiceCodeHash;
    return Promise.resolve({
      kind: 'counted',
      voiceCodeHash,
      failures,
      ...(last ? { lockedUntil: limits.lockUntil } : {}),
    });
  }

  clearVoiceCodeFailures(customerId: string, voiceCodeHash: string): Promise<boolean> {
    this.io.write();
    const stored = this.profiles.get(customerId);
    if (stored?.voiceCodeHash !== voiceCodeHash) return Promise.resolve(false);
    const { purchasesLockedUntil: _lock, ...rest } = stored;
    this.profiles.set(customerId, { ...rest, voiceCodeFailures: 0, version: stored.version + 1 });
    return Promise.resolve(true);
  }

  /** Whether the order transaction's purchase guard holds now (no read counted: part of the write). */
  guardHolds(customerId: string, guard: PurchaseGuard): boolean {
    const stored = this.profiles.get(customerId);
    const locked = stored?.purchasesLockedUntil !== undefined && stored.purchasesLockedUntil > guard.at;
    return !locked && stored?.voiceCodeHash === guard.voiceCodeHash;
  }

  getLinkedCustomer(platform: string, platformUserId: string): Promise<string | undefined> {
    this.io.read();
    return Promise.resolve(this.links.get(`${platform}#${platformUserId}`));
  }

  linkIdentity(link: IdentityLink): Promise<'linked' | 'already_linked' | 'cart_changed'> {
    this.io.write();
    const key = `${link.platform}#${link.platformUserId}`;
    if (this.links.get(key) === link.customerId) return Promise.resolve('already_linked');
    if (link.cartMove && !this.carts?.moveInTransaction(link.cartMove.from, link.cartMove.into)) {
      return Promise.resolve('cart_changed');
    }
    this.links.set(key, link.customerId);
    return Promise.resolve('linked');
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
