/**
 * New identifiers from a cryptographic random source, shaped to be read aloud: a shopper says an
 * order number to a person on the phone, so it is all digits and never starts with a zero that a
 * listener might drop.
 */
import { randomInt } from 'node:crypto';
import type { IdGenerator } from '../../domain/ports';

/** Order ids: 8 digits, 10000000 to 99999999 (90 million values). */
export const ORDER_ID_PATTERN = /^[1-9][0-9]{7}$/;

/** Handoff ticket ids: "H" and 6 digits, the first not a zero. */
export const TICKET_ID_PATTERN = /^H[1-9][0-9]{5}$/;

/** Random ids for orders and handoff tickets. */
export class RandomIdGenerator implements IdGenerator {
  /** An 8-digit order number not starting with 0, such as "48213907". */
  orderId(): string {
    return String(randomInt(10_000_000, 100_000_000));
  }

  /** A ticket number such as "H417302". */
  ticketId(): string {
    return `H${randomInt(100_000, 1_000_000)}`;
  }
}
