/**
 * The only place key strings are built. Every repository asks here; nothing else concatenates
 * "CUSTOMER#" or "PRODUCT#".
 */

/** A table key. */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** Entity type names stored in each item's `type` attribute. */
export const ENTITY = {
  identity: 'Identity',
  profile: 'CustomerProfile',
  cart: 'Cart',
  order: 'Order',
  product: 'Product',
  catalogVersion: 'CatalogVersion',
  idempotency: 'Idempotency',
  settings: 'StoreSettings',
  handoff: 'Handoff',
  handoffTicket: 'HandoffTicket',
  signingKeys: 'SigningKeys',
  localEvent: 'LocalQueuedEvent',
  linkedIdentity: 'LinkedIdentity',
  contact: 'ShopperContact',
} as const;

/** Platform user -> customer link. */
export function identityKey(platform: string, platformUserId: string): ItemKey {
  return { pk: `IDENTITY#${platform}#${platformUserId}`, sk: 'IDENTITY' };
}

/** Everything kept under one customer (profile, cart, orders, handoffs, links): for a Query. */
export function customerPartition(customerId: string): string {
  return `CUSTOMER#${customerId}`;
}

/** The record, under the customer, that a platform user is linked to them (to find and erase links). */
export function linkedIdentityKey(customerId: string, platform: string, platformUserId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: `LINK#${platform}#${platformUserId}` };
}

/** Customer profile. */
export function profileKey(customerId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: 'PROFILE' };
}

/** The customer's cart (one item). */
export function cartKey(customerId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: 'CART' };
}

/** How the store may reach the customer later: consents, the Alexa user to notify, store notices. */
export function contactKey(customerId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: 'CONTACT' };
}

/** One order, under its customer, sorted by time so the newest comes first in a reverse query. */
export function orderKey(customerId: string, placedAt: string, orderId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: `ORDER#${placedAt}#${orderId}` };
}

/** The partition and sort-key prefix for a customer's orders. */
export function ordersOfCustomer(customerId: string): { pk: string; skPrefix: string } {
  return { pk: `CUSTOMER#${customerId}`, skPrefix: 'ORDER#' };
}

/** The gsi1 keys that find an order by its id. */
export function orderByIdIndexKey(orderId: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: `ORDER#${orderId}`, gsi1sk: 'ORDER' };
}

/** A product. */
export function productKey(sku: string): ItemKey {
  return { pk: `PRODUCT#${sku}`, sk: 'PRODUCT' };
}

/**
 * How many gsi1 partitions the sparse product index is spread over. Listing every product queries
 * each one in parallel; orders, carts and other items never appear in it.
 */
export const PRODUCT_INDEX_SHARDS = 8;

/** The index shard of a sku: a stable FNV-1a hash of its characters, mod the shard count. */
export function productShard(sku: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sku.length; i++) {
    hash ^= sku.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PRODUCT_INDEX_SHARDS;
}

/** The gsi1 partition key of one shard of the product index. */
export function productIndexPartition(shard: number): string {
  return `PRODUCTS#${shard}`;
}

// Bounded so a sort key stays far below DynamoDB's 1,024-byte limit whatever the characters.
const indexPart = (text: string | undefined, max: number): string => (text ?? '').toLowerCase().slice(0, max);

/** The gsi1 sort-key prefix of one category's products (lowercased), for begins_with. */
export function productIndexCategoryPrefix(category: string): string {
  return `${indexPart(category, 80)}#`;
}

/** The gsi1 keys of a product: its shard, then category, name and sku, so a category lists by name. */
export function productIndexKey(
  sku: string,
  category: string | undefined,
  name: string,
): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: productIndexPartition(productShard(sku)),
    gsi1sk: `${productIndexCategoryPrefix(category ?? '')}${indexPart(name, 100)}#${sku}`,
  };
}

/** The catalog version marker that tells search indexes to rebuild. */
export function catalogVersionKey(): ItemKey {
  return { pk: 'CATALOG', sk: 'VERSION' };
}

/** An idempotency record. */
export function idempotencyKey(key: string): ItemKey {
  return { pk: `IDEMPOTENCY#${key}`, sk: 'IDEMPOTENCY' };
}

/** Store settings. */
export function settingsKey(): ItemKey {
  return { pk: 'STORE', sk: 'SETTINGS' };
}

/** A handoff request, under its customer. */
export function handoffKey(customerId: string, createdAt: string, ticketId: string): ItemKey {
  return { pk: `CUSTOMER#${customerId}`, sk: `HANDOFF#${createdAt}#${ticketId}` };
}

/** Where a handoff ticket's request is kept (its customer and creation time), found by the ticket. */
export function handoffTicketKey(ticketId: string): ItemKey {
  return { pk: `HANDOFF#${ticketId}`, sk: 'TICKET' };
}

/** The gsi1 keys of the merchant's queue of open handoff requests, oldest first. */
export function handoffQueueIndexKey(
  createdAt: string,
  ticketId: string,
): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: 'HANDOFF#open', gsi1sk: `${createdAt}#${ticketId}` };
}

/** The local stack's token-signing key set (public JWKS and private key), kept with the local data. */
export function localSigningKeysKey(): ItemKey {
  return { pk: 'LOCAL', sk: 'SIGNING_KEYS' };
}

/** The local stack's order-event queue (or its dead letters), in the order events were put. */
export function localEventQueuePartition(dead = false): string {
  return dead ? 'LOCAL#DEAD_EVENTS' : 'LOCAL#EVENTS';
}

/** One event on the local order-event queue: its place in the queue, then its id. */
export function localEventKey(position: string, eventId: string, dead = false): ItemKey {
  return { pk: localEventQueuePartition(dead), sk: `${position}#${eventId}` };
}

/** The mark that an event id was put on the local queue once (a repeated put is ignored). */
export function localEventSeenKey(eventId: string): ItemKey {
  return { pk: `LOCAL#EVENT#${eventId}`, sk: 'SEEN' };
}

/** The gsi1 partition that holds the queue of open handoff requests (to list it). */
export function openHandoffQueuePartition(): string {
  return handoffQueueIndexKey('', '').gsi1pk;
}
