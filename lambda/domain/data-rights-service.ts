/**
 * The shopper's data rights, at once: an export of everything kept about a customer (as JSON, no
 * secrets), an erasure (profile, cart, links, voice code, handoff requests; orders kept only as the
 * merchant's legal record, with the customer id replaced), and forgetting an Alexa user who turned
 * the skill off (their link, anonymous cart and profile; a linked account, which other channels
 * use, stays until its owner asks).
 */
import { anonymousCustomerId } from './identity-service';
import type { CartLine, Order } from './model';
import type { HandoffRequest } from './support-model';
import type { ForgottenPlatformUser, PersonalDataRepository, PlatformLink } from './personal-data';
import type { Clock, IdGenerator } from './ports';

/** Everything kept about a customer, as the customer may read it. */
export interface CustomerDataExport {
  readonly customerId: string;
  readonly exportedAt: string;
  readonly profile?: {
    readonly name?: string;
    readonly addressSummary?: string;
    readonly speechRate: number;
    /** Whether a voice code is set (the code itself is kept only as a salted hash, never exported). */
    readonly voiceCodeSet: boolean;
    readonly purchasesLockedUntil?: string;
    readonly firstSeenAt: string;
    readonly lastSeenAt: string;
  };
  readonly cart: readonly CartLine[];
  readonly orders: readonly Order[];
  readonly handoffs: readonly HandoffRequest[];
  readonly linkedAccounts: readonly PlatformLink[];
}

/** What an erasure did. */
export interface ErasureReport {
  readonly customerId: string;
  readonly erasedAt: string;
  readonly profile: boolean;
  readonly cart: boolean;
  readonly links: number;
  readonly handoffs: number;
  readonly ordersKept: number;
  /** The id the kept orders are filed under now (empty when there were none). */
  readonly ordersKeptUnder?: string;
}

/** Exports and erases customers' data. */
export class DataRightsService {
  constructor(
    private readonly data: PersonalDataRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** Everything kept about the customer. */
  async export(customerId: string): Promise<CustomerDataExport> {
    const found = await this.data.collect(customerId);
    const p = found.profile;
    return {
      customerId,
      exportedAt: this.clock.now().toISOString(),
      ...(p
        ? {
            profile: {
              ...(p.name ? { name: p.name } : {}),
              ...(p.addressSummary ? { addressSummary: p.addressSummary } : {}),
              speechRate: p.speechRate,
              voiceCodeSet: p.voiceCodeHash !== undefined,
              ...(p.purchasesLockedUntil ? { purchasesLockedUntil: p.purchasesLockedUntil } : {}),
              firstSeenAt: p.firstSeenAt,
              lastSeenAt: p.lastSeenAt,
            },
          }
        : {}),
      cart: found.cart?.lines ?? [],
      orders: found.orders,
      handoffs: found.handoffs,
      linkedAccounts: found.links,
    };
  }

  /** Erases the customer's data; orders stay, filed under a new pseudonym. */
  async erase(customerId: string): Promise<ErasureReport> {
    const found = await this.data.collect(customerId);
    const erasedAt = this.clock.now().toISOString();
    const pseudonym = `erased.${this.ids.erasureId()}`;
    await this.data.erase(customerId, found, pseudonym, erasedAt);
    return {
      customerId,
      erasedAt,
      profile: found.profile !== undefined,
      cart: found.cart !== undefined,
      links: found.links.length,
      handoffs: found.handoffs.length,
      ordersKept: found.orders.length,
      ...(found.orders.length > 0 ? { ordersKeptUnder: pseudonym } : {}),
    };
  }

  /** Forgets a platform user (the skill was turned off): link, anonymous cart and profile. */
  forgetPlatformUser(platform: string, platformUserId: string): Promise<ForgottenPlatformUser> {
    return this.data.forgetPlatformUser(
      platform,
      platformUserId,
      anonymousCustomerId(platform, platformUserId),
    );
  }
}
