/**
 * SessionStartReader on one DynamoDB table: the platform user's link, the profile, the carts and the
 * contact record in
 * one strongly consistent BatchGetItem (unprocessed keys asked for again), each item parsed by the
 * same code as its own repository's.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Cart } from '../../domain/model';
import type { Clock } from '../../domain/ports';
import type {
  SessionStartReader,
  SessionStartRecords,
  SessionStartRequest,
} from '../../domain/session-start-port';
import { batchGetItems } from './catalog-batch';
import { emptyCart, itemToCart } from './cart-item';
import { itemToLinkedCustomer, itemToProfile } from './customer-item';
import { itemToContact } from './contact-repository';
import { cartKey, contactKey, identityKey, profileKey, type ItemKey } from './keys';

/** Reads a session's first records in one request. */
export class DynamoSessionStartReader implements SessionStartReader {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  /** Nothing is sent when nothing is asked for. */
  async read(request: SessionStartRequest): Promise<SessionStartRecords> {
    const { link, profileOf, cartOf, anonymousCartOf, contactOf } = request;
    const keys = {
      link: link ? identityKey(link.platform, link.platformUserId) : undefined,
      profile: profileOf !== undefined ? profileKey(profileOf) : undefined,
      cart: cartOf !== undefined ? cartKey(cartOf) : undefined,
      anonymousCart: anonymousCartOf !== undefined ? cartKey(anonymousCartOf) : undefined,
      contact: contactOf !== undefined ? contactKey(contactOf) : undefined,
    };
    const wanted = Object.values(keys).filter((key): key is ItemKey => key !== undefined);
    if (wanted.length === 0) return {};
    const items = await batchGetItems(this.doc, this.tableName, wanted, { consistentRead: true });
    const found = (key: ItemKey | undefined) => key && items.find((i) => i.pk === key.pk && i.sk === key.sk);
    const linkItem = found(keys.link);
    const profileItem = found(keys.profile);
    const contactItem = found(keys.contact);
    return {
      ...(keys.link ? { link: { linkedTo: linkItem ? itemToLinkedCustomer(linkItem) : undefined } } : {}),
      ...(keys.profile ? { profile: { stored: profileItem ? itemToProfile(profileItem) : undefined } } : {}),
      ...(cartOf !== undefined ? { cart: this.cartFrom(found(keys.cart), cartOf) } : {}),
      ...(anonymousCartOf !== undefined
        ? { anonymousCart: this.cartFrom(found(keys.anonymousCart), anonymousCartOf) }
        : {}),
      ...(keys.contact ? { contact: { stored: contactItem ? itemToContact(contactItem) : undefined } } : {}),
    };
  }

  private cartFrom(item: Record<string, unknown> | undefined, customerId: string): Cart {
    return item ? itemToCart(item) : emptyCart(customerId, this.clock.now().toISOString());
  }
}
