/**
 * Customer preferences and purchase protection: speech rate, and the 4-digit voice code asked before
 * every purchase, with purchases locked for 15 minutes after three wrong codes. Attempts are counted
 * in the profile before they are judged, so neither a new session nor concurrent guesses escape
 * the count; and what an order may be placed on (the purchase guard).
 */
import { DomainError } from './errors';
import type { CustomerProfile } from './model';
import { ConcurrencyConflict, type Clock, type CustomerRepository, type SecretHasher } from './ports';
import type { PurchaseGuard } from './purchase-guard';

/** Speech-rate limits and step, in percent of normal. */
export const SPEECH_RATE = { normal: 100, min: 70, max: 150, step: 15 } as const;

/** What stands between the shopper and a purchase. */
export interface PurchaseGate {
  readonly voiceCodeRequired: boolean;
  /** Set while purchases are locked after wrong codes. */
  readonly lockedUntil?: string;
}

/** Profile reads and changes, with optimistic locking. */
export class CustomerService {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly hasher: SecretHasher,
    private readonly clock: Clock,
    private readonly rules = { maxWrongCodes: 3, lockMinutes: 15 },
  ) {}

  /** The profile; a default (unsaved, version 0) for a customer never seen. */
  async profile(customerId: string): Promise<CustomerProfile> {
    return this.profileFrom(customerId, await this.customers.getProfile(customerId));
  }

  /** A profile read along with other records: the stored one, or the default for a customer never seen. */
  profileFrom(customerId: string, stored: CustomerProfile | undefined): CustomerProfile {
    return stored ?? this.fresh(customerId);
  }

  /** Makes speech slower, faster or normal again; returns the new rate in percent. */
  async changeSpeechRate(customerId: string, change: 'slower' | 'faster' | 'normal'): Promise<number> {
    const saved = await this.update(customerId, (p) => {
      const target =
        change === 'normal'
          ? SPEECH_RATE.normal
          : p.speechRate + (change === 'faster' ? SPEECH_RATE.step : -SPEECH_RATE.step);
      return { ...p, speechRate: Math.min(SPEECH_RATE.max, Math.max(SPEECH_RATE.min, target)) };
    });
    return saved.speechRate;
  }

  /** Whether a voice code must be asked, and whether purchases are locked right now. */
  async purchaseGate(customerId: string): Promise<PurchaseGate> {
    const profile = await this.profile(customerId);
    const locked = this.lockedUntil(profile);
    return {
      voiceCodeRequired: profile.voiceCodeHash !== undefined,
      ...(locked ? { lockedUntil: locked } : {}),
    };
  }

  /** Checks the voice code (see `proveVoiceCode`); resolves when it is right or none is set. */
  async verifyVoiceCode(customerId: string, code: string): Promise<void> {
    await this.proveVoiceCode(customerId, code);
  }

  /**
   * What an order may be placed on: with a code, the code proved (`proveVoiceCode`); without one,
   * the profile read, refusing with VOICE_CODE_REQUIRED when a code is set and VOICE_CODE_LOCKED
   * while purchases are locked. The order transaction checks the guard again on the profile.
   */
  async purchaseGuard(customerId: string, code?: string): Promise<PurchaseGuard> {
    const at = this.clock.now().toISOString();
    if (code !== undefined) {
      const voiceCodeHash = await this.proveVoiceCode(customerId, code);
      return voiceCodeHash ? { voiceCodeHash, at } : { at };
    }
    const profile = await this.profile(customerId);
    const locked = this.lockedUntil(profile);
    if (locked) throw new DomainError('VOICE_CODE_LOCKED', 'purchases locked', { until: locked });
    if (profile.voiceCodeHash) throw new DomainError('VOICE_CODE_REQUIRED', 'a voice code is set');
    return { at };
  }

  /** Why the order transaction refused the purchase guard: purchases locked, or a code to give. */
  async purchaseRefusal(customerId: string): Promise<DomainError> {
    const locked = this.lockedUntil(await this.profile(customerId));
    return locked
      ? new DomainError('VOICE_CODE_LOCKED', 'purchases locked', { until: locked })
      : new DomainError('VOICE_CODE_REQUIRED', 'the voice code changed');
  }

  /**
   * Judges a voice code. The attempt is counted first, in one conditional write (no live lock, fewer
   * than three counted), and only then is the slow hash compared, so concurrent guesses can never
   * be judged more than three times; a right code resets the count. Returns the hash proved, or
   * undefined when the customer set no code.
   */
  private async proveVoiceCode(customerId: string, code: string): Promise<string | undefined> {
    const now = this.clock.now();
    const attempt = await this.customers.countVoiceCodeAttempt(customerId, {
      maxFailures: this.rules.maxWrongCodes,
      now: now.toISOString(),
      lockUntil: new Date(now.getTime() + this.rules.lockMinutes * 60_000).toISOString(),
    });
    if (attempt.kind === 'no_code') return undefined;
    if (attempt.kind === 'locked') {
      throw new DomainError('VOICE_CODE_LOCKED', 'purchases locked', { until: attempt.until });
    }
    if (/^\d{4}$/.test(code) && (await this.hasher.verify(code, attempt.voiceCodeHash))) {
      const cleared = await this.customers.clearVoiceCodeFailures(customerId, attempt.voiceCodeHash);
      if (!cleared) throw new DomainError('VOICE_CODE_REQUIRED', 'the voice code changed meanwhile');
      return attempt.voiceCodeHash;
    }
    if (attempt.lockedUntil) {
      throw new DomainError('VOICE_CODE_LOCKED', 'too many wrong codes', { until: attempt.lockedUntil });
    }
    throw new DomainError('VOICE_CODE_WRONG', 'wrong voice code', {
      attemptsLeft: this.rules.maxWrongCodes - attempt.failures,
    });
  }

  /** Sets (or replaces) the 4-digit voice code. */
  async setVoiceCode(customerId: string, code: string): Promise<void> {
    if (!/^\d{4}$/.test(code))
      throw new DomainError('INVALID_INPUT', 'voice code must be 4 digits', { field: 'code' });
    const hash = await this.hasher.hash(code);
    await this.update(customerId, (p) => ({ ...p, voiceCodeHash: hash, voiceCodeFailures: 0 }));
  }

  private lockedUntil(profile: CustomerProfile): string | undefined {
    const until = profile.purchasesLockedUntil;
    return until && Date.parse(until) > this.clock.now().getTime() ? until : undefined;
  }

  private fresh(customerId: string): CustomerProfile {
    const now = this.clock.now().toISOString();
    return {
      customerId,
      speechRate: SPEECH_RATE.normal,
      voiceCodeFailures: 0,
      firstSeenAt: now,
      lastSeenAt: now,
      version: 0,
    };
  }

  private async update(
    customerId: string,
    change: (p: CustomerProfile) => CustomerProfile,
  ): Promise<CustomerProfile> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.profile(customerId);
      const next = { ...change(current), lastSeenAt: this.clock.now().toISOString() };
      try {
        return await this.customers.saveProfile(next);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= 5) throw error;
      }
    }
  }
}
