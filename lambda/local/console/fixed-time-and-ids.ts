/**
 * A clock that stands still and ids that count up: a console run on them reads the same every time
 * (the same "expected tomorrow", the same order number), which a transcript kept in a document
 * needs. Only tools use them; the product runs on the system clock and random ids.
 */
import type { Clock, IdGenerator } from '../../domain/ports';

/** A clock stopped at one instant. */
export class StoppedClock implements Clock {
  constructor(private readonly instant: Date) {}

  /** Always the same instant. */
  now(): Date {
    return new Date(this.instant);
  }
}

/** Order numbers, ticket numbers and erasure ids counted up from fixed starts. */
export class CountingIds implements IdGenerator {
  private lastErasure = 0;
  private readonly ordersByKey = new Map<string, string>();

  constructor(
    private lastOrder = 33_224_620,
    private lastTicket = 481_572,
  ) {}

  /** The next 8-digit order number; the same one again for the same confirmation key. */
  orderId(idempotencyKey: string): string {
    const known = this.ordersByKey.get(idempotencyKey);
    if (known) return known;
    this.lastOrder += 1;
    const id = String(this.lastOrder);
    this.ordersByKey.set(idempotencyKey, id);
    return id;
  }

  /** The next ticket number, "H" and 6 digits. */
  ticketId(): string {
    this.lastTicket += 1;
    return `H${this.lastTicket}`;
  }

  /** The next erasure id, "E" and a count. */
  erasureId(): string {
    this.lastErasure += 1;
    return `E${this.lastErasure}`;
  }
}
