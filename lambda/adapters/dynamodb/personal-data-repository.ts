/**
 * A customer's data on DynamoDB, for their data rights: everything under the customer's partition
 * read at once; erased item by item (orders moved under a pseudonym, each move one transaction
 * that also drops the order's idempotency record); and a platform user's link, anonymous cart and
 * profile forgotten.
 */
import {
  DeleteCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Order } from '../../domain/model';
import type {
  ForgottenPlatformUser,
  PersonalData,
  PersonalDataRepository,
  PlatformLink,
} from '../../domain/personal-data';
import { itemToCart } from './cart-item';
import { itemToProfile } from './customer-item';
import { isConditionalCheckFailed } from './dynamo-errors';
import {
  cartKey,
  contactKey,
  customerPartition,
  ENTITY,
  handoffKey,
  handoffTicketKey,
  identityKey,
  idempotencyKey,
  linkedIdentityKey,
  orderKey,
  profileKey,
} from './keys';
import { itemToHandoff } from './handoff-item';
import { itemToOrder, orderToItem } from './order-item';

/** PersonalDataRepository on one DynamoDB table. */
export class DynamoPersonalDataRepository implements PersonalDataRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every item under the customer, by kind. */
  async collect(customerId: string): Promise<PersonalData> {
    const data: { -readonly [K in keyof PersonalData]: PersonalData[K] } = {
      orders: [],
      handoffs: [],
      links: [],
    };
    for (const item of await this.partition(customerId)) {
      if (item.type === ENTITY.profile) data.profile = itemToProfile(item);
      else if (item.type === ENTITY.cart) data.cart = itemToCart(item);
      else if (item.type === ENTITY.order) data.orders = [...data.orders, itemToOrder(item)];
      else if (item.type === ENTITY.handoff) data.handoffs = [...data.handoffs, itemToHandoff(item)];
      else if (item.type === ENTITY.linkedIdentity)
        data.links = [...data.links, item as unknown as PlatformLink];
    }
    return data;
  }

  /** Erases what was found; see the port. */
  async erase(customerId: string, found: PersonalData, pseudonym: string, erasedAt: string): Promise<void> {
    for (const order of found.orders) await this.keepUnder(order, pseudonym, erasedAt);
    for (const h of found.handoffs) {
      await this.remove(handoffKey(h.customerId, h.createdAt, h.ticketId));
      await this.remove(handoffTicketKey(h.ticketId));
    }
    for (const link of found.links) {
      await this.removeLink(link.platform, link.platformUserId, customerId);
      await this.remove(linkedIdentityKey(customerId, link.platform, link.platformUserId));
    }
    await this.remove(cartKey(customerId));
    await this.remove(profileKey(customerId));
    // The Alexa user notifications went to, the consents and the store's notices.
    await this.remove(contactKey(customerId));
  }

  /** Forgets a platform user; see the port. */
  async forgetPlatformUser(
    platform: string,
    platformUserId: string,
    anonymousCustomerId: string,
  ): Promise<ForgottenPlatformUser> {
    const link = await this.remove(identityKey(platform, platformUserId));
    const linkedCustomerId = typeof link?.customerId === 'string' ? link.customerId : undefined;
    if (linkedCustomerId) {
      await this.remove(linkedIdentityKey(linkedCustomerId, platform, platformUserId));
      // Notifications to a user who turned the skill off stop with it.
      await this.remove(contactKey(linkedCustomerId));
    }
    const cart = await this.remove(cartKey(anonymousCustomerId));
    const profile = await this.remove(profileKey(anonymousCustomerId));
    return {
      ...(linkedCustomerId ? { linkedCustomerId } : {}),
      link: link !== undefined,
      cart: cart !== undefined,
      profile: profile !== undefined,
    };
  }

  /** Moves the order under the pseudonym, the customer id replaced, in one transaction. */
  private async keepUnder(order: Order, pseudonym: string, erasedAt: string): Promise<void> {
    const kept: Order = {
      ...order,
      customerId: pseudonym,
      idempotencyKey: `${pseudonym}:${order.idempotencyKey.split(':').slice(1).join(':')}`,
    };
    await this.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              // Marked, so the stream consumer does not take the move for a new order.
              Item: { ...orderToItem(kept), erasedAt },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Delete: {
              TableName: this.tableName,
              Key: orderKey(order.customerId, order.placedAt, order.orderId),
            },
          },
          { Delete: { TableName: this.tableName, Key: idempotencyKey(order.idempotencyKey) } },
        ],
      }),
    );
  }

  /** Removes the link only if it still names this customer (the user may have linked another since). */
  private async removeLink(platform: string, platformUserId: string, customerId: string): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: identityKey(platform, platformUserId),
          ConditionExpression: 'customerId = :customer',
          ExpressionAttributeValues: { ':customer': customerId },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** Deletes an item; its old attributes, or undefined when there was none. */
  private async remove(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Attributes } = await this.doc.send(
      new DeleteCommand({ TableName: this.tableName, Key: key, ReturnValues: 'ALL_OLD' }),
    );
    return Attributes;
  }

  private async partition(customerId: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': customerPartition(customerId) },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
