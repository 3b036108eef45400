/**
 * In-memory implementations of the non-storage ports for conversation tests: a clock the test
 * moves, a logger that keeps events, sequential ids, a hasher, a token verifier, and a payment port
 * whose answer the test chooses.
 */
import { createHash } from 'node:crypto';
import type {
  AccessTokenVerifier,
  Clock,
  IdGenerator,
  Logger,
  PaymentPort,
  PaymentRelease,
  PaymentRequest,
  PaymentResult,
  SecretHasher,
} from '../../../lambda/domain/ports';

/** A clock that stands still until the test moves it. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

/** A logged event. */
export interface LoggedEvent {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Keeps every logged event. */
export class RecordingLogger implements Logger {
  readonly events: LoggedEvent[] = [];
  info(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'info', event, ...(fields ? { fields } : {}) });
  }
  warn(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'warn', event, ...(fields ? { fields } : {}) });
  }
  error(event: string, fields?: Readonly<Record<string, unknown>>): void {
    this.events.push({ level: 'error', event, ...(fields ? { fields } : {}) });
  }
}

/** Order ids 40000001, 40000002, ... (one per confirmation key) and tickets H100001, ... */
export class SequentialIds implements IdGenerator {
  private orders = 40_000_000;
  private tickets = 100_000;
  private erasures = 0;
  private readonly byKey = new Map<string, string>();
  orderId(idempotencyKey: string): string {
    const id = this.byKey.get(idempotencyKey) ?? String(++this.orders);
    this.byKey.set(idempotencyKey, id);
    return id;
  }
  ticketId(): string {
    return `H${++this.tickets}`;
  }
  erasureId(): string {
    return `E${++this.erasures}`;
  }
}

/** A SHA-256 hasher (tests do not need scrypt's cost). */
export class Sha256Hasher implements SecretHasher {
  hash(secret: string): Promise<string> {
    return Promise.resolve(`sha256$${createHash('sha256').update(secret).digest('hex')}`);
  }
  async verify(secret: string, hash: string): Promise<boolean> {
    return (await this.hash(secret)) === hash;
  }
}

/** Accepts tokens of the form `valid:<customerId>`. */
export class PrefixTokenVerifier implements AccessTokenVerifier {
  verify(token: string): Promise<string | undefined> {
    return Promise.resolve(token.startsWith('valid:') ? token.slice('valid:'.length) : undefined);
  }
}

/** Pay on delivery, unless the test makes the next payment decline or the service unreachable. */
export class ScriptedPayments implements PaymentPort {
  next: 'approve' | { readonly decline: string } | 'unreachable' = 'approve';
  /** When set, every authorization waits for it (a slow payment service). */
  hold?: Promise<void>;
  readonly authorized: PaymentRequest[] = [];
  readonly released: PaymentRelease[] = [];

  async authorize(request: PaymentRequest): Promise<PaymentResult> {
    await this.hold;
    const outcome = this.next;
    this.next = 'approve';
    if (outcome === 'unreachable') return Promise.reject(new Error('payment service timed out'));
    if (outcome !== 'approve') return Promise.resolve({ status: 'declined', reason: outcome.decline });
    this.authorized.push(request);
    return Promise.resolve({
      status: 'approved',
      method: 'pay_on_delivery',
      reference: `pod-${request.orderId}`,
      dueOnDelivery: true,
    });
  }

  release(release: PaymentRelease): Promise<void> {
    this.released.push(release);
    return Promise.resolve();
  }
}
