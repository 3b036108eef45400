/**
 * The TransactWriteItems requests of the order repository: placing an order (stock, order, cart,
 * purchase guard, idempotency record, all or nothing) and moving an order to a new status (with optional restock).
 * Each item of the placing transaction has a role, so a cancellation reason can be read by index.
 */
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import type { Order, OrderLine, StatusChange } from '../../domain/model';
import type { PlaceOrderCommand } from '../../domain/ports';
import type { PurchaseGuard } from '../../domain/purchase-guard';
import { cartKey, ENTITY, orderKey, productKey, profileKey } from './keys';
import { idempotencyToItem, orderToItem } from './order-item';

/** One action of a TransactWriteItems request. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** What each action of the placing transaction is for, by the same index as its action. */
export type PlaceRole =
  | { readonly kind: 'stock'; readonly sku: string }
  | { readonly kind: 'order' }
  | { readonly kind: 'cart' }
  | { readonly kind: 'purchase' }
  | { readonly kind: 'idempotency' };

/** A transaction may hold at most 100 actions. */
const TRANSACTION_LIMIT = 100;

/** Quantities per sku: one transaction may not touch the same product twice. */
export function quantitiesBySku(lines: readonly OrderLine[]): Map<string, number> {
  const quantities = new Map<string, number>();
  for (const line of lines) quantities.set(line.sku, (quantities.get(line.sku) ?? 0) + line.quantity);
  return quantities;
}

/**
 * The placing transaction. `nowSeconds` lets an expired idempotency record (which TTL deletes only
 * eventually, and DynamoDB Local never) be replaced; `callId` marks the record as this call's.
 */
export function placeOrderTransaction(
  tableName: string,
  command: PlaceOrderCommand,
  callId: string,
  nowSeconds: number,
): { items: TransactItem[]; roles: PlaceRole[] } {
  const { order } = command;
  const items: TransactItem[] = [];
  const roles: PlaceRole[] = [];
  for (const [sku, quantity] of quantitiesBySku(order.quote.lines)) {
    roles.push({ kind: 'stock', sku });
    items.push({
      Update: {
        TableName: tableName,
        Key: productKey(sku),
        // Only sell what is there: the write fails, and nothing is sold, if stock would go below zero.
        ConditionExpression: 'attribute_exists(pk) AND stock >= :qty',
        UpdateExpression: 'SET stock = stock - :qty, version = version + :one',
        ExpressionAttributeValues: { ':qty': quantity, ':one': 1 },
      },
    });
  }
  roles.push({ kind: 'order' });
  items.push({
    Put: { TableName: tableName, Item: orderToItem(order), ConditionExpression: 'attribute_not_exists(pk)' },
  });
  if (command.cartVersion !== undefined) {
    roles.push({ kind: 'cart' });
    items.push(clearCart(tableName, order, command.cartVersion));
  }
  roles.push({ kind: 'purchase' });
  items.push(checkPurchaseGuard(tableName, order.customerId, command.purchaseGuard));
  roles.push({ kind: 'idempotency' });
  items.push({
    Put: {
      TableName: tableName,
      Item: idempotencyToItem(order.idempotencyKey, order, command.idempotencyExpiresAt, callId),
      // A live record means this key already placed an order; an expired one no longer counts.
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
      ExpressionAttributeValues: { ':now': nowSeconds },
    },
  });
  if (items.length > TRANSACTION_LIMIT) {
    throw new Error(`an order may hold at most ${TRANSACTION_LIMIT - 4} different products`);
  }
  return { items, roles };
}

/**
 * The purchase guard on the profile: the voice code proved is still the one set (none set when none
 * was proved), and purchases are not locked.
 */
function checkPurchaseGuard(tableName: string, customerId: string, guard: PurchaseGuard): TransactItem {
  const code =
    guard.voiceCodeHash === undefined ? 'attribute_not_exists(voiceCodeHash)' : 'voiceCodeHash = :code';
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: profileKey(customerId),
      // No order past a voice code not given, nor while wrong codes keep purchases locked.
      ConditionExpression: `${code} AND (attribute_not_exists(purchasesLockedUntil) OR purchasesLockedUntil <= :at)`,
      ExpressionAttributeValues: {
        ':at': guard.at,
        ...(guard.voiceCodeHash === undefined ? {} : { ':code': guard.voiceCodeHash }),
      },
    },
  };
}

/** Empties the cart the order was priced from, only if it is still at that version. */
function clearCart(tableName: string, order: Order, cartVersion: number): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: cartKey(order.customerId),
      // The shopper heard and confirmed this cart: if it changed since, nothing is placed.
      ConditionExpression: cartVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
      UpdateExpression:
        'SET #type = :type, customerId = :customerId, #lines = :empty, version = :next, updatedAt = :at',
      ExpressionAttributeNames: { '#type': 'type', '#lines': 'lines' },
      ExpressionAttributeValues: {
        ...(cartVersion === 0 ? {} : { ':expected': cartVersion }),
        ':type': ENTITY.cart,
        ':customerId': order.customerId,
        ':empty': [],
        ':next': cartVersion + 1,
        ':at': order.placedAt,
      },
    },
  };
}

/**
 * The transaction that moves an order from its current status to `change.status`, only if it is still at its
 * version and status; with `restockSkus`, those lines' quantities go back into stock.
 */
export function transitionTransaction(
  tableName: string,
  order: Order,
  change: StatusChange,
  restock: ReadonlyMap<string, number>,
): TransactItem[] {
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName,
        Key: orderKey(order.customerId, order.placedAt, order.orderId),
        ConditionExpression: 'version = :expected AND #status = :from',
        UpdateExpression: 'SET #status = :to, history = list_append(history, :change), version = :next',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':expected': order.version,
          ':from': order.status,
          ':to': change.status,
          ':change': [change],
          ':next': order.version + 1,
        },
      },
    },
  ];
  for (const [sku, quantity] of restock) {
    items.push({
      Update: {
        TableName: tableName,
        Key: productKey(sku),
        // A product removed from the catalog is not brought back as a half item.
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET stock = stock + :qty, version = version + :one',
        ExpressionAttributeValues: { ':qty': quantity, ':one': 1 },
      },
    });
  }
  return items;
}

/**
 * The ClientRequestToken of one attempt: derived from the idempotency key, the call and the attempt,
 * so the SDK's own retries of a request are idempotent and no other call can replay its outcome.
 */
export function requestToken(idempotencyKey: string, callId: string, attempt: number): string {
  const digest = createHash('sha256').update(`${idempotencyKey}\n${callId}\n${attempt}`).digest('base64url');
  return digest.slice(0, 36);
}
