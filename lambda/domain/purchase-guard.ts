/**
 * What stands between a caller and an order, as the order transaction checks it: the voice code
 * that was proved (or that none is set) and no live purchase lock. And the outcome of counting a
 * voice-code attempt, which happens before the code is judged.
 */

/**
 * The condition the order transaction puts on the customer's profile: the voice code is still the
 * one proved (`voiceCodeHash`), or none is set when absent; and purchases are not locked at `at`.
 */
export interface PurchaseGuard {
  readonly voiceCodeHash?: string;
  /** ISO time: a lock that ends at or before it no longer counts. */
  readonly at: string;
}

/** The limits of one voice-code attempt, as counted by the repository. */
export interface VoiceCodeAttemptLimits {
  /** Wrong codes allowed before purchases lock (the attempt that reaches it locks them). */
  readonly maxFailures: number;
  /** ISO time now: a lock that ended before it no longer counts. */
  readonly now: string;
  /** ISO time the lock ends if this attempt is the last one allowed. */
  readonly lockUntil: string;
}

/** The outcome of counting a voice-code attempt, before the code is judged. */
export type VoiceCodeAttempt =
  | {
      readonly kind: 'counted';
      /** The hash to judge the code against. */
      readonly voiceCodeHash: string;
      /** Attempts counted since the last right code, this one included. */
      readonly failures: number;
      /** Set when this attempt was the last allowed: purchases are locked unless it is right. */
      readonly lockedUntil?: string;
    }
  | { readonly kind: 'locked'; readonly until: string }
  | { readonly kind: 'no_code' };
