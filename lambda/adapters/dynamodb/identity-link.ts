/**
 * Linking a platform user to a customer in one transaction: the link, written only if the user is
 * not already linked to that customer (of several first turns at once, one wins), and the
 * anonymous cart's move: the customer's cart with its lines merged in and the anonymous cart
 * emptied, each under the version it was read at. So a cart is never merged twice. A record under
 * the customer notes the link, so their data can be found and erased.
 */
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Cart } from '../../domain/model';
import type { IdentityLink } from '../../domain/ports';
import { cartToItem } from './cart-item';
import { identityToItem } from './customer-item';
import { ENTITY, linkedIdentityKey } from './keys';
import {
  cancellationReasons,
  isConditionFailure,
  isRetryableContention,
  isTransactionCanceled,
} from './dynamo-errors';
import type { TransactItem } from './order-transaction';

/** Writes the link and moves the cart; see CustomerRepository.linkIdentity for the outcomes. */
export async function linkIdentity(
  doc: DynamoDBDocumentClient,
  tableName: string,
  link: IdentityLink,
  linkedAt: string,
): Promise<'linked' | 'already_linked' | 'cart_changed'> {
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: identityToItem(link.platform, link.platformUserId, link.customerId, linkedAt),
        // Only one write links the user to this customer; the others find it done and merge nothing.
        ConditionExpression: 'attribute_not_exists(pk) OR customerId <> :customer',
        ExpressionAttributeValues: { ':customer': link.customerId },
      },
    },
  ];
  items.push(linkRecord(tableName, link, linkedAt));
  if (link.cartMove)
    items.push(saveCart(tableName, link.cartMove.into), saveCart(tableName, link.cartMove.from));
  try {
    await doc.send(new TransactWriteCommand({ TransactItems: items }));
    return 'linked';
  } catch (error) {
    if (!isTransactionCanceled(error) && !isRetryableContention(error)) throw error;
    if (isConditionFailure(cancellationReasons(error)[0])) return 'already_linked';
    // A cart moved on since it was read, or another transaction held an item: read again.
    return 'cart_changed';
  }
}

/** The record under the customer that this platform user is linked to them (their data export and erasure find it). */
function linkRecord(tableName: string, link: IdentityLink, linkedAt: string): TransactItem {
  const { customerId, platform, platformUserId } = link;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...linkedIdentityKey(customerId, platform, platformUserId),
        type: ENTITY.linkedIdentity,
        platform,
        platformUserId,
        linkedAt,
      },
    },
  };
}

/** The cart saved at its next version, only if it is still at the version read. */
function saveCart(tableName: string, cart: Cart): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: cartToItem(cart, cart.version + 1),
      ...(cart.version === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': cart.version },
          }),
    },
  };
}
