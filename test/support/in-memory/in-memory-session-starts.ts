/**
 * SessionStartReader in memory, for conversation tests only: the link, the profile and the carts
 * from the in-memory repositories, counted as one read request like the batch read it stands for.
 */
import type {
  SessionStartReader,
  SessionStartRecords,
  SessionStartRequest,
} from '../../../lambda/domain/session-start-port';
import type { InMemoryCarts } from './in-memory-carts';
import type { InMemoryCustomers } from './in-memory-customers';
import type { IoCounter } from './io-counter';

/** Reads a session's first records from the in-memory repositories in one counted request. */
export class InMemorySessionStarts implements SessionStartReader {
  constructor(
    private readonly io: IoCounter,
    private readonly customers: InMemoryCustomers,
    private readonly carts: InMemoryCarts,
  ) {}

  read(request: SessionStartRequest): Promise<SessionStartRecords> {
    const { link, profileOf, cartOf, anonymousCartOf } = request;
    const anything = link || [profileOf, cartOf, anonymousCartOf].some((id) => id !== undefined);
    if (!anything) return Promise.resolve({});
    this.io.read();
    return Promise.resolve({
      ...(link ? { link: { linkedTo: this.customers.peekLink(link.platform, link.platformUserId) } } : {}),
      ...(profileOf !== undefined ? { profile: { stored: this.customers.peek(profileOf) } } : {}),
      ...(cartOf !== undefined ? { cart: this.carts.peek(cartOf) } : {}),
      ...(anonymousCartOf !== undefined ? { anonymousCart: this.carts.peek(anonymousCartOf) } : {}),
    });
  }
}
