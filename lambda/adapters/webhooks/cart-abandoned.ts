/**
 * The cart left behind. A stream record of a cart moves its idle check (scheduled at the change's
 * time plus the idle time; an emptied cart's check is cancelled). The check, when it comes, reads
 * the cart: still at the version it was scheduled for, with lines, and idle long enough, it becomes
 * a `cart.abandoned` event for the merchant, on the same queue, signed and retried like order
 * events; a cart changed since is left alone (its own check is on its way).
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { IdleCheck } from '../../domain/idle-cart-port';
import type { Cart } from '../../domain/model';
import type { CartRepository, Clock, Logger } from '../../domain/ports';
import { itemToCart } from '../dynamodb/cart-item';
import { ENTITY } from '../dynamodb/keys';
import type { IdleCheckInput } from '../scheduling/idle-check-input';
import type { EventQueue } from './event-queue';

/** What a cart record asks of the scheduler: a check at a time, or none any more. */
export type CartScheduling =
  | { readonly kind: 'schedule'; readonly check: IdleCheck }
  | { readonly kind: 'cancel'; readonly customerId: string };

/** The scheduling a stream record of a cart calls for, or undefined for any other record. */
export function cartSchedulingOf(record: DynamoDBRecord, idleMinutes: number): CartScheduling | undefined {
  if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') return undefined;
  const image = record.dynamodb?.NewImage;
  if (!image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.type !== ENTITY.cart) return undefined;
  const cart = itemToCart(item);
  if (cart.lines.length === 0) return { kind: 'cancel', customerId: cart.customerId };
  const at = new Date(Date.parse(cart.updatedAt) + idleMinutes * 60_000);
  return { kind: 'schedule', check: { customerId: cart.customerId, cartVersion: cart.version, at } };
}

/** The `cart.abandoned` event's JSON body (amounts in minor units; names of products only). */
export function cartAbandonedEvent(cart: Cart, id: string, occurredAt: string) {
  const lines = cart.lines.map((line) => ({
    sku: line.sku,
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    lineTotal: { amount: line.unitPrice.amount * line.quantity, currency: line.unitPrice.currency },
  }));
  const currency = cart.lines[0]?.unitPrice.currency ?? 'USD';
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal.amount, 0);
  return {
    id,
    type: 'cart.abandoned' as const,
    occurredAt,
    cart: {
      customerId: cart.customerId,
      version: cart.version,
      updatedAt: cart.updatedAt,
      itemCount: cart.lines.reduce((sum, line) => sum + line.quantity, 0),
      currency,
      subtotal: { amount: subtotal, currency },
      lines,
    },
  };
}

/** What the check uses. */
export interface IdleCartCheckOptions {
  readonly carts: Pick<CartRepository, 'get'>;
  /** Unset when no merchant webhook is configured: the cart is left as it is, and logged. */
  readonly queue?: EventQueue;
  readonly idleMinutes: number;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** How a check ended. */
export type IdleCartOutcome = 'abandoned' | 'changed' | 'empty' | 'not_idle_yet' | 'no_webhook';

/** The scheduled target: a `cart.abandoned` event when the cart is still as it was left. */
export async function checkIdleCart(
  input: IdleCheckInput,
  options: IdleCartCheckOptions,
): Promise<IdleCartOutcome> {
  const cart = await options.carts.get(input.customerId);
  const outcome = judge(cart, input, options);
  if (outcome === 'abandoned' && !options.queue) {
    options.logger.warn('cart_abandoned.no_webhook', { cartVersion: cart.version });
    return 'no_webhook';
  }
  if (outcome === 'abandoned') {
    // One event per cart version: a repeated check (the scheduler retries) is deduplicated by id.
    // Ids and groups carry a hash of the customer, never the id itself (they are logged).
    const hashed = createHash('sha256').update(input.customerId).digest('hex').slice(0, 32);
    const id = `cart.abandoned:${hashed}:${cart.version}`;
    const body = cartAbandonedEvent(cart, id, options.clock.now().toISOString());
    await options.queue!.enqueue([
      { id, type: body.type, group: `cart:${hashed}`, body: JSON.stringify(body) },
    ]);
  }
  options.logger.info('cart_idle_check', { outcome, cartVersion: input.cartVersion });
  return outcome;
}

function judge(cart: Cart, input: IdleCheckInput, options: IdleCartCheckOptions): IdleCartOutcome {
  if (cart.version !== input.cartVersion) return 'changed';
  if (cart.lines.length === 0) return 'empty';
  const idleMs = options.clock.now().getTime() - Date.parse(cart.updatedAt);
  return idleMs >= options.idleMinutes * 60_000 ? 'abandoned' : 'not_idle_yet';
}
