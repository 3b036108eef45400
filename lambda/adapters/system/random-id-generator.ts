/**
 * Identifiers shaped to be read aloud: a shopper says an order number to a person on the phone, so
 * it is all digits and never starts with a zero that a listener might drop. Ticket ids come from a
 * cryptographic random source; an order id is derived from its confirmation's idempotency key, so a
 * retried confirmation is the same order to the payment service.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../domain/ports';

/** Order ids: 8 digits, 10000000 to 99999999 (90 million values). */
export const ORDER_ID_PATTERN = /^[1-9][0-9]{7}$/;

/** Handoff ticket ids: "H" and 6 digits, the first not a zero. */
export const TICKET_ID_PATTERN = /^H[1-9][0-9]{5}$/;

/** Ids for orders (derived from their key) and handoff tickets (random). */
export class RandomIdGenerator implements IdGenerator {
  /** An 8-digit order number not starting with 0, such as "48213907", the same for the same key. */
  orderId(idempotencyKey: string): string {
    const digest = createHash('sha256').update(idempotencyKey).digest();
    // 48 bits of the digest spread evenly enough over the 90 million numbers.
    return String(10_000_000 + (digest.readUIntBE(0, 6) % 90_000_000));
  }

  /** A ticket number such as "H417302". */
  ticketId(): string {
    return `H${randomInt(100_000, 1_000_000)}`;
  }

  /** A random id for an erased customer's kept orders. */
  erasureId(): string {
    return randomUUID();
  }
}
