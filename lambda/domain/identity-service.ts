/**
 * Who is speaking: a linked account's customer (the access token's subject), or an anonymous
 * shopper keyed by the platform user, whose cart merges into the account's on first linking.
 */
import type { CartService } from './cart-service';
import { DomainError } from './errors';
import type { AccessTokenVerifier, CustomerRepository } from './ports';

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
  ) {}

  /** The customer speaking; an invalid or expired token is treated as not linked. */
  async resolve(speaker: SpeakerIdentity): Promise<Customer> {
    const { customer, linking } = await this.identify(speaker);
    await linking;
    return customer;
  }

  /**
   * Who is speaking, known as soon as the token is checked, and `linking`: the link lookup (and on
   * first linking, the cart merge) still running, so a caller can read other things meanwhile. Read
   * the cart only after `linking` settles.
   */
  async identify(speaker: SpeakerIdentity): Promise<{ customer: Customer; linking: Promise<void> }> {
    const anonymous = anonymousCustomerId(speaker.platform, speaker.platformUserId);
    const customerId = speaker.accessToken ? await this.verifier.verify(speaker.accessToken) : undefined;
    if (!customerId) return { customer: { id: anonymous, linked: false }, linking: Promise.resolve() };
    const linking =
      speaker.knownCustomerId === customerId ? Promise.resolve() : this.link(speaker, anonymous, customerId);
    return { customer: { id: customerId, linked: true }, linking };
  }

  /**
   * Links the platform user and merges the anonymous cart, once: the link write is conditional, so
   * of several first turns at once one links and merges, and the others find it done.
   */
  private async link(speaker: SpeakerIdentity, anonymous: string, customerId: string): Promise<void> {
    const { platform, platformUserId } = speaker;
    const linkedTo = await this.customers.getLinkedCustomer(platform, platformUserId);
    if (linkedTo === customerId) return;
    for (let attempt = 1; ; attempt++) {
      const cartMove = await this.carts.planMerge(anonymous, customerId);
      const outcome = await this.customers.linkIdentity({
        platform,
        platformUserId,
        customerId,
        ...(cartMove ? { cartMove } : {}),
      });
      if (outcome !== 'cart_changed') return;
      if (attempt >= LINK_ATTEMPTS)
        throw new DomainError('CART_CONFLICT', 'the carts kept changing while linking');
    }
  }
}
