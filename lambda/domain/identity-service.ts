/**
 * Who is speaking: a linked account's customer (the access token's subject), or an anonymous
 * shopper keyed by the platform user, whose cart merges into the account's on first linking.
 * The link is confirmed once per session: on the session's first turn it is read in the same request
 * as the profile and the cart (see `open`); later turns carry the confirmed customer and read nothing.
 */
import type { CartService } from './cart-service';
import { DomainError } from './errors';
import type { Cart, CustomerProfile } from './model';
import type { AccessTokenVerifier, CustomerRepository } from './ports';
import type { SessionStartReader, SessionStartRecords } from './session-start-port';
import type { ShopperContact } from './shopper-contact';

/** Tries of linking while a cart keeps changing under it. */
const LINK_ATTEMPTS = 5;

/** The customer behind a turn. */
export interface Customer {
  readonly id: string;
  /** True when the account is linked (checkout, reorder and orders need it). */
  readonly linked: boolean;
}

/** What a platform tells us about the speaker. */
export interface SpeakerIdentity {
  readonly platform: string;
  readonly platformUserId: string;
  readonly accessToken?: string;
  /** The customer already resolved earlier in this session, to skip the link lookup. */
  readonly knownCustomerId?: string;
}

/** What a turn starts with besides the customer, read in one request when anything is needed. */
export interface TurnOpening {
  /** Present when the profile was asked for: the stored one, undefined for a customer never seen. */
  readonly profile?: { readonly stored: CustomerProfile | undefined };
  /** The customer's cart as read with the rest; absent when linking just moved it or it was not read. */
  readonly cart?: Cart;
  /** Present when the contact record was asked for: the stored one, if any. */
  readonly contact?: { readonly stored: ShopperContact | undefined };
}

/** The customer id of an anonymous shopper on a platform: safe characters only. */
export function anonymousCustomerId(platform: string, platformUserId: string): string {
  return `anon.${platform}.${platformUserId.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** Resolves the customer and links platform users to accounts. */
export class IdentityService {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly customers: CustomerRepository,
    private readonly carts: CartService,
    private readonly starts: SessionStartReader,
  ) {}

  /** The customer speaking, with the link confirmed; an invalid or expired token is not linked. */
  async resolve(speaker: SpeakerIdentity): Promise<Customer> {
    const customer = await this.customerOf(speaker);
    if (this.mustConfirmLink(speaker, customer)) await this.open(speaker, customer, { profile: false });
    return customer;
  }

  /** Who is speaking, from the access token alone (no database read). */
  async customerOf(speaker: SpeakerIdentity): Promise<Customer> {
    const customerId = speaker.accessToken ? await this.verifier.verify(speaker.accessToken) : undefined;
    return customerId
      ? { id: customerId, linked: true }
      : { id: anonymousCustomerId(speaker.platform, speaker.platformUserId), linked: false };
  }

  /**
   * Opens a turn for `customer` (from customerOf): on a session's first turn, the link is confirmed
   * (and made, merging the anonymous cart, on first linking) and the profile, when `profile` asks for
   * it, and the carts are read along with it in one request. A later turn of the session that needs
   * no profile reads nothing.
   */
  async open(
    speaker: SpeakerIdentity,
    customer: Customer,
    needs: { readonly profile: boolean; readonly contact?: boolean },
  ): Promise<TurnOpening> {
    const confirm = this.mustConfirmLink(speaker, customer);
    if (!confirm && !needs.profile) return {};
    const anonymous = anonymousCustomerId(speaker.platform, speaker.platformUserId);
    const read = await this.starts.read({
      ...(confirm ? { link: { platform: speaker.platform, platformUserId: speaker.platformUserId } } : {}),
      ...(confirm && anonymous !== customer.id ? { anonymousCartOf: anonymous } : {}),
      ...(needs.profile ? { profileOf: customer.id } : {}),
      ...(needs.contact && customer.linked ? { contactOf: customer.id } : {}),
      cartOf: customer.id,
    });
    const merged = confirm && (await this.confirmLink(speaker, customer.id, read));
    return {
      ...(read.profile ? { profile: read.profile } : {}),
      ...(read.contact ? { contact: read.contact } : {}),
      ...(read.cart && !merged ? { cart: read.cart } : {}),
    };
  }

  /** A linked speaker whose link this session has not confirmed yet. */
  private mustConfirmLink(speaker: SpeakerIdentity, customer: Customer): boolean {
    return customer.linked && speaker.knownCustomerId !== customer.id;
  }

  /**
   * Links the platform user to the customer unless the link read says it is already, moving the
   * anonymous cart read with it into the customer's in the same transaction. The link write is
   * conditional, so of several first turns at once one links and merges, and the others find it
   * done; a cart changed since it was read is read again. True when what was read of the customer's
   * cart may be stale (moved into, or linked by another turn).
   */
  private async confirmLink(
    speaker: SpeakerIdentity,
    customerId: string,
    read: SessionStartRecords,
  ): Promise<boolean> {
    if (read.link?.linkedTo === customerId) return false;
    const { platform, platformUserId } = speaker;
    const anonymous = anonymousCustomerId(platform, platformUserId);
    let cartMove =
      read.anonymousCart && read.cart ? await this.carts.mergePlan(read.anonymousCart, read.cart) : undefined;
    for (let attempt = 1; ; attempt++) {
      const link = { platform, platformUserId, customerId, ...(cartMove ? { cartMove } : {}) };
      const outcome = await this.customers.linkIdentity(link);
      if (outcome === 'linked') return cartMove !== undefined;
      if (outcome === 'already_linked') return true;
      if (attempt >= LINK_ATTEMPTS)
        throw new DomainError('CART_CONFLICT', 'the carts kept changing while linking');
      cartMove = anonymous === customerId ? undefined : await this.carts.planMerge(anonymous, customerId);
    }
  }
}
